// The shapes nerdctl's CNIEnv works with (containerd/nerdctl@v0.22.2 pkg/netutil/netutil.go):
// one network as networkConfig holds it, the environment of one command, and where nerdctl
// writes a network's conflist.

import type { Node } from '../../../node';

type Json = Record<string, unknown>;

/** One network as networkConfig holds it: the list, nerdctl's id and labels, the file. */
export interface NetworkConfig {
  name: string;
  /** The conflist's bytes (a .conf is wrapped as ConfListFromConf does). */
  bytes: string;
  plugins: Json[];
  /** nerdctlID, only in files nerdctl wrote. */
  nerdctlId?: string;
  nerdctlLabels?: Record<string, string>;
  file: string;
}

export interface CniEnv {
  node: Node;
  /** --cni-path: where the plugin binaries are looked up. */
  path: string;
  /** --cni-netconfpath. */
  netconfPath: string;
  networks: NetworkConfig[];
}

/** The conflist file nerdctl writes for `name`. */
export function networkFile(netconfPath: string, name: string): string {
  return `${netconfPath}/nerdctl-${name}.conflist`;
}

