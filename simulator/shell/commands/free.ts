// `free` as procps-ng 4.0.2 (Debian bookworm's procps) prints it, from the node's /proc/meminfo
// (host/proc-meminfo.ts, the text a container reads too). The library's derived
// numbers: used = MemTotal − MemAvailable (MemFree when MemAvailable is missing or above the
// total), buff/cache = Buffers + Cached + SReclaimable, Low = the whole of memory when the
// kernel has no LowTotal (x86-64), High = 0. Units are powers of 1024 (or 1000 with --si) of
// bytes; -h picks the first unit whose "%.1f" (of a C float) or integer fits in 4 columns (5
// with the "i" of the binary units). -c N repeats N times, -s N every N seconds (one second
// without -s); without -c it repeats until Ctrl-C: here on a watched terminal or under
// `timeout`, elsewhere (time jumps) it reports once and stops as Ctrl-C would. Words, exit
// statuses and the order options are acted on checked against /usr/bin/free on a bookworm
// host (free.test.ts).

import { parseMeminfo, procMeminfo } from '../../host/proc-meminfo';
import { formatDouble } from '../../programs/printf';
import { nodeCommand } from './command-host';
import { type GnuOption, type GnuOptionSpec, gnuGetopt } from './gnu-getopt';

const USAGE = `
Usage:
 free [options]

Options:
 -b, --bytes         show output in bytes
     --kilo          show output in kilobytes
     --mega          show output in megabytes
     --giga          show output in gigabytes
     --tera          show output in terabytes
     --peta          show output in petabytes
 -k, --kibi          show output in kibibytes
 -m, --mebi          show output in mebibytes
 -g, --gibi          show output in gibibytes
     --tebi          show output in tebibytes
     --pebi          show output in pebibytes
 -h, --human         show human-readable output
     --si            use powers of 1000 not 1024
 -l, --lohi          show detailed low and high memory statistics
 -t, --total         show total for RAM + swap
 -v, --committed     show committed memory and commit limit
 -s N, --seconds N   repeat printing every N seconds
 -c N, --count N     repeat printing N times, then exit
 -w, --wide          wide output

     --help     display this help and exit
 -V, --version  output version information and exit

For more details see free(1).
`;

const none = (id: string) => ({ id, value: 'none' as const });
const required = (id: string) => ({ id, value: 'required' as const });

/** free.c's getopt_long: "bkmghltvc:ws:V" and its long options, in their table's order. */
const SPEC: GnuOptionSpec = {
  flags: 'bkmghltvwV',
  withValue: 'cs',
  long: {
    bytes: none('b'), kilo: none('kilo'), mega: none('mega'), giga: none('giga'), tera: none('tera'), peta: none('peta'),
    kibi: none('k'), mebi: none('m'), gibi: none('g'), tebi: none('tebi'), pebi: none('pebi'), human: none('h'),
    si: none('si'), lohi: none('l'), total: none('t'), committed: none('v'), seconds: required('s'), count: required('c'),
    wide: none('w'), help: none('help'), version: none('V'),
  },
};

/** A unit option: the power of the base it shows (1 = bytes) and whether it is decimal. */
const UNITS: Readonly<Record<string, [number, boolean]>> = {
  b: [1, false], k: [2, false], m: [3, false], g: [4, false], tebi: [5, false], pebi: [6, false],
  kilo: [2, true], mega: [3, true], giga: [4, true], tera: [5, true], peta: [6, true],
};

interface Settings {
  exponent: number;
  human: boolean;
  si: boolean;
  lohi: boolean;
  total: boolean;
  committed: boolean;
  wide: boolean;
  repeat: boolean;
  /** usleep's microseconds between reports. */
  intervalUs: number;
  /** Reports left; undefined without -c. */
  count?: number;
}

/** What an option did: changed the settings, or ended free with output and a status. */
type Outcome = { exit: number; stdout?: string; stderr?: string } | undefined;

/** C's (int) of a long: the low 32 bits, signed. */
function toInt(n: bigint): number {
  return Number(BigInt.asIntN(32, n));
}

