// How ash prefixes its error messages: `sh -c` strings say `sh: …` (a builtin's errors add
// `NAME: line N:`, lines counted from 0), a script file says `SCRIPT: line N: …` with lines from
// 1 (busybox shell/ash.c ash_vmsg, checked against busybox 1.35's sh).

import type { ShState } from './sh-run';

/** An error from the shell itself (not found, a redirection, an expansion). */
export function shellMessage(state: ShState, text: string): string {
  if (!state.scriptFile) return `sh: ${text}\n`;
  return `${state.arg0}: line ${(state.line ?? 0) + 1}: ${text}\n`;
}

/** An error from builtin `name`. */
export function builtinMessage(state: ShState, name: string, text: string): string {
  const line = (state.line ?? 0) + (state.scriptFile ? 1 : 0);
  return `${state.scriptFile ? state.arg0 : 'sh'}: ${name}: line ${line}: ${text}\n`;
}
