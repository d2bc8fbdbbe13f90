// What every buildctl action gets: the node, and the connection to buildkitd that
// bccommon.ResolveClient makes from --addr. The gRPC dial is lazy: a stopped daemon (or any
// other address) fails at the first call, with grpc's connection error under the call's own
// words (`failed to list workers: Unavailable: connection error: …`).

import type { ActionContext, CommandSpec } from '../../cli/spec';
import { BUILDKITD_SOCKET, buildkitdRunning } from '../../buildkit/index';
import type { Node } from '../../node';

export interface BuildctlEnv {
  node: Node;
}

export type BuildctlCommand = CommandSpec<BuildctlEnv>;
export type BuildctlContext = ActionContext<BuildctlEnv>;

/** A failure buildctl's main prints as `error: <message>`. */
export class BuildctlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildctlError';
  }
}

/** The first RPC of a command: throws `<call>: Unavailable: connection error: …` when nobody answers. */
export function requireDaemon(c: BuildctlContext, call: string): void {
  const addr = c.string('addr');
  const path = addr.replace(/^unix:\/\//, '');
  if (addr.startsWith('unix://') && path === BUILDKITD_SOCKET && buildkitdRunning(c.env.node)) return;
  const dial = addr.startsWith('unix://') ? `dial unix ${path}: connect: no such file or directory` : `dial tcp: address ${addr}: missing port in address`;
  throw new BuildctlError(`${call}: Unavailable: connection error: desc = "transport: error while dialing: ${dial}"`);
}
