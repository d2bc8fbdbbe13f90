// busybox 1.35's kill_main (procps/kill.c) and its signal names (libbb/u_signal_names.c), shared
// by the kill applet and ash's kill builtin, which calls the same function. Debian's build has
// neither -n nor the RTMIN/RTMAX names: `kill -n 9 1` is `bad signal name 'n'`. With SH_KILL an
// operand may hold several PIDs after a space (" 12 13", what ash makes of a %job), and an empty
// one kills nothing. The caller delivers each signal: it knows which processes there are.

import type { OutputChunk } from './program';

/** get_signame's table, 0 to 31 (SIGIO is named POLL). */
const NAMES = [
  'EXIT', 'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM',
  'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'POLL', 'PWR', 'SYS',
];

/** NSIG on Linux: get_signum takes any number below it, 0 included. */
const NSIG = 65;

/** bb_strtou's idea of a number: digits only, within 32 bits. */
function unsigned(text: string): number | undefined {
  return /^[0-9]+$/.test(text) && Number(text) <= 0xffffffff ? Number(text) : undefined;
}

/** get_signum: a number below NSIG, or a name (SIG prefix and case optional); IO and IOT too. */
export function busyboxSignum(name: string): number | undefined {
  const n = unsigned(name);
  if (n !== undefined && n < NSIG) return n;
  const bare = /^sig/i.test(name) ? name.slice(3).toUpperCase() : name.toUpperCase();
  const at = NAMES.indexOf(bare);
  if (at >= 0) return at;
  if (bare === 'IO') return 29;
  if (bare === 'IOT') return 6;
  return undefined;
}

/** get_signame: the table's name, else the number itself. */
export function busyboxSigname(n: number): string {
  return NAMES[n] ?? String(n);
}

/** What one kill(2) did: delivered, no such process, or the caller ended (it signalled itself). */
export type KillOutcome = 'sent' | 'no-such-process' | 'stop';

export interface KillResult {
  out: OutputChunk[];
  status: number;
}

/**
 * kill_main on `args` (without argv[0]); `prefix` starts each complaint (`kill: ` for the applet,
 * `sh: ` for the builtin). `send` is called for each PID in turn.
 */
export function busyboxKill(args: readonly string[], prefix: string, send: (pid: number, signal: number) => KillOutcome): KillResult {
  const out: OutputChunk[] = [];
  const fail = (text: string, status = 1): KillResult => {
    out.push({ stream: 'stderr', text: `${prefix}${text}\n` });
    return { out, status };
  };
  let at = 0;
  let signal = 15;
  const first = args[0];
  if (first !== undefined && first.startsWith('-')) {
    if (first === '-l') return listSignals(args.slice(1), out, fail);
    let name = first.slice(1);
    at = 1;
    if (name !== '-') {
      if (args[1] !== undefined && name === 's') name = args[at++] as string;
      const n = busyboxSignum(name);
      if (n === undefined) return fail(`bad signal name '${name}'`);
      signal = n;
    }
  }
  if (at >= args.length) return fail('you need to specify whom to kill');
  let errors = 0;
  for (const operand of args.slice(at)) {
    // SH_KILL: " PID1 PID2" and "" as ash hands them over; each PID must end at a space or the end.
    let rest = operand;
    while (rest !== '') {
      if (rest.startsWith(' ')) rest = rest.slice(1);
      const m = /^-?[0-9]+/.exec(rest);
      const after = m ? rest.slice(m[0].length) : rest;
      const pid = m ? Number(m[0]) : NaN;
      if (!m || (after !== '' && !after.startsWith(' ')) || pid > 0x7fffffff || pid < -0x80000000) {
        out.push({ stream: 'stderr', text: `${prefix}invalid number '${rest}'\n` });
        errors++;
        break;
      }
      const outcome = send(pid, signal);
      if (outcome === 'stop') return { out, status: errors };
      if (outcome === 'no-such-process') {
        out.push({ stream: 'stderr', text: `${prefix}can't kill pid ${pid}: No such process\n` });
        errors++;
      }
      rest = after;
    }
  }
  return { out, status: errors };
}

/**
 * `kill -l [SIG...]`: every signal as `%2d) NAME`, or each operand's other form (a number's name,
 * of its low 7 bits, the number itself when it has no name; a name's number). The first operand
 * it does not know ends it: `unknown signal 'x'`, status 1.
 */
function listSignals(args: readonly string[], out: OutputChunk[], fail: (text: string) => KillResult): KillResult {
  const print = (text: string): void => void out.push({ stream: 'stdout', text: `${text}\n` });
  if (args.length === 0) {
    NAMES.slice(1).forEach((name, idx) => print(`${String(idx + 1).padStart(2)}) ${name}`));
    return { out, status: 0 };
  }
  for (const arg of args) {
    if (/^[0-9]/.test(arg)) {
      const n = unsigned(arg);
      if (n === undefined) return fail(`unknown signal '${arg}'`);
      print(busyboxSigname(n & 127));
      continue;
    }
    const n = busyboxSignum(arg);
    if (n === undefined) return fail(`unknown signal '${arg}'`);
    print(String(n));
  }
  return { out, status: 0 };
}
