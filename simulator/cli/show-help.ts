// urfave/cli's ShowSubcommandHelp as an action calls it when its arguments are missing
// (`return cli.ShowSubcommandHelp(context)` in ctr and crictl): the command's help on stdout,
// and the action returns nil, so the tool exits 0.

import type { ActionContext } from './spec';

/** Prints the command's help; the action's exit code (0). */
export function showSubcommandHelp<E>(c: ActionContext<E>): number {
  c.io.stdout(c.helpText());
  return 0;
}
