// How ash prefixes its error messages (busybox shell/ash.c ash_vmsg): arg0 first — the shell's
// argv[0] as it was started (`sh`, `/bin/sh`), or the name after `sh -c STRING NAME` or a script's
// path — then, when ash's commandname is set and differs from arg0, `NAME: `, then `line N: `.
// commandname is a builtin's name while it runs, the file `.` runs, or the script's or -c's NAME;
// lines count from 0 in a -c string and from 1 in a file. Checked against busybox 1.35's sh in a
// container (tests/oracle/docker/scripts/61-sh-arg0.sh).

import type { ShState } from './sh-run';

/** The line a message names: ash counts a -c string's lines from 0 and a file's from 1. */
function messageLine(state: ShState): number {
  return (state.line ?? 0) + (state.scriptFile === true || state.sourceFile !== undefined ? 1 : 0);
}

/** An error from the shell itself (not found, a redirection, an expansion, a syntax error). */
export function shellMessage(state: ShState, text: string): string {
  const command = state.sourceFile ?? state.commandName;
  if (command === undefined) return `${state.arg0}: ${text}\n`;
  return `${state.arg0}: ${command === state.arg0 ? '' : `${command}: `}line ${messageLine(state)}: ${text}\n`;
}

/** An error from builtin `name` (ash's commandname is the builtin's while it runs). */
export function builtinMessage(state: ShState, name: string, text: string): string {
  return `${state.arg0}: ${name}: line ${messageLine(state)}: ${text}\n`;
}

/**
 * The prefix of the messages busybox's applets print with bb_error_msg when ash runs them as
 * builtins (printf, kill, ulimit): the applet's name, `sh` however the shell was started.
 */
export const APPLET_PREFIX = 'sh: ';
