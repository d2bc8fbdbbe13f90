// What every ctr action receives besides its flags: the containerd client it talks through
// (commands.NewClient on a real node) and the node it runs on, for the host's own files,
// mounts and clock.

import type { ActionContext, CommandSpec } from '../../cli/spec';
import type { ContainerdClient, NamespacedClient } from '../../containerd/client/index';
import type { Node } from '../../node';

export interface CtrEnv {
  node: Node;
  client: ContainerdClient;
  /** len(os.Args): the words of the command line with `ctr` itself, as Go's panic traces show it. */
  argc: number;
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

/** The client in this invocation's namespace (ctr's commands.AppContext). */
export function clientOf(c: CtrContext): NamespacedClient {
  return c.env.client.withNamespace(namespaceOf(c));
}
