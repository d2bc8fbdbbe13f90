// What every ctr action receives besides its flags: the simulated node it talks to.
// (On a real node this is the containerd client; here it is the state tree and the services.)

import type { ActionContext, CommandSpec } from '../../cli/spec';
import type { Node } from '../../node';

export interface CtrEnv {
  node: Node;
}

export type CtrCommand = CommandSpec<CtrEnv>;
export type CtrContext = ActionContext<CtrEnv>;

/**
 * The namespace of this invocation: -n/--namespace, else $CONTAINERD_NAMESPACE, else the flag's
 * default "default". An explicitly empty value stays empty, as in ctr, and the daemon then
 * refuses the call with `namespace is required: failed precondition`.
 */
export function namespaceOf(c: CtrContext): string {
  return c.string('namespace');
}
