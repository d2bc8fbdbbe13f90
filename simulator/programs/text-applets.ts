// More busybox 1.35 text filters a learner pipes through in a container (Debian's busybox-static
// answers, run on this machine's /bin/busybox; oracle 169 in a container): tac, nl [-b STYLE]
// [-i N] [-s SEP] [-v N] [-w N] (cat -n and -b number lines the same way), paste [-d LIST] [-s]
// with its tab left open when a later file ends first, fold [-bs] [-w WIDTH] by columns (a tab to
// the next multiple of 8), and factor of unsigned 64-bit numbers (operands, or words of stdin).

import { getopt32, lastValue } from './getopt32';
import { finished, stderr, stdout, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from './program';
import { inputLines, readTextInput } from './text-input';
import { showUsage } from './applets/busybox-usage';

const USAGES: Record<string, string> = {
  tac: 'Usage: tac [FILE]...\n\nConcatenate FILEs and print them in reverse\n',
  nl:
    'Usage: nl [OPTIONS] [FILE]...\n\nWrite FILEs to standard output with line numbers added\n\n' +
    '\t-b STYLE\tWhich lines to number - a: all, t: nonempty, n: none\n\t-i N\t\tLine number increment\n' +
    '\t-s STRING\tUse STRING as line number separator\n\t-v N\t\tStart from N\n\t-w N\t\tWidth of line numbers\n',
  paste:
    'Usage: paste [-d LIST] [-s] [FILE]...\n\nPaste lines from each input file, separated with tab\n\n' +
    '\t-d LIST\tUse delimiters from LIST, not tab\n\t-s      Serial: one file at a time\n',
  fold:
    'Usage: fold [-bs] [-w WIDTH] [FILE]...\n\nWrap input lines in FILEs (or stdin), writing to stdout\n\n' +
    '\t-b\tCount bytes rather than columns\n\t-s\tBreak at spaces\n\t-w\tUse WIDTH columns instead of 80\n',
  factor: 'Usage: factor [NUMBER]...\n\nPrint prime factors\n',
};

const usage = (name: string, error?: string): ProgramRun => showUsage(name, USAGES[name] ?? '', error || undefined);

/** What a filter wrote: its text, then the lines of the files it could not open, exit 1 if any. */
function filtered(text: string, errors: readonly string[], readStdin: boolean): ProgramRun {
  const out: OutputChunk[] = [...(text ? [stdout(text)] : []), ...(errors.length ? [stderr(errors.join(''))] : [])];
  return { ...finished(out, errors.length ? 1 : 0), consumedStdin: readStdin };
}

const waiting = (ctx: ProgramContext): ProgramRun => ({ out: [], consumedStdin: ctx.stdin !== undefined });

export interface Numbering {
  /** a: every line, t: lines with text, anything else: none. */
  style: string;
  start: number;
  increment: number;
  width: number;
  separator: string;
  /** nl pads a line it does not number to where the text starts; cat -b leaves it as it is. */
  padUnnumbered: boolean;
}

/** print_numbered_lines: each line ends with a newline (a last one without gets one). */
export function numberLines(text: string, n: Numbering): string {
  let next = n.start;
  return inputLines(text)
    .map((line) => {
      const numbered = n.style === 'a' || (n.style === 't' && line !== '');
      if (!numbered) return `${n.padUnnumbered ? ' '.repeat(n.width + n.separator.length) : ''}${line}\n`;
      const label = `${String(next).padStart(n.width)}${n.separator}`;
      next += n.increment;
      return `${label}${line}\n`;
    })
    .join('');
}

export const tacProgram: Program = {
  name: 'tac',
  run(ctx) {
    const input = readTextInput(ctx, 'tac', ctx.argv.slice(1));
    if (input.waitsOnStdin) return waiting(ctx);
    // All files as one text, its lines last to first; a last line without a newline runs into the next.
    const lines = input.texts.join('').split(/(?<=\n)/).filter((l) => l !== '');
    return filtered(lines.reverse().join(''), input.errors, input.readStdin);
  },
};

export const nlProgram: Program = {
  name: 'nl',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'b:i:s:v:w:');
    if (!parsed.ok) return usage('nl', parsed.error);
    const num = (flag: string, fallback: number): number | undefined => {
      const v = lastValue(parsed, flag);
      return v === undefined ? fallback : /^-?\d+$/.test(v) ? Number(v) : undefined;
    };
    const [increment, start, width] = [num('i', 1), num('v', 1), num('w', 6)];
    if (increment === undefined || start === undefined || width === undefined) return usage('nl');
    const input = readTextInput(ctx, 'nl', parsed.operands);
    if (input.waitsOnStdin) return waiting(ctx);
    const n = { style: lastValue(parsed, 'b') ?? 't', start, increment, width, separator: lastValue(parsed, 's') ?? '\t', padUnnumbered: true };
    return filtered(numberLines(input.texts.join(''), n), input.errors, input.readStdin);
  },
};

