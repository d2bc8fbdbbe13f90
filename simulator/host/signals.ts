// The kernel's signal names and numbers (x86-64) and their default actions. ctr accepts
// a name with or without SIG in any case, or a number (cmd/ctr/commands/signals.go).

import { plain } from '../errdefs/errdefs';

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

/** The real-time signals by name, as moby's signal map spells them (RTMIN+1 … RTMAX-1). */
function realTimeNumber(name: string): number | undefined {
  if (name === 'RTMIN') return 34;
  if (name === 'RTMAX') return 64;
  const m = /^RT(MIN\+|MAX-)(\d+)$/.exec(name);
  if (!m) return undefined;
  const n = Number(m[2]);
  if (m[1] === 'MIN+' && n >= 1 && n <= 15) return 34 + n;
  if (m[1] === 'MAX-' && n >= 1 && n <= 14) return 64 - n;
  return undefined;
}

/**
 * Parses `-s` as ctr does (moby's signal.ParseSignal): any number but 0 passes — runc is
 * the one that refuses numbers the kernel does not know — and names with or without SIG in
 * any case. Throws `invalid signal: X` (printed by ctr as is).
 */
export function parseSignal(raw: string): Signal {
  if (/^[+-]?\d+$/.test(raw)) {
    const number = Number(raw);
    if (number === 0) throw plain(`invalid signal: ${raw}`);
    return { name: signalName(number), number };
  }
  const upper = raw.toUpperCase();
  const bare = upper.startsWith('SIG') ? upper.slice(3) : upper;
  const hit = SIGNALS.find(([n]) => n === `SIG${bare}`);
  if (hit) return { name: hit[0], number: hit[1] };
  const rt = realTimeNumber(bare);
  if (rt !== undefined) return { name: signalName(rt), number: rt };
  throw plain(`invalid signal: ${raw}`);
}

/** True for numbers the kernel accepts as a signal (1–64). */
export function isKernelSignal(number: number): boolean {
  return number >= 1 && number <= 64;
}

/** The number of a named kernel signal (`SIGTERM`), as golang.org/x/sys/unix.SignalNum knows them. */
export function signalNumber(name: string): number | undefined {
  return SIGNALS.find(([n]) => n === name)?.[1];
}

export function signalName(number: number): string {
  return SIGNALS.find(([, n]) => n === number)?.[0] ?? `SIG${number}`;
}

/** True when the kernel's default action for `name` terminates the process. */
export function terminatesByDefault(name: string): boolean {
  return !DEFAULT_IGNORED.has(name);
}
