// CNIEnv.RemoveNetwork (pkg/netutil/netutil.go, netutil_unix.go clean()@v0.22.2): the conflist
// file goes, then the bridge interface of a bridge network is deleted from the node (netlink
// LinkDel), whatever is still attached to it.

import { HOST_NETNS, networkOf } from '../../../host/network/index';
import { deleteLink } from '../../../host/network/links';
import * as vfs from '../../../host/vfs';
import type { CniEnv, NetworkConfig } from './cni-env';

export function removeNetwork(env: CniEnv, net: NetworkConfig): void {
  const { node } = env;
  vfs.rm(node.state.host.files, net.file, { recursive: true, force: true, mtimeMs: node.nowMs() });
  const first = net.plugins[0];
  if (first?.type === 'bridge' && typeof first.bridge === 'string') deleteLink(networkOf(node.state.host), HOST_NETNS, first.bridge);
}
