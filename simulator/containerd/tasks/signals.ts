// Linux signal names and numbers (x86-64), and what the kernel does by default. ctr accepts
// a name with or without SIG in any case, or a number (cmd/ctr/commands/signals.go).

import { plain } from '../errdefs';

const SIGNALS: ReadonlyArray<readonly [string, number]> = [
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6],
  ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12],
  ['SIGPIPE', 13], ['SIGALRM', 14], ['SIGTERM', 15], ['SIGSTKFLT', 16], ['SIGCHLD', 17], ['SIGCONT', 18],
  ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24],
  ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPWR', 30],
  ['SIGSYS', 31],
];

/** Signals whose default action is to do nothing (or stop/continue, which we do not model). */
const DEFAULT_IGNORED = new Set(['SIGCHLD', 'SIGCONT', 'SIGURG', 'SIGWINCH', 'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU']);

export interface Signal {
  /** SIGTERM, or SIG<n> for numbers without a name. */
  name: string;
  number: number;
}

/** Parses `-s` as ctr does. Throws `invalid signal: X` (printed by ctr as is). */
export function parseSignal(raw: string): Signal {
  if (/^-?\d+$/.test(raw)) {
    const number = Number(raw);
    if (number <= 0 || number > 64) throw plain(`invalid signal: ${raw}`);
    return { name: signalName(number), number };
  }
  const upper = raw.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  const hit = SIGNALS.find(([n]) => n === name);
  if (!hit) throw plain(`invalid signal: ${raw}`);
  return { name: hit[0], number: hit[1] };
}

export function signalName(number: number): string {
  return SIGNALS.find(([, n]) => n === number)?.[0] ?? `SIG${number}`;
}

/** True when the kernel's default action for `name` terminates the process. */
export function terminatesByDefault(name: string): boolean {
  return !DEFAULT_IGNORED.has(name);
}
