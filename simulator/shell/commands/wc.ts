// GNU wc (coreutils 9.1) on the node, in C.UTF-8. just-bash's wc pads every count to the widest
// number; coreutils sizes its columns from the inputs (wc.c, compute_number_width): one count
// of one input is printed bare, otherwise the width is the digits of the regular files' total
// size, at least 7 when an input is a pipe or a directory. Here every stdin is taken as a pipe
// (`cmd | wc`); a real `wc < file` would size the columns from the file instead.

import { type CommandContext, type ExecResult, defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';
import { tryHelp } from './coreutils-text';
import { type GnuOptionSpec, gnuGetopt } from './gnu-getopt';
import { type InputRead, isRegularFile, readInput } from './gnu-input';

const SPEC: GnuOptionSpec = {
  flags: 'cmlLw',
  withValue: '',
  long: {
    bytes: { id: 'c', value: 'none' }, chars: { id: 'm', value: 'none' }, lines: { id: 'l', value: 'none' },
    'max-line-length': { id: 'L', value: 'none' }, words: { id: 'w', value: 'none' },
    'files0-from': { id: 'files0-from', value: 'required' }, help: { id: 'help', value: 'none' },
    version: { id: 'version', value: 'none' },
  },
};

interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  maxLength: number;
}

/** Unicode spaces (glibc's iswspace) and the no-break spaces wc 9.1 also splits words at. */
function isSpace(cp: number): boolean {
  return (cp >= 0x09 && cp <= 0x0d) || cp === 0x20 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a && cp !== 0x2007)
    || cp === 0x2028 || cp === 0x2029 || cp === 0x205f || cp === 0x3000 || cp === 0xa0 || cp === 0x2007 || cp === 0x202f
    || cp === 0x2060;
}

function isPrintable(cp: number): boolean {
  return cp >= 0x20 && !(cp >= 0x7f && cp <= 0x9f);
}

/** Display columns of a printable character (wcwidth, roughly): East Asian wide ones take two. */
function width(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f)) return 0;
  const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** One UTF-8 character at i: its code point (-1 for an invalid byte) and its length. */
function decode(s: string, i: number): [number, number] {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  const len = b0 >= 0xf0 && b0 <= 0xf4 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 && b0 < 0xe0 ? 2 : 0;
  if (len === 0 || i + len > s.length) return [-1, 1];
  let cp = b0 & (0x7f >> len);
  for (let k = 1; k < len; k++) {
    const b = s.charCodeAt(i + k);
    if ((b & 0xc0) !== 0x80) return [-1, 1];
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = [0, 0, 0x80, 0x800, 0x10000][len] as number;
  return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? [-1, 1] : [cp, len];
}

function countText(data: string): Counts {
  const c: Counts = { lines: 0, words: 0, chars: 0, bytes: data.length, maxLength: 0 };
  let inWord = false;
  let pos = 0;
  for (let i = 0; i < data.length;) {
    const [cp, len] = decode(data, i);
    i += len;
    c.chars++;
    if (cp === 0x0a || cp === 0x0d || cp === 0x0c) {
      if (cp === 0x0a) c.lines++;
      c.maxLength = Math.max(c.maxLength, pos);
      pos = 0;
      c.words += inWord ? 1 : 0;
      inWord = false;
    } else if (cp === 0x09 || cp === 0x20 || cp === 0x0b) {
      pos += cp === 0x09 ? 8 - (pos % 8) : cp === 0x20 ? 1 : 0;
      c.words += inWord ? 1 : 0;
      inWord = false;
    } else if (cp >= 0 && isPrintable(cp)) {
      pos += width(cp);
      if (isSpace(cp)) {
        c.words += inWord ? 1 : 0;
        inWord = false;
      } else inWord = true;
    }
  }
  c.maxLength = Math.max(c.maxLength, pos);
  c.words += inWord ? 1 : 0;
  return c;
}

type Column = 'lines' | 'words' | 'chars' | 'bytes' | 'maxLength';

async function runWc(args: string[], ctx: CommandContext): Promise<ExecResult> {
  const parsed = gnuGetopt('wc', args, SPEC);
  if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}${tryHelp('wc')}`, exitCode: 1 };
  const ids = new Set(parsed.options.map((o) => o.id));
  if (ids.has('help') || ids.has('version') || ids.has('files0-from')) {
    return ctx.origCommand ? ctx.origCommand(args) : { stdout: '', stderr: '', exitCode: 1 };
  }
  const picked: Column[] = [];
  if (ids.has('l')) picked.push('lines');
  if (ids.has('w')) picked.push('words');
  if (ids.has('m')) picked.push('chars');
  if (ids.has('c')) picked.push('bytes');
  if (ids.has('L')) picked.push('maxLength');
  const columns: Column[] = picked.length > 0 ? picked : ['lines', 'words', 'bytes'];
  const names = parsed.operands.length > 0 ? parsed.operands : [undefined];

  const reads = await Promise.all(names.map((n) => readInput(ctx, n ?? '-')));
  const missing = (r: InputRead | undefined): boolean => r === undefined || ('error' in r && r.error === 'No such file or directory');
  let numberWidth = 1;
  // Only the first input's failure to stat turns the sizing off (fstatus[0].failed in wc.c).
  if (!(names.length === 1 && columns.length === 1) && !missing(reads[0])) {
    let regularTotal = 0;
    let minimum = 1;
    for (let i = 0; i < names.length; i++) {
      const r = reads[i];
      if (r === undefined || missing(r)) continue;
      if ('data' in r && (await isRegularFile(ctx, names[i] ?? '-'))) regularTotal += r.data.length;
      else minimum = 7;
    }
    numberWidth = Math.max(minimum, String(regularTotal).length);
  }
  const line = (c: Counts, name: string | undefined): string =>
    `${columns.map((col) => String(c[col]).padStart(numberWidth)).join(' ')}${name === undefined ? '' : ` ${name}`}\n`;

  let stdout = '';
  let stderr = '';
  const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLength: 0 };
  for (let i = 0; i < names.length; i++) {
    const r = reads[i] as (typeof reads)[number];
    const name = names[i];
    if ('error' in r) {
      stderr += `wc: ${name ?? '-'}: ${r.error}\n`;
      if (r.error === 'No such file or directory') continue;
    }
    const c = 'data' in r ? countText(r.data) : countText('');
    for (const col of ['lines', 'words', 'chars', 'bytes'] as const) total[col] += c[col];
    total.maxLength = Math.max(total.maxLength, c.maxLength);
    stdout += line(c, name);
  }
  if (names.length > 1) stdout += line(total, 'total');
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
}

export const wcCommand: ShellCommandFactory = () => defineCommand('wc', runWc);