/** strtol_or_err's count: leading spaces and a sign, then decimal digits to the end. */
function parseCount(text: string): Outcome | number {
  const fail = (detail: string) => ({ exit: 1, stderr: `free: failed to parse count argument: '${text}'${detail}\n` });
  // An empty argument leaves the errno of an earlier call (the locale's missing file).
  if (text === '') return fail(': No such file or directory');
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)$/.exec(text);
  if (!m) return fail('');
  const value = BigInt(m[1] as string);
  if (value > 2n ** 63n - 1n || value < -(2n ** 63n)) return fail(': Numerical result out of range');
  const count = toInt(value);
  return count < 1 ? fail(': Numerical result out of range') : count;
}

/**
 * strtod_nol_or_err: spaces, a sign, digits, then '.' or ',' and digits, no exponent (summed
 * digit by digit in doubles as it does); a stray character right after the integer part is
 * EINVAL's, one later says nothing more. Then free's own check that it is positive.
 */
function parseSeconds(text: string): Outcome | number {
  const fail = (detail: string) => ({ exit: 1, stderr: `free: seconds argument failed: '${text}'${detail}\n` });
  if (text === '') return fail('');
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d*)(.*)$/s.exec(text) as RegExpExecArray;
  const [, sign, whole = '', rest = ''] = m;
  let value = 0;
  let mult = 0.1;
  for (let i = 0; i < whole.length; i++) mult *= 10;
  for (const d of whole) {
    value += Number(d) * mult;
    mult /= 10;
  }
  if (rest !== '') {
    if (rest[0] !== '.' && rest[0] !== ',') return fail(': Invalid argument');
    const fraction = /^.(\d*)$/s.exec(rest);
    if (!fraction) return fail('');
    mult = 0.1;
    for (const d of fraction[1] as string) {
      value += Number(d) * mult;
      mult /= 10;
    }
  }
  if (sign === '-') value = -value;
  // repeat_interval is a C float of microseconds; usleep gets it truncated.
  const us = Math.fround(1_000_000 * value);
  if (us < 1) return { exit: 1, stderr: `free: seconds argument \`${text}' is not positive number\n` };
  return Math.trunc(us);
}

/** Applies one option as free.c's switch does. */
function apply(option: GnuOption, s: Settings, unitSet: { done: boolean }): Outcome {
  const unit = UNITS[option.id];
  if (unit) {
    if (unitSet.done) return { exit: 1, stderr: "free: Multiple unit options don't make sense.\n" };
    unitSet.done = true;
    [s.exponent] = unit;
    if (unit[1]) s.si = true;
    return undefined;
  }
  switch (option.id) {
    case 'h': s.human = true; return undefined;
    case 'si': s.si = true; return undefined;
    case 'l': s.lohi = true; return undefined;
    case 't': s.total = true; return undefined;
    case 'v': s.committed = true; return undefined;
    case 'w': s.wide = true; return undefined;
    case 's': {
      s.repeat = true;
      const us = parseSeconds(option.value ?? '');
      if (typeof us !== 'number') return us;
      s.intervalUs = us;
      return undefined;
    }
    case 'c': {
      s.repeat = true;
      const count = parseCount(option.value ?? '');
      if (typeof count !== 'number') return count;
      s.count = count;
      return undefined;
    }
    case 'help': return { exit: 0, stdout: USAGE };
    default: return { exit: 0, stdout: 'free from procps-ng 4.0.2\n' };
  }
}

/** scale_size: `kb` (kB from /proc/meminfo) as one column's text. */
function scale(kb: number, s: Settings): string {
  const base = s.si ? 1000 : 1024;
  const bytes = kb * 1024;
  if (!s.human) {
    if (s.exponent === 0) return String(Math.trunc(bytes / base));
    if (s.exponent === 1) return String(bytes);
    return String(Math.trunc(bytes / base ** (s.exponent - 1)));
  }
  let text = `${bytes}B`;
  if (text.length <= 4) return text;
  const suffix = s.si ? '' : 'i';
  const width = s.si ? 4 : 5;
  for (const [i, up] of ['K', 'M', 'G', 'T', 'P'].entries()) {
    const scaled = bytes / base ** (i + 1);
    text = `${formatDouble(Math.fround(scaled), 'f', 1, false)}${up}${suffix}`;
    if (text.length <= width) return text;
    text = `${Math.trunc(scaled)}${up}${suffix}`;
    if (text.length <= width) return text;
  }
  return text;
}

