// The pod network of the simulated node. A real containerd 1.6 node without a CNI config fails
// every pod-network sandbox (`failed to setup network for sandbox "<id>": cni plugin not
// initialized`, recorded in tests/oracle/cri/fixtures/configs-streams-stats.json), and the
// notes' pod-config.json asks for the pod network (it has no namespace_options). The notes'
// flow has to work here, so node1 is a node with containerd's own bridge CNI config
// (containerd's 10-containerd-net.conflist: bridge cni0, host-local IPAM on 10.88.0.0/16,
// gateway 10.88.0.1), as `apt install containernetworking-plugins` plus that file gives:
// every pod-network sandbox gets a network namespace /var/run/netns/cni-<uuid> and the lowest
// free address from 10.88.0.2 on. Host-network pods (network: NODE) get neither, and CRI
// reports no IP for them, as containerd does.

import { nextUint32 } from '../../host/random';
import type { PodSandboxConfig } from '../api/runtime-v1';
import type { CriContext } from '../context';
import { sandboxRecords } from './sandbox-store';

export function isHostNetwork(config: PodSandboxConfig): boolean {
  return config.linux?.securityContext?.namespaceOptions?.network === 'NODE';
}

/** netns.NewNetNS: /var/run/netns/cni-<random uuid v4>. */
export function newNetnsPath(ctx: CriContext): string {
  let hex = '';
  while (hex.length < 32) hex += nextUint32(ctx.node.state.random).toString(16).padStart(8, '0');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return `/var/run/netns/cni-${uuid}`;
}

/** host-local's next address: the lowest of 10.88.0.0/16 no live sandbox holds, from .0.2. */
export function allocatePodIp(ctx: CriContext): string {
  const taken = new Set<string>();
  for (const record of Object.values(sandboxRecords(ctx))) if (record.ip && !record.netnsClosed) taken.add(record.ip);
  for (let n = 2; n < 65_535; n++) {
    const ip = `10.88.${n >> 8}.${n & 0xff}`;
    if ((n & 0xff) === 0 || (n & 0xff) === 255) continue;
    if (!taken.has(ip)) return ip;
  }
  return '';
}
