// GNU xargs (findutils 4.9.0) on the node. The library's xargs knows only separate-word -n/-I
// and splits at whitespace without quotes; this one reads the input as GNU does
// (xargs-input.ts), runs the command once even for empty input unless -r, packs arguments
// into a 128 KiB command buffer, takes -n1, -I{}, -i, -L, -l, -d, -0, -E, -a, -s, -P, -t as
// there, and exits 123/124/125/127 as xargs.c does.

import { type CommandContext, type ExecResult, defineCommand, latin1FromBytes } from 'just-bash';
import type { ShellCommandFactory } from './command-host';
import { type GnuOption, type GnuOptionSpec, gnuGetopt } from './gnu-getopt';
import { readInput } from './gnu-input';
import { delimitedItems, delimiterOf, quotedLines } from './xargs-input';

const SPEC: GnuOptionSpec = {
  flags: '0prtxo',
  withValue: 'aEILnPsd',
  optionalValue: 'eil',
  inOrder: true,
  long: {
    null: { id: '0', value: 'none' }, 'arg-file': { id: 'a', value: 'required' }, delimiter: { id: 'd', value: 'required' },
    eof: { id: 'e', value: 'optional' }, replace: { id: 'i', value: 'optional' }, 'max-lines': { id: 'L', value: 'required' },
    'max-args': { id: 'n', value: 'required' }, 'open-tty': { id: 'o', value: 'none' }, 'max-procs': { id: 'P', value: 'required' },
    interactive: { id: 'p', value: 'none' }, 'process-slot-var': { id: 'process-slot-var', value: 'required' },
    'no-run-if-empty': { id: 'r', value: 'none' }, 'max-chars': { id: 's', value: 'required' },
    'show-limits': { id: 'show-limits', value: 'none' }, verbose: { id: 't', value: 'none' }, exit: { id: 'x', value: 'none' },
    help: { id: 'help', value: 'none' }, version: { id: 'version', value: 'none' },
  },
};

const TRY = "Try 'xargs --help' for more information.\n";
/** The command buffer xargs uses (`xargs --show-limits`: "Size of command buffer we are actually using"). */
const BUFFER = 131072;

interface Plan {
  command: string[];
  replace?: string;
  maxLines?: number;
  maxArgs?: number;
  maxChars: number;
  delim?: string;
  eof?: string;
  argFile?: string;
  noRunIfEmpty: boolean;
  verbose: boolean;
  /** What xargs warned about its options, printed before anything runs. */
  warnings?: string;
}

const fail = (stderr: string, exitCode = 1): ExecResult => ({ stdout: '', stderr, exitCode });

function count(o: GnuOption, letter: string): number | ExecResult {
  const value = o.value ?? '';
  if (!/^\d+$/.test(value)) return fail(`xargs: invalid number "${value}" for -${letter} option\n${TRY}`);
  const n = Number(value);
  if (n < 1 && letter !== 'P') return fail(`xargs: value ${value} for -${letter} option should be >= 1\n${TRY}`);
  return n;
}

function plan(args: string[]): Plan | ExecResult | 'library' {
  const parsed = gnuGetopt('xargs', args, SPEC);
  if ('error' in parsed) return fail(`${parsed.error}${TRY}`);
  const p: Plan = { command: parsed.operands.length > 0 ? parsed.operands : ['echo'], maxChars: BUFFER, noRunIfEmpty: false, verbose: false };
  let warnings = '';
  const warn = (earlier: string, later: string, dropped: string): void => {
    warnings += `xargs: warning: options ${earlier} and ${later} are mutually exclusive, ignoring previous ${dropped} value\n`;
  };
  for (const o of parsed.options) {
    const letter = o.id;
    switch (letter) {
      case 'help': case 'version': return 'library';
      case 'p': case 'show-limits':
        return fail(`xargs: ${o.spelled} is not simulated here; see https://www.gnu.org/software/findutils/manual/html_node/find_html/Invoking-xargs.html\n`);
      case '0': p.delim = '\0'; break;
      case 'd': {
        const delim = delimiterOf(o.value ?? '');
        if (delim === undefined) {
          return fail(`xargs: Invalid input delimiter specification ${o.value ?? ''}: the delimiter must be either a single character or an escape sequence starting with \\.\n`);
        }
        p.delim = delim;
        break;
      }
      case 'a': p.argFile = o.value; break;
      case 'E': case 'e': p.eof = o.value === '' ? undefined : o.value; break;
      case 'I': case 'i':
        if (p.maxArgs !== undefined) warn('--max-args', '--replace/-I/-i', '--max-args');
        else if (p.maxLines !== undefined) warn('--max-lines', '--replace/-I/-i', '--max-lines');
        p.maxArgs = undefined;
        p.replace = o.value ?? '{}';
        p.maxLines = 1;
        break;
      case 'l': p.maxLines = o.value === undefined ? 1 : Number(o.value) || 1; break;
      case 'L': case 'n': case 's': case 'P': {
        const n = count(o, letter);
        if (typeof n !== 'number') return n;
        if (letter === 'L') {
          if (p.replace !== undefined) warn('--replace', '-L', '--replace');
          else if (p.maxArgs !== undefined) warn('--max-args', '-L', '--max-args');
          p.replace = undefined;
          p.maxArgs = undefined;
          p.maxLines = n;
        } else if (letter === 'n') {
          if (p.maxLines !== undefined && p.replace === undefined) {
            warn('--max-lines', '--max-args/-n', '--max-lines');
            p.maxLines = undefined;
          }
          p.maxArgs = n;
        }
        else if (letter === 's') p.maxChars = Math.min(n, BUFFER);
        break; // -P: the commands run one after another here, which a real run may interleave
      }
      case 'r': p.noRunIfEmpty = true; break;
      case 't': p.verbose = true; break;
      default: // -x, -o, --process-slot-var: nothing to change here
    }
  }
  if (p.replace === '') return fail(`${warnings}xargs: command too long\n`);
  p.warnings = warnings;
  return p;
}