/** paste's -d LIST: \n, \t, \\ and \0 (no delimiter) read as escapes. */
function delimiters(list: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i] ?? '';
    if (c !== '\\' || i + 1 >= list.length) {
      out.push(c);
      continue;
    }
    const e = list[++i] ?? '';
    out.push(e === 'n' ? '\n' : e === 't' ? '\t' : e === '0' ? '' : e);
  }
  return out;
}

export const pasteProgram: Program = {
  name: 'paste',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'd:s');
    if (!parsed.ok) return usage('paste', parsed.error);
    const delims = delimiters(lastValue(parsed, 'd') ?? '\t');
    if (delims.length === 0) return finished([stderr('paste: -d LIST: empty delimiter list\n')], 1);
    const names = parsed.operands.length ? parsed.operands : ['-'];
    const files: string[][] = [];
    const errors: string[] = [];
    let readStdin = false;
    for (const name of names) {
      const input = readTextInput(ctx, 'paste', [name]);
      if (input.waitsOnStdin) return waiting(ctx);
      readStdin ||= input.readStdin;
      errors.push(...input.errors);
      files.push(inputLines(input.texts.join('')));
    }
    // A file that cannot be opened fails the whole paste before anything is written.
    if (errors.length) return filtered('', errors, readStdin);
    let text = '';
    if (parsed.opts.has('s')) {
      for (const lines of files) {
        lines.forEach((line, i) => {
          text += line + (i === lines.length - 1 ? '\n' : (delims[i % delims.length] ?? ''));
        });
      }
      return filtered(text, [], readStdin);
    }
    // Round by round, each open file gives its next line; one that has ended writes nothing,
    // not even its delimiter, so `paste long short` leaves the last row's tab without a newline.
    const at = files.map(() => 0);
    for (;;) {
      let active = files.length;
      let d = 0;
      files.forEach((lines, i) => {
        const line = lines[at[i] ?? 0];
        if (line === undefined) {
          active--;
          return;
        }
        at[i] = (at[i] ?? 0) + 1;
        text += line;
        if (i === files.length - 1) text += '\n';
        else text += delims[d++ % delims.length] ?? '';
      });
      if (active === 0) break;
    }
    return filtered(text, [], readStdin);
  },
};

/** fold.c's adjust_column: a tab to the next multiple of 8, backspace back one, CR to 0. */
function adjustColumn(column: number, c: string, bytes: boolean): number {
  if (bytes) return column + 1;
  if (c === '\t') return column + 8 - (column % 8);
  if (c === '\b') return Math.max(0, column - 1);
  if (c === '\r') return 0;
  return column + 1;
}

