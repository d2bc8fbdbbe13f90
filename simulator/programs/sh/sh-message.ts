// How ash prefixes its error messages: `sh -c` strings say `sh: …` (a builtin's errors add
// `NAME: line N:`, lines counted from 0), a script file says `SCRIPT: line N: …` with lines from
// 1, a file `.` runs says `sh: FILE: line N: …` (busybox shell/ash.c ash_vmsg, checked against
// busybox 1.35's sh).

import type { ShState } from './sh-run';

/** An error from the shell itself (not found, a redirection, an expansion, a syntax error). */
export function shellMessage(state: ShState, text: string): string {
  const arg0 = state.scriptFile ? state.arg0 : 'sh';
  // ash_vmsg: arg0, then commandname (the file running, sourced or the script) when it differs.
  const command = state.sourceFile ?? (state.scriptFile ? state.arg0 : undefined);
  if (command === undefined) return `${arg0}: ${text}\n`;
  return `${arg0}: ${command === arg0 ? '' : `${command}: `}line ${(state.line ?? 0) + 1}: ${text}\n`;
}

/** An error from builtin `name` (ash's commandname is the builtin's while it runs). */
export function builtinMessage(state: ShState, name: string, text: string): string {
  const inFile = state.scriptFile === true || state.sourceFile !== undefined;
  return `${state.scriptFile ? state.arg0 : 'sh'}: ${name}: line ${(state.line ?? 0) + (inFile ? 1 : 0)}: ${text}\n`;
}
