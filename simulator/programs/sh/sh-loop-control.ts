// ash's `break [N]` and `continue [N]`: they leave (or go on with the next round of) the Nth
// enclosing loop; outside any loop they do nothing; N past the loops running means the
// outermost (busybox shell/ash.c breakcmd). sh-run.ts's loops take the jump.

import type { ShState } from './sh-run';
import { ShBuiltinError } from './sh-vars';

export function loopControlBuiltin(state: ShState, kind: 'break' | 'continue', args: string[]): number {
  const text = args[0];
  const n = text === undefined ? 1 : /^[0-9]+$/.test(text) ? Number(text) : Number.NaN;
  if (!(n > 0)) throw new ShBuiltinError(kind, `Illegal number: ${text}`, true);
  const depth = state.loopDepth ?? 0;
  if (depth > 0) state.loopJump = { kind, count: Math.min(n, depth) };
  return 0;
}
