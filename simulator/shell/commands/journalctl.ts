// `journalctl` of systemd 252 (bookworm) over the node's journal (host/journal.ts): the lines
// the node's daemons logged, in the default "short" format, oldest first.
//
//   journalctl [-u UNIT] [-n N] [-f] [-e] [-r] [-x] [-b] [--no-pager]
//
// -u matches a unit (with or without `.service`); -n keeps the last N lines (10 when given
// alone, and for -f); -e jumps to the end, which without a pager means the last 1000 lines;
// -x (catalog explanations) and -b (this boot: the node has had one) change nothing here, and
// there is no pager to leave. Nothing to show prints `-- No entries --`.
//
// -f follows: on a watched terminal it prints each new line as the daemon logs it until
// Ctrl-C (exit 130, like the real one killed by SIGINT). Where time jumps and nobody can press
// Ctrl-C (transcripts, pipes) it prints what is there and says that following is not simulated,
// as `ctr events` does, unless an enclosing `timeout` ends the wait.

import { InterruptedError } from '../../cli/interrupted';
import type { CommandIO } from '../../cli/spec';
import type { JournalEntry } from '../../host/host-state';
import { formatJournalLine, journalEntries, journalWritten } from '../../host/journal';
import { catchUp, waitFor } from '../../host/time-driver';
import type { Node } from '../../node';
import { nodeCommand } from './command-host';

interface JournalOptions {
  units: string[];
  lines?: number;
  follow: boolean;
  reverse: boolean;
}

const NOT_FOLLOWED =
  'journalctl: following the journal is not simulated here (no terminal to stop it with Ctrl-C): a real ' +
  '`journalctl -f` prints each new line until it is interrupted; run it alone on a terminal, or under `timeout`\n';

type Parsed = { ok: true; options: JournalOptions } | { ok: false; message: string };

/** -n's argument: a number, or `all`, or `+N` (from the start; treated as a count here). */
function lineCount(value: string): number | undefined | 'bad' {
  if (value === 'all') return undefined;
  const n = Number(value.replace(/^\+/, ''));
  return Number.isInteger(n) && n >= 0 ? n : 'bad';
}

function parse(args: string[]): Parsed {
  const options: JournalOptions = { units: [], follow: false, reverse: false };
  const setLines = (value: string): string | undefined => {
    const n = lineCount(value);
    if (n === 'bad') return `Failed to parse lines '${value}'`;
    options.lines = n;
    return undefined;
  };
  let i = 0;
  // -n's argument is optional; like journalctl, a number in the next word is taken as it.
  const optionalCount = (): string => {
    const next = args[i + 1];
    if (next !== undefined && lineCount(next) !== 'bad') {
      i += 1;
      return next;
    }
    return '10';
  };
  for (; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      switch (name) {
        case '--unit': {
          const value = inline ?? args[++i];
          if (value === undefined) return { ok: false, message: "journalctl: option '--unit' requires an argument" };
          options.units.push(value);
          break;
        }
        case '--lines': {
          const problem = setLines(inline ?? optionalCount());
          if (problem) return { ok: false, message: problem };
          break;
        }
        case '--follow':
          options.follow = true;
          break;
        case '--reverse':
          options.reverse = true;
          break;
        case '--pager-end':
          options.lines ??= 1000;
          break;
        case '--no-pager':
        case '--catalog':
        case '--boot':
        case '--quiet':
        case '--no-hostname':
          break;
        default:
          return { ok: false, message: `journalctl: unrecognized option '${arg}'` };
      }
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') return { ok: false, message: 'Too many arguments.' };
    for (let j = 1; j < arg.length; j += 1) {
      const flag = arg[j] as string;
      if (flag === 'u' || flag === 'n') {
        const rest = arg.slice(j + 1);
        const value = rest !== '' ? rest : flag === 'n' ? optionalCount() : args[++i];
        if (value === undefined) return { ok: false, message: `journalctl: option requires an argument -- '${flag}'` };
        if (flag === 'u') options.units.push(value);
        else {
          const problem = setLines(value);
          if (problem) return { ok: false, message: problem };
        }
        break;
      }
      if (flag === 'f') options.follow = true;
      else if (flag === 'r') options.reverse = true;
      else if (flag === 'e') options.lines ??= 1000;
      else if (!'xbqa'.includes(flag)) return { ok: false, message: `journalctl: invalid option -- '${flag}'` };
    }
  }
  return { ok: true, options };
}

function unitOf(name: string): string {
  return name.endsWith('.service') ? name.slice(0, -'.service'.length) : name;
}

function matching(node: Node, options: JournalOptions): JournalEntry[] {
  const units = new Set(options.units.map(unitOf));
  const all = journalEntries(node);
  return units.size === 0 ? all : all.filter((e) => units.has(e.unit));
}

function print(node: Node, entries: JournalEntry[], io: CommandIO): void {
  if (entries.length === 0) return;
  io.stdout(`${entries.map((e) => formatJournalLine(e, node.state.host.hostname)).join('\n')}\n`);
}

async function follow(node: Node, options: JournalOptions, io: CommandIO): Promise<number> {
  const { time } = io;
  let written = journalWritten(node);
  if ((!time.realTime || !io.isTTY) && !time.deadline) {
    catchUp(node);
    io.stderr(NOT_FOLLOWED);
    return 1;
  }
  for (;;) {
    const before = written;
    await waitFor(node, () => journalWritten(node) > before, Number.POSITIVE_INFINITY, time);
    written = journalWritten(node);
    const fresh = Math.min(written - before, node.state.host.journal?.entries.length ?? 0);
    const units = new Set(options.units.map(unitOf));
    if (fresh > 0) print(node, journalEntries(node).slice(-fresh).filter((e) => units.size === 0 || units.has(e.unit)), io);
    if (time.signal?.aborted) throw new InterruptedError();
    if (time.deadline && node.nowMs() >= time.deadline.atMs) return 124;
  }
}

export const journalctlCommand = nodeCommand('journalctl', async (args, io, node) => {
  const parsed = parse(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n`);
    return 1;
  }
  const { options } = parsed;
  const entries = matching(node, options);
  const count = options.lines ?? (options.follow ? 10 : undefined);
  let shown = count === undefined ? entries : count === 0 ? [] : entries.slice(-count);
  if (options.reverse) shown = [...shown].reverse();
  if (entries.length === 0 && !options.follow) io.stdout('-- No entries --\n');
  print(node, shown, io);
  return options.follow ? follow(node, options, io) : 0;
});
