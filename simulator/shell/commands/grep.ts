// GNU grep 3.8 (Debian bookworm) habits the library's grep lacks, bridged before and after it
// runs: several -e patterns (it keeps only the last; GNU matches any, as newline-separated
// patterns do, which the library supports), -eP and --regexp=P, -H/--with-filename, and
// `grep -r P` with no file searching the working directory, as GNU does, not stdin.

import { type CommandContext, type ExecResult, defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';

/** Short options that take a value (from grep --help), so their value is never read as a flag. */
const WITH_VALUE = new Set(['e', 'f', 'm', 'A', 'B', 'C', 'd', 'D']);

interface GrepArgs {
  /** What the library is given. */
  args: string[];
  withFilename: boolean;
  noFilename: boolean;
  recursive: boolean;
  context: boolean;
  /** -l, -L, -q: output is file names or nothing. */
  filesOnly: boolean;
  operands: string[];
  /** `grep -r P` with no file: '.' was added, and GNU names files without a leading './'. */
  impliedDot: boolean;
}

function grepArgs(input: readonly string[]): GrepArgs {
  const out: GrepArgs = { args: [], withFilename: false, noFilename: false, recursive: false, context: false, filesOnly: false, operands: [], impliedDot: false };
  const patterns: string[] = [];
  const rest: string[] = [];
  let onlyOperands = false;
  for (let i = 0; i < input.length; i++) {
    const arg = input[i] as string;
    if (onlyOperands || arg === '-' || !arg.startsWith('-')) {
      out.operands.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const [name = '', value] = arg.slice(2).split(/=(.*)/s);
      if (name === 'regexp') patterns.push(value ?? input[++i] ?? '');
      else if (name === 'with-filename') out.withFilename = true;
      else {
        if (name === 'no-filename') out.noFilename = true;
        if (name === 'recursive' || name === 'dereference-recursive') out.recursive = true;
        if (/^(after|before)?-?context$/.test(name) || name === 'context') out.context = true;
        if (['files-with-matches', 'files-without-match', 'quiet', 'silent'].includes(name)) out.filesOnly = true;
        rest.push(arg);
      }
      continue;
    }
    let flags = '';
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j] as string;
      if (WITH_VALUE.has(letter)) {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : input[++i];
        if (letter === 'e') patterns.push(value ?? '');
        else {
          if ('ABC'.includes(letter)) out.context = true;
          if (flags !== '') rest.push(`-${flags}`);
          flags = '';
          rest.push(`-${letter}`, value ?? '');
        }
        break;
      }
      if (letter === 'H') out.withFilename = true;
      else {
        if (letter === 'h') out.noFilename = true;
        if (letter === 'r' || letter === 'R') out.recursive = true;
        if ('lLq'.includes(letter)) out.filesOnly = true;
        flags += letter;
      }
    }
    if (flags !== '') rest.push(`-${flags}`);
  }
  if (out.recursive && out.operands.length === (patterns.length > 0 ? 0 : 1)) {
    out.operands.push('.');
    out.impliedDot = true;
  }
  out.args = patterns.length > 0 ? [...rest, '-e', patterns.join('\n'), '--', ...out.operands] : [...rest, '--', ...out.operands];
  return out;
}

/** The files grep reads (the operands after the pattern). */
function files(g: GrepArgs): string[] {
  return g.operands.slice(g.args.includes('-e') ? 0 : 1);
}

/**
 * `grep -r P DIR` names files as DIR/…: the library drops a leading './' (`./sub/f` → `sub/f`)
 * and doubles a trailing slash (`sub/` → `sub//f`); GNU keeps what was typed.
 */
function gnuPaths(r: ExecResult, g: GrepArgs): ExecResult {
  const given = files(g);
  const op = given[0];
  if (!g.recursive || g.noFilename || g.impliedDot || given.length !== 1 || op === undefined || r.stdout === '') return r;
  const fix = (line: string): string => {
    if (line === '--') return line;
    if ((op === '.' || op.startsWith('./')) && !line.startsWith('./')) return `./${line}`;
    if (op.endsWith('/') && line.startsWith(`${op}/`)) return op + line.slice(op.length + 1);
    return line;
  };
  const lines = r.stdout.split('\n');
  const last = lines.pop();
  return { ...r, stdout: `${lines.map((l) => `${fix(l)}\n`).join('')}${last ?? ''}` };
}

/** -H with one input: the name the library left out, in front of each output line. */
function addFilename(r: ExecResult, g: GrepArgs): ExecResult {
  const names = files(g);
  if (!g.withFilename || g.noFilename || g.recursive || g.context || g.filesOnly) return r;
  if (names.length > 1 || r.stdout === '') return r;
  const name = names[0] === undefined || names[0] === '-' ? '(standard input)' : names[0];
  const lines = r.stdout.split('\n');
  const last = lines.pop();
  return { ...r, stdout: `${lines.map((l) => `${name}:${l}\n`).join('')}${last ?? ''}` };
}

async function runGrep(name: string, args: string[], ctx: CommandContext): Promise<ExecResult> {
  if (!ctx.origCommand) return { stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127 };
  if (args.includes('--help') || args.includes('-V') || args.includes('--version')) return ctx.origCommand(args);
  const g = grepArgs(args);
  return gnuPaths(addFilename(await ctx.origCommand(g.args), g), g);
}

export const grepCommand: ShellCommandFactory = () => defineCommand('grep', (args, ctx) => runGrep('grep', args, ctx));
