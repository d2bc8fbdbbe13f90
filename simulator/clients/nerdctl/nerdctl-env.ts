// What every nerdctl action receives besides its flags: the node, nerdctl's logger, and the
// global options every command reads through cmd.Flags() on a real node (the root's persistent
// flags, main.go:124-146@v0.22.2). `clientOf` is nerdctl's newClient (cmd/nerdctl/client.go):
// it checks the socket is there, then talks to containerd in the namespace of -n/--namespace.

import type { ActionContext, CommandSpec } from '../../cli/spec';
import { connect, dial, type ContainerdClient, type NamespacedClient } from '../../containerd/client/index';
import { plain } from '../../errdefs/errdefs';
import { goQuote } from '../../go/quote';
import { sha256HexOfBinary } from '../../host/native-codecs';
import type { Node } from '../../node';
import type { NerdctlLog } from './nerdctl-log';

export interface NerdctlEnv {
  node: Node;
  log: NerdctlLog;
  /** Where the binary is (os.Executable), for the logging URI and hooks nerdctl writes into specs. */
  exePath: string;
  /** The app itself, for what reads its command list (completion, help). */
  app: NerdctlCommand;
}

export type NerdctlCommand = CommandSpec<NerdctlEnv>;
export type NerdctlContext = ActionContext<NerdctlEnv>;

/** The root's persistent flags as one value (the real tool reads them one by one). */
export interface GlobalOptions {
  debug: boolean;
  debugFull: boolean;
  /** --address/--host/-a/-H without its unix:// prefix. */
  address: string;
  namespace: string;
  snapshotter: string;
  cniPath: string;
  cniNetconfPath: string;
  dataRoot: string;
  cgroupManager: string;
  insecureRegistry: boolean;
  hostsDir: string[];
}

export function globalOptions(c: NerdctlContext): GlobalOptions {
  return {
    debug: c.bool('debug'),
    debugFull: c.bool('debug-full'),
    address: c.string('address').replace(/^unix:\/\//, ''),
    namespace: c.string('namespace'),
    snapshotter: c.string('snapshotter'),
    cniPath: c.string('cni-path'),
    cniNetconfPath: c.string('cni-netconfpath'),
    dataRoot: c.string('data-root'),
    cgroupManager: c.string('cgroup-manager'),
    insecureRegistry: c.bool('insecure-registry'),
    hostsDir: c.stringSlice('hosts-dir'),
  };
}

/**
 * newClient (client.go:34-62@v0.22.2): systemutil.IsSocketAccessible first — containerd
 * unlinks its socket when it stops, so a stopped daemon (or any other path) is
 * `cannot access containerd socket "<path>": no such file or directory`.
 */
export function containerdOf(c: NerdctlContext): ContainerdClient {
  const { address } = globalOptions(c);
  try {
    dial(c.env.node, address);
  } catch {
    throw plain(`cannot access containerd socket ${goQuote(address)}: no such file or directory`);
  }
  return connect(c.env.node);
}

/** The client in this invocation's namespace (newClient's namespaces.WithNamespace). */
export function clientOf(c: NerdctlContext): NamespacedClient {
  return containerdOf(c).withNamespace(globalOptions(c).namespace);
}

/**
 * getDataStore (client.go:87-107): `<data-root>/<first 8 hex of sha256(address)>`, where nerdctl
 * keeps names, volumes, container state dirs and logs. For the default socket that is
 * /var/lib/nerdctl/1935db59.
 */
export function dataStoreOf(c: NerdctlContext): string {
  const { dataRoot, address } = globalOptions(c);
  return `${dataRoot.replace(/\/+$/, '')}/${sha256HexOfBinary(address).slice(0, 8)}`;
}