function fold(text: string, width: number, spaces: boolean, bytes: boolean): string {
  let out = '';
  let line: string[] = [];
  let column = 0;
  for (const c of text) {
    if (c === '\n') {
      out += `${line.join('')}\n`;
      line = [];
      column = 0;
      continue;
    }
    for (;;) {
      column = adjustColumn(column, c, bytes);
      if (column <= width) {
        line.push(c);
        break;
      }
      if (spaces) {
        let blank = line.length - 1;
        while (blank >= 0 && line[blank] !== ' ' && line[blank] !== '\t') blank--;
        if (blank >= 0) {
          out += `${line.slice(0, blank + 1).join('')}\n`;
          line = line.slice(blank + 1);
          column = line.reduce((col, ch) => adjustColumn(col, ch, bytes), 0);
          continue;
        }
      }
      // A character wider than the whole width starts a line of its own.
      if (line.length === 0) {
        line.push(c);
        break;
      }
      out += `${line.join('')}\n`;
      line = [];
      column = 0;
    }
  }
  return out + line.join('');
}

export const foldProgram: Program = {
  name: 'fold',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'bsw:');
    if (!parsed.ok) return usage('fold', parsed.error);
    const widthText = lastValue(parsed, 'w') ?? '80';
    const width = /^\d+$/.test(widthText) ? Number(widthText) : Number.NaN;
    if (!(width >= 1 && width <= 10000)) {
      const why = Number.isNaN(width) ? `invalid number '${widthText}'` : `number ${widthText} is not in 1..10000 range`;
      return finished([stderr(`fold: ${why}\n`)], 1);
    }
    const input = readTextInput(ctx, 'fold', parsed.operands);
    if (input.waitsOnStdin) return waiting(ctx);
    const text = input.texts.map((t) => fold(t, width, parsed.opts.has('s'), parsed.opts.has('b'))).join('');
    return filtered(text, input.errors, input.readStdin);
  },
};

const MAX_U64 = (1n << 64n) - 1n;

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
  }
  return result;
}

/** Deterministic Miller-Rabin for 64-bit numbers. */
function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  const small = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n];
  for (const p of small) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  return small.every((a) => {
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) return true;
    for (let r = 1; r < s; r++) {
      x = (x * x) % n;
      if (x === n - 1n) return true;
    }
    return false;
  });
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** Pollard's rho: a factor of a composite n with no small factors. */
function rho(n: bigint): bigint {
  for (let c = 1n; ; c++) {
    const f = (x: bigint) => (x * x + c) % n;
    let [x, y, d] = [2n, 2n, 1n];
    while (d === 1n) {
      x = f(x);
      y = f(f(y));
      d = gcd(x > y ? x - y : y - x, n);
    }
    if (d !== n) return d;
  }
}

/** The prime factors of n, smallest first (0 and 1 have none). */
function primeFactors(n: bigint): bigint[] {
  const out: bigint[] = [];
  let m = n;
  for (let p = 2n; p < 1000n && m > 1n; p++) {
    while (m % p === 0n) {
      out.push(p);
      m /= p;
    }
  }
  const split = (k: bigint): void => {
    if (k <= 1n) return;
    if (isPrime(k)) {
      out.push(k);
      return;
    }
    const d = rho(k);
    split(d);
    split(k / d);
  };
  split(m);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const factorProgram: Program = {
  name: 'factor',
  run(ctx) {
    let words = ctx.argv.slice(1);
    let consumedStdin = false;
    if (words.length === 0) {
      if (ctx.stdin === undefined || ctx.stdinOpen) return waiting(ctx);
      words = ctx.stdin.split(/\s+/).filter(Boolean);
      consumedStdin = true;
    }
    let text = '';
    for (const word of words) {
      // xatoull: an unsigned decimal that fits 64 bits, else the usage and exit 1.
      const n = /^\+?\d+$/.test(word) ? BigInt(word) : undefined;
      if (n === undefined || n > MAX_U64) return { ...finished([...(text ? [stdout(text)] : []), ...usage('factor').out]), exit: { afterMs: 0, code: 1 }, consumedStdin };
      const factors = primeFactors(n);
      text += `${n}:${factors.map((f) => ` ${f}`).join('')}\n`;
    }
    return { ...finished(text ? [stdout(text)] : []), consumedStdin };
  },
};
