// What head and tail (coreutils 9.1) share: reading `-n NUM` / `-c NUM` with their sign and
// size suffixes (string_to_integer over xstrtoumax: b 512, K/k 1024, KB 1000, KiB 1024, M, G…),
// the obsolete first-argument `-5` form, and the `==> name <==` headers between inputs.

import { type CommandContext, type ExecResult, bytesOutput, unsafeBytesFromLatin1 } from 'just-bash';
import { tryHelp } from './coreutils-text';
import { type GnuOptionSpec, gnuGetopt } from './gnu-getopt';
import { readInput } from './gnu-input';

interface Count {
  unit: 'lines' | 'bytes';
  n: number;
  /** The number was written with a sign: '-' (head: all but) or '+' (tail: from). */
  sign: '' | '-' | '+';
}

export interface HeadTailRequest {
  count: Count;
  headers: 'auto' | 'always' | 'never';
  eol: string;
  files: string[];
  /** An option this rewrite leaves to the library (tail -f and friends). */
  library: boolean;
}

const POWERS: Readonly<Record<string, number>> = { k: 1, K: 1, m: 2, M: 2, g: 3, G: 3, t: 4, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

function parseNumber(text: string): number | undefined {
  const m = /^(\d+)(?:(b)|([kKmMgGtTPEZY])(B|iB)?)?$/.exec(text);
  if (!m) return undefined;
  const base = Number(m[1]);
  if (m[2]) return base * 512;
  if (!m[3]) return base;
  return base * (m[4] === 'B' ? 1000 : 1024) ** (POWERS[m[3]] ?? 1);
}

/** -n/-c's value: the sign, then a number with an optional size suffix. */
function parseCount(program: string, unit: Count['unit'], value: string): Count | ExecResult {
  const sign = value.startsWith('-') || value.startsWith('+') ? (value[0] as '-' | '+') : '';
  const n = parseNumber(sign === '' ? value : value.slice(1));
  if (n === undefined) return { stdout: '', stderr: `${program}: invalid number of ${unit}: ‘${value}’\n`, exitCode: 1 };
  return { unit, n, sign };
}

/**
 * tail's obsolete `-5`, `+2`, `-3c`, `+1f` (parse_obsolete_option in tail.c): only as the one
 * option, before at most one file.
 */
function tailObsolete(args: string[]): RegExpExecArray | null {
  const second = args[1];
  if (!(args.length === 1 || (args.length === 2 && !(second?.startsWith('-') && second.length > 1)))) return null;
  const m = /^[+-](\d*)([bcl]?)(f?)$/.exec(args[0] ?? '');
  if (!m || args[0] === '-' || args[0] === '-c') return null;
  return m;
}

/** The command line of head or tail; `follow`: tail's options that are left to the library. */
export function parseHeadTail(program: 'head' | 'tail', args: string[], spec: GnuOptionSpec, follow: readonly string[]): HeadTailRequest | ExecResult {
  const req: HeadTailRequest = { count: { unit: 'lines', n: 10, sign: '' }, headers: 'auto', eol: '\n', files: [], library: false };
  let rest = args;
  const obsolete = program === 'head' ? /^-(\d+)([bcl]?)$/.exec(args[0] ?? '') : tailObsolete(args);
  if (obsolete) {
    const sign = program === 'tail' && obsolete[0]?.startsWith('+') ? '+' : '';
    const digits = obsolete[1] === '' ? 10 : Number(obsolete[1]);
    req.count = { unit: obsolete[2] === 'c' || obsolete[2] === 'b' ? 'bytes' : 'lines', n: digits * (obsolete[2] === 'b' ? 512 : 1), sign };
    if (obsolete[3]) req.library = true;
    rest = args.slice(1);
  }
  const parsed = gnuGetopt(program, rest, spec);
  if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}${tryHelp(program)}`, exitCode: 1 };
  for (const o of parsed.options) {
    if (o.id === 'n' || o.id === 'c') {
      const count = parseCount(program, o.id === 'n' ? 'lines' : 'bytes', o.value ?? '');
      if (!('unit' in count)) return count;
      req.count = count;
    } else if (o.id === 'q') req.headers = 'never';
    else if (o.id === 'v') req.headers = 'always';
    else if (o.id === 'z') req.eol = '\0';
    else if (follow.includes(o.id) || o.id === 'help' || o.id === 'version') req.library = true;
  }
  req.files = parsed.operands.length > 0 ? parsed.operands : ['-'];
  return req;
}

/** Runs `pick` over each input, with headers and coreutils' messages around it. */
export async function eachInput(
  program: string,
  req: HeadTailRequest,
  ctx: CommandContext,
  pick: (data: string) => string,
): Promise<ExecResult> {
  const headers = req.headers === 'always' || (req.headers === 'auto' && req.files.length > 1);
  let out = '';
  let stderr = '';
  let first = true;
  for (const name of req.files) {
    const read = await readInput(ctx, name);
    if ('error' in read && read.error === 'No such file or directory') {
      stderr += `${program}: cannot open '${name}' for reading: No such file or directory\n`;
      continue;
    }
    if (headers) out += `${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`;
    first = false;
    if ('error' in read) {
      stderr += `${program}: error reading '${name}': ${read.error}\n`;
      continue;
    }
    out += pick(read.data);
  }
  return { ...bytesOutput(unsafeBytesFromLatin1(out)), stderr, exitCode: stderr === '' ? 0 : 1 };
}

/** Offsets just past each line end in `data` (the last partial line ends at data.length). */
export function lineEnds(data: string, eol: string): number[] {
  const ends: number[] = [];
  let at = data.indexOf(eol);
  while (at >= 0) {
    ends.push(at + 1);
    at = data.indexOf(eol, at + 1);
  }
  if (data.length > 0 && !data.endsWith(eol)) ends.push(data.length);
  return ends;
}
