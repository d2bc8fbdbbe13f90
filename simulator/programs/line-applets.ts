// Small busybox 1.35 applets a learner pipes through inside a container (Debian's busybox-static
// answers): seq [-w] [-s SEP] [FIRST [INC]] LAST with the decimals of its widest operand;
// basename and dirname; uniq [-cdu] over adjacent lines; rev of each line. A bad number or a
// missing operand prints the applet's usage and fails, as busybox's bb_show_usage does.

import { getopt32, lastValue } from './getopt32';
import { finished, stderr, stdout, type Program, type ProgramRun } from './program';
import { inputLines, readTextInput } from './text-input';
import { showUsage } from './applets/busybox-usage';

const USAGES: Record<string, string> = {
  seq:
    'Usage: seq [-w] [-s SEP] [FIRST [INC]] LAST\n\nPrint numbers from FIRST to LAST, in steps of INC.\nFIRST, INC default to 1.\n\n' +
    '\t-w\tPad to last with leading zeros\n\t-s SEP\tString separator\n',
  basename:
    'Usage: basename FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...\n\nStrip directory path and SUFFIX from FILE\n\n' +
    '\t-a\t\tAll arguments are FILEs\n\t-s SUFFIX\tRemove SUFFIX (implies -a)\n',
  dirname: 'Usage: dirname FILENAME\n\nStrip non-directory suffix from FILENAME\n',
  uniq:
    'Usage: uniq [-cduiz] [-f,s,w N] [FILE [OUTFILE]]\n\nDiscard duplicate lines\n\n' +
    '\t-c\tPrefix lines by the number of occurrences\n\t-d\tOnly print duplicate lines\n\t-u\tOnly print unique lines\n' +
    '\t-i\tIgnore case\n\t-z\tNUL terminated output\n\t-f N\tSkip first N fields\n' +
    '\t-s N\tSkip first N chars (after any skipped fields)\n\t-w N\tCompare N characters in line\n',
  rev: 'Usage: rev [FILE]...\n\nReverse lines of FILE\n',
};

function usage(name: string, error?: string): ProgramRun {
  return showUsage(name, USAGES[name] ?? '', error || undefined);
}

const decimals = (text: string): number => (text.includes('.') ? text.length - text.indexOf('.') - 1 : 0);

export const seqProgram: Program = {
  name: 'seq',
  run(ctx) {
    // getopt32 "+ws:": options end at the first operand, so `seq 5 -1 1` counts down.
    const args = ctx.argv.slice(1);
    let end = 0;
    while (end < args.length && (args[end] ?? '').startsWith('-') && args[end] !== '-') end += args[end] === '-s' ? 2 : 1;
    const parsed = getopt32(args.slice(0, end), 'ws:');
    if (!parsed.ok) return usage('seq', parsed.error);
    const ops = [...parsed.operands, ...args.slice(end)];
    if (ops.length < 1 || ops.length > 3 || ops.some((o) => !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(o))) return usage('seq');
    const [first, inc, last] = ops.length === 1 ? ['1', '1', ops[0] ?? ''] : ops.length === 2 ? [ops[0] ?? '', '1', ops[1] ?? ''] : [ops[0] ?? '', ops[1] ?? '', ops[2] ?? ''];
    const precision = Math.max(decimals(first), decimals(inc));
    const [from, step, to] = [Number(first), Number(inc), Number(last)];
    const width = parsed.opts.has('w') ? Math.max(from.toFixed(precision).length, to.toFixed(precision).length) : 0;
    const out: string[] = [];
    // seq.c counts steps from FIRST (v = first + n * inc) so decimals do not drift.
    for (let n = 0; step !== 0 && out.length < 100_000; n++) {
      const v = from + n * step;
      if (step > 0 ? v > to : v < to) break;
      const text = v.toFixed(precision);
      out.push(width ? (text.startsWith('-') ? `-${text.slice(1).padStart(width - 1, '0')}` : text.padStart(width, '0')) : text);
    }
    return finished(out.length ? [stdout(`${out.join(lastValue(parsed, 's') ?? '\n')}\n`)] : []);
  },
};

/** POSIX basename without the suffix step: trailing slashes off, the last component. */
function baseOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path === '' ? '' : '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export const basenameProgram: Program = {
  name: 'basename',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'as:');
    if (!parsed.ok) return usage('basename', parsed.error);
    const suffixFlag = lastValue(parsed, 's');
    const many = parsed.opts.has('a') || suffixFlag !== undefined;
    const ops = parsed.operands;
    if (ops.length === 0 || (!many && ops.length > 2)) return usage('basename');
    const names = many ? ops : [ops[0] ?? ''];
    const suffix = many ? suffixFlag : ops[1];
    const strip = (b: string) => (suffix && b !== suffix && b.endsWith(suffix) ? b.slice(0, -suffix.length) : b);
    return finished([stdout(names.map((n) => `${strip(baseOf(n))}\n`).join(''))]);
  },
};

export const dirnameProgram: Program = {
  name: 'dirname',
  run(ctx) {
    const ops = ctx.argv.slice(1);
    if (ops.length !== 1) return usage('dirname');
    const trimmed = (ops[0] ?? '').replace(/\/+$/, '');
    if (trimmed === '') return finished([stdout((ops[0] ?? '') === '' ? '.\n' : '/\n')]);
    const cut = trimmed.lastIndexOf('/');
    const dir = cut < 0 ? '.' : trimmed.slice(0, cut).replace(/\/+$/, '') || '/';
    return finished([stdout(`${dir}\n`)]);
  },
};

export const uniqProgram: Program = {
  name: 'uniq',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'cduiz');
    if (!parsed.ok) return usage('uniq', parsed.error);
    if (parsed.operands.length > 2) return usage('uniq');
    const input = readTextInput(ctx, 'uniq', parsed.operands.slice(0, 1));
    // uniq opens its FILE with xfopen_input: `can't open 'F': …` (uniq.c).
    const file = parsed.operands[0];
    if (input.errors.length) return finished([stderr(`uniq: can't open '${file}': No such file or directory\n`)], 1);
    if (input.waitsOnStdin) return { out: [], consumedStdin: ctx.stdin !== undefined };
    const fold = parsed.opts.has('i') ? (s: string) => s.toLowerCase() : (s: string) => s;
    const groups: Array<{ line: string; count: number }> = [];
    for (const line of inputLines(input.texts.join(''))) {
      const last = groups.at(-1);
      if (last && fold(last.line) === fold(line)) last.count++;
      else groups.push({ line, count: 1 });
    }
    const kept = groups.filter((g) => (!parsed.opts.has('d') || g.count > 1) && (!parsed.opts.has('u') || g.count === 1));
    const text = kept.map((g) => `${parsed.opts.has('c') ? `${String(g.count).padStart(7)} ` : ''}${g.line}\n`).join('');
    return { ...finished(text ? [stdout(text)] : []), consumedStdin: input.readStdin };
  },
};

export const revProgram: Program = {
  name: 'rev',
  run(ctx) {
    const input = readTextInput(ctx, 'rev', ctx.argv.slice(1));
    if (input.waitsOnStdin) return { out: [], consumedStdin: ctx.stdin !== undefined };
    const out = input.texts.map((t) => t.split('\n').map((l) => [...l].reverse().join('')).join('\n'));
    const text = out.join('');
    const chunks = [...(text ? [stdout(text)] : []), ...(input.errors.length ? [stderr(input.errors.join(''))] : [])];
    return { ...finished(chunks, input.errors.length ? 1 : 0), consumedStdin: input.readStdin };
  },
};
