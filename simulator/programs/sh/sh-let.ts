// ash's `let EXPR...` (bash compatibility): each argument is an arithmetic expression
// (sh-arith.ts, as in $((…))); the status is 1 when the last one is 0, else 0. An error is
// the builtin's own (`sh: let: line N: …`, status 2) and, unlike $((…)), does not end the shell.

import { evaluateArithmetic } from './sh-arith';
import { ShExpansionError } from './sh-expansion-error';
import type { ShState } from './sh-run';
import { assignChecked, ShBuiltinError } from './sh-vars';

export function letBuiltin(state: ShState, args: string[]): number {
  if (args.length === 0) throw new ShBuiltinError('let', 'expression expected', false);
  let last = 0n;
  for (const expr of args) {
    try {
      last = evaluateArithmetic(expr, { get: (name) => state.vars[name], assign: (name, value) => assignChecked(state, name, value) });
    } catch (err) {
      if (err instanceof ShExpansionError) throw new ShBuiltinError('let', err.message, false);
      throw err;
    }
  }
  return last === 0n ? 1 : 0;
}