/** The command lines to run: each a list of words, the command first. */
function batches(p: Plan, data: string): string[][] | ExecResult {
  let lines: string[][];
  if (p.delim !== undefined) lines = delimitedItems(data, p.delim).map((item) => [item]);
  else {
    const read = quotedLines(data, p.replace !== undefined, p.eof);
    if ('error' in read) return fail(read.error);
    lines = read.lines;
  }
  if (p.replace !== undefined) {
    const r = p.replace;
    return lines.map((line) => p.command.map((word) => word.split(r).join(line.join(' '))));
  }
  const size = (words: string[]): number => words.reduce((n, w) => n + w.length + 1, 0);
  const base = size(p.command);
  if (base > p.maxChars) return fail('xargs: cannot fit single argument within argument list size limit\n');
  const out: string[][] = [];
  let current: string[] = [];
  let used = base;
  let linesIn = 0;
  const flush = (): void => {
    out.push([...p.command, ...current]);
    current = [];
    used = base;
    linesIn = 0;
  };
  for (const line of lines) {
    for (const item of line) {
      if (current.length > 0 && (used + item.length + 1 > p.maxChars || (p.maxArgs !== undefined && current.length >= p.maxArgs))) flush();
      if (base + item.length + 1 > p.maxChars) return fail('xargs: argument line too long\n');
      current.push(item);
      used += item.length + 1;
    }
    linesIn++;
    if (p.maxLines !== undefined && linesIn >= p.maxLines && current.length > 0) flush();
  }
  if (current.length > 0 || (out.length === 0 && !p.noRunIfEmpty)) flush();
  return out;
}

/** A word as xargs -t shows it: bare when safe, else in single quotes. */
function shown(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

async function runXargs(args: string[], ctx: CommandContext): Promise<ExecResult> {
  const p = plan(args);
  if (p === 'library') return ctx.origCommand ? ctx.origCommand(args) : fail('');
  if (!('command' in p)) return p;
  let data = latin1FromBytes(ctx.stdin);
  if (p.argFile !== undefined) {
    const read = await readInput(ctx, p.argFile);
    if ('error' in read) return fail(`xargs: ${p.argFile}: ${read.error}\n`);
    data = read.data;
  }
  const runs = batches(p, data);
  if (!Array.isArray(runs)) return runs;
  if (!ctx.exec) return fail('xargs: cannot run commands here\n');
  let stdout = '';
  let stderr = p.warnings ?? '';
  let status = 0;
  for (const words of runs) {
    const [command = 'echo', ...rest] = words;
    if (p.verbose) stderr += `${words.map(shown).join(' ')}\n`;
    const r = await ctx.exec(shown(command), { cwd: ctx.cwd, signal: ctx.signal, args: rest });
    stdout += r.stdout;
    if (r.exitCode === 127 && /command not found/.test(r.stderr)) {
      return { stdout, stderr: `${stderr}xargs: ${command}: No such file or directory\n`, exitCode: 127 };
    }
    stderr += r.stderr;
    if (r.exitCode === 255) return { stdout, stderr: `${stderr}xargs: ${command}: exited with status 255; aborting\n`, exitCode: 124 };
    if (r.exitCode > 128) return { stdout, stderr: `${stderr}xargs: ${command}: terminated by signal ${r.exitCode - 128}\n`, exitCode: 125 };
    if (r.exitCode !== 0) status = 123;
  }
  return { stdout, stderr, exitCode: status };
}

export const xargsCommand: ShellCommandFactory = () => defineCommand('xargs', runXargs);
