// What every runc command shares: the node it runs on, the state root it reads (--root, made
// absolute against the working directory as runc's reviseRootDir does), runc's checkArgs, and
// its getContainer, whose only refusal a learner meets is `container does not exist`.

import type { ActionContext } from '../../cli/spec';
import { UsageError } from '../../cli/urfave-exit';
import { type RuncContainer, runcContainer } from '../../containerd/client/index';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';

export interface RuncEnv {
  node: Node;
}

export type RuncContext = ActionContext<RuncEnv>;

/** An error runc returns with an exit code of its own (`runc exec`'s 255). */
export class RuncExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'RuncExitError';
  }
}

/** The state root of this invocation. */
export function runcRoot(c: RuncContext): string {
  return vfs.normalizePath(c.string('root') || '/run/runc', c.io.cwd);
}

/** runc's checkArgs: "Incorrect Usage." and the command's help on stdout, the error through main. */
export function checkArgs(c: RuncContext, expected: number, rule: 'exactly' | 'a minimum of' | 'a maximum of'): void {
  const n = c.args.length;
  const wrong = rule === 'exactly' ? n !== expected : rule === 'a minimum of' ? n < expected : n > expected;
  if (!wrong) return;
  c.io.stdout(`Incorrect Usage.\n\n${c.helpText()}`);
  throw new UsageError(`runc: ${JSON.stringify(c.path[c.path.length - 1] ?? '')} requires ${rule} ${expected} argument(s)`);
}

/** The container named by the first argument; `container does not exist` otherwise. */
export function getContainer(c: RuncContext): RuncContainer {
  const id = c.args[0] ?? '';
  const found = id === '' ? undefined : runcContainer(c.env.node, runcRoot(c), id);
  if (!found) throw new Error(id === '' ? 'container id cannot be empty' : 'container does not exist');
  return found;
}