/** The fields free reads, in kB, with the library's derived ones. */
function meminfo(text: string): Record<string, number> {
  const m = parseMeminfo(text);
  const get = (k: string) => m[k] ?? 0;
  let available = get('MemAvailable') || get('MemFree');
  if (available > get('MemTotal')) available = get('MemFree');
  let used = get('MemTotal') - available;
  if (used < 0) used = get('MemTotal') - get('MemFree');
  const lowTotal = get('LowTotal') || get('MemTotal');
  const lowFree = get('LowTotal') ? get('LowFree') : get('MemFree');
  return {
    ...m,
    MemAvailable: available,
    used,
    cached: get('Cached') + get('SReclaimable'),
    lowTotal,
    lowFree,
    lowUsed: lowFree < lowTotal ? lowTotal - lowFree : 0,
    highUsed: get('HighFree') < get('HighTotal') ? get('HighTotal') - get('HighFree') : 0,
    swapUsed: get('SwapFree') < get('SwapTotal') ? get('SwapTotal') - get('SwapFree') : 0,
  };
}

/** One report: the header and the rows the flags ask for. */
function report(s: Settings): string {
  const m = meminfo(procMeminfo());
  const get = (k: string) => m[k] ?? 0;
  const row = (label: string, values: number[]) => `${label.padEnd(9)}${values.map((v, i) => (i === 0 ? '' : ' ') + scale(v, s).padStart(11)).join('')}\n`;
  let out = s.wide
    ? '               total        used        free      shared     buffers       cache   available\n'
    : '               total        used        free      shared  buff/cache   available\n';
  const cache = s.wide ? [get('Buffers'), get('cached')] : [get('Buffers') + get('cached')];
  out += row('Mem:', [get('MemTotal'), get('used'), get('MemFree'), get('Shmem'), ...cache, get('MemAvailable')]);
  if (s.lohi) {
    out += row('Low:', [get('lowTotal'), get('lowUsed'), get('lowFree')]);
    out += row('High:', [get('HighTotal'), get('highUsed'), get('HighFree')]);
  }
  out += row('Swap:', [get('SwapTotal'), get('swapUsed'), get('SwapFree')]);
  if (s.total) out += row('Total:', [get('MemTotal') + get('SwapTotal'), get('used') + get('swapUsed'), get('MemFree') + get('SwapFree')]);
  if (s.committed) {
    out += row('Comm:', [get('CommitLimit'), get('Committed_AS'), get('CommitLimit') - get('Committed_AS')]);
  }
  return out;
}

const FOREVER_NOTE = "ctrlab: free -s without -c repeats until Ctrl-C on a real node; here, where time jumps, it stops after one report as Ctrl-C would\n";

export const freeCommand = nodeCommand('free', async (args, io) => {
  const parsed = gnuGetopt('free', args, SPEC);
  const settings: Settings = { exponent: 0, human: false, si: false, lohi: false, total: false, committed: false, wide: false, repeat: false, intervalUs: 1_000_000 };
  const unitSet = { done: false };
  const finish = (o: NonNullable<Outcome>) => {
    if (o.stdout) io.stdout(o.stdout);
    if (o.stderr) io.stderr(o.stderr);
    return o.exit;
  };
  for (const option of 'error' in parsed ? parsed.before : parsed.options) {
    const outcome = apply(option, settings, unitSet);
    if (outcome) return finish(outcome);
  }
  if ('error' in parsed) return finish({ exit: 1, stderr: `${parsed.error}${USAGE}` });
  if (parsed.operands.length > 0) return finish({ exit: 1, stderr: USAGE });
  for (;;) {
    io.stdout(report(settings));
    if (settings.count !== undefined && --settings.count < 1) return 0;
    if (!settings.repeat) return 0;
    if (settings.count === undefined && !io.time.realTime && !io.time.deadline) {
      io.stderr(FOREVER_NOTE);
      return 130;
    }
    io.stdout('\n');
    await io.pace(settings.intervalUs / 1000);
  }
});
