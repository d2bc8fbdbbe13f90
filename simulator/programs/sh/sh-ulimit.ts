// busybox ash's `ulimit` (shell/shell_common.c shell_builtin_ulimit, busybox 1.36): two passes
// of glibc getopt over "-HSa" and one optional-argument letter a limit, the first counting
// options (one alone prints the bare value, several print labelled lines), the second setting
// or printing each in order. -H and -S apply to every option wherever they stand; with both or
// neither a set changes both limits and a print shows the soft one. The limits are the
// process's (ProgramContext.limits, from the spec's rlimits); a set one stays with this shell
// and the programs it starts.

import type { OutputChunk } from '../program';
import { inheritedLimits, setRlimit, type ProcessLimits, type Rlimit, type RlimitName } from '../process-limits';
import type { ShState } from './sh-run';
import { APPLET_PREFIX } from './sh-message';

interface LimitRow {
  letter: string;
  name: RlimitName;
  /** The value shown is the limit shifted right this far (blocks of 512, kb). */
  shift: number;
  label: string;
}

/** limits_tbl and limits_help in their order (the order of `ulimit -a`). */
const ROWS: readonly LimitRow[] = [
  { letter: 'c', name: 'RLIMIT_CORE', shift: 9, label: 'core file size (blocks)' },
  { letter: 'd', name: 'RLIMIT_DATA', shift: 10, label: 'data seg size (kb)' },
  { letter: 'e', name: 'RLIMIT_NICE', shift: 0, label: 'scheduling priority' },
  { letter: 'f', name: 'RLIMIT_FSIZE', shift: 9, label: 'file size (blocks)' },
  { letter: 'i', name: 'RLIMIT_SIGPENDING', shift: 0, label: 'pending signals' },
  { letter: 'l', name: 'RLIMIT_MEMLOCK', shift: 10, label: 'max locked memory (kb)' },
  { letter: 'm', name: 'RLIMIT_RSS', shift: 10, label: 'max memory size (kb)' },
  { letter: 'n', name: 'RLIMIT_NOFILE', shift: 0, label: 'open files' },
  { letter: 'q', name: 'RLIMIT_MSGQUEUE', shift: 0, label: 'POSIX message queues (bytes)' },
  { letter: 'r', name: 'RLIMIT_RTPRIO', shift: 0, label: 'real-time priority' },
  { letter: 's', name: 'RLIMIT_STACK', shift: 10, label: 'stack size (kb)' },
  { letter: 't', name: 'RLIMIT_CPU', shift: 0, label: 'cpu time (seconds)' },
  { letter: 'u', name: 'RLIMIT_NPROC', shift: 0, label: 'max user processes' },
  { letter: 'v', name: 'RLIMIT_AS', shift: 10, label: 'virtual memory (kb)' },
  { letter: 'x', name: 'RLIMIT_LOCKS', shift: 0, label: 'file locks' },
];

/** One thing getopt returned: H, S, a, a limit letter (with an attached argument), or a plain word (1). */
type Opt = { kind: 'flag'; flag: 'H' | 'S' | 'a' } | { kind: 'limit'; row: LimitRow; attached?: string; next: number } | { kind: 'word'; word: string };

/** glibc getopt with a leading '-' in the option string: words come back in place, as option 1. */
function scan(args: readonly string[]): Opt[] | { bad: string } {
  const opts: Opt[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') {
      opts.push({ kind: 'word', word: arg });
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j] ?? '';
      if (c === 'H' || c === 'S' || c === 'a') {
        opts.push({ kind: 'flag', flag: c });
        continue;
      }
      const row = ROWS.find((r) => r.letter === c);
      if (!row) return { bad: c };
      // An optional argument is only the rest of the same word.
      const rest = arg.slice(j + 1);
      opts.push({ kind: 'limit', row, ...(rest ? { attached: rest } : {}), next: i + 1 });
      break;
    }
  }
  return opts;
}

/** printlim: the soft limit when -S was given (or neither), else the hard one. */
function shown(limit: Rlimit, soft: boolean, shift: number): string {
  const value = soft ? limit.soft : limit.hard;
  return value === Infinity ? 'unlimited' : String(Math.floor(value / 2 ** shift));
}

const label = (row: LimitRow) => `${row.label.padEnd(32)}(-${row.letter}) `;

/** bb_strtoull of a value, shifted into bytes as a uint64 wraps; undefined when it is no number. */
function parseValue(text: string, shift: number): number | undefined {
  if (text === 'unlimited') return Infinity;
  if (!/^\d+$/.test(text)) return undefined;
  const n = BigInt(text);
  if (n > 2n ** 64n - 1n) return undefined;
  const bytes = (n << BigInt(shift)) & (2n ** 64n - 1n);
  return bytes === 2n ** 64n - 1n ? Infinity : Number(bytes);
}

export function ulimitBuiltin(state: ShState, args: readonly string[], out: OutputChunk[]): number {
  const print = (text: string) => out.push({ stream: 'stdout', text });
  const scanned = scan(args);
  if ('bad' in scanned) {
    out.push({ stream: 'stderr', text: `ulimit: invalid option -- '${scanned.bad}'\n` });
    return 1;
  }
  const flags = new Set(scanned.flatMap((o) => (o.kind === 'flag' ? [o.flag] : [])));
  const counted = scanned.filter((o) => o.kind !== 'flag').length;
  const hard = flags.has('H') || !flags.has('S');
  const soft = flags.has('S') || !flags.has('H');
  let limits: ProcessLimits = state.ctx.limits ?? inheritedLimits();
  if (flags.has('a')) {
    for (const row of ROWS) print(`${label(row)}${shown(limits.limits[row.name], soft, row.shift)}\n`);
    return 0;
  }
  const consumed = new Set<number>();
  const fRow = ROWS.find((r) => r.letter === 'f') as LimitRow;
  for (const opt of scanned) {
    if (opt.kind === 'flag') continue;
    let row: LimitRow;
    let value: string | undefined;
    if (opt.kind === 'word') {
      // A word an earlier option took as its value is not seen again; another one sets -f.
      if (consumed.has(scanned.indexOf(opt))) continue;
      row = fRow;
      value = opt.word;
    } else {
      row = opt.row;
      value = opt.attached;
      const following = args[opt.next];
      if (value === undefined && following !== undefined && !following.startsWith('-')) {
        value = following;
        const wordIndex = scanned.findIndex((o, k) => o.kind === 'word' && k > scanned.indexOf(opt));
        if (wordIndex >= 0) consumed.add(wordIndex);
      }
    }
    const current = limits.limits[row.name];
    if (value === undefined) {
      print(`${counted > 1 ? label(row) : ''}${shown(current, soft, row.shift)}\n`);
      continue;
    }
    const parsed = parseValue(value, row.shift);
    if (parsed === undefined) {
      out.push({ stream: 'stderr', text: `${APPLET_PREFIX}invalid number '${value}'\n` });
      return 1;
    }
    const set = setRlimit(limits, row.name, { soft: soft ? parsed : current.soft, hard: hard ? parsed : current.hard });
    if ('error' in set) {
      out.push({ stream: 'stderr', text: `${APPLET_PREFIX}error setting limit: ${set.error}\n` });
      return 1;
    }
    limits = set;
    // The shell's own limits: the programs it starts from now on inherit them.
    state.ctx = { ...state.ctx, limits };
  }
  if (counted === 0) print(`${shown(limits.limits.RLIMIT_FSIZE, soft, fRow.shift)}\n`);
  return 0;
}
