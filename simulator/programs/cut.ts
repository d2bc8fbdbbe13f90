// busybox cut (coreutils/cut.c, 1.35 as Debian's busybox-static here): -b/-c LIST picks byte or
// character positions, -f LIST fields split on -d's first character (TAB by default) and joined
// with -O's (or -d's); a line without the delimiter prints whole unless -s. LIST is N, N-, N-M,
// -M joined by commas; position 0 is taken as 1, and an end before its start dies "E<S" with E
// as given and S counted from 0, as cut.c compares them. Positions print once each, in
// ascending order (the lists are sorted unless -D). -F (regex fields) is not simulated here.

import { getopt32, lastValue } from './getopt32';
import { finished, stderr, stdout, type OutputChunk, type Program } from './program';
import { inputLines, readTextInput } from './text-input';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

const USAGE =
  BUSYBOX_BANNER + 'Usage: cut [OPTIONS] [FILE]...\n\n' +
  'Print selected fields from FILEs to stdout\n\n' +
  '\t-b LIST\tOutput only bytes from LIST\n' +
  '\t-c LIST\tOutput only characters from LIST\n' +
  '\t-d SEP\tField delimiter for input (default -f TAB, -F run of whitespace)\n' +
  '\t-O SEP\tField delimiter for output (default = -d for -f, one space for -F)\n' +
  "\t-D\tDon't sort/collate sections or match -fF lines without delimiter\n" +
  '\t-f LIST\tPrint only these fields (-d is single char)\n' +
  '\t-F LIST\tPrint only these fields (-d is regex)\n' +
  '\t-s\tOutput only lines containing delimiter\n' +
  '\t-n\tIgnored\n';

/** Past the end of any line (cut.c's EOL). */
const EOL = Number.MAX_SAFE_INTEGER;

interface Range {
  start: number;
  end: number;
}

/** xatoi_positive: decimal digits only. */
function positive(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** The LIST as 0-based ranges, or the message cut dies with. */
function parseList(list: string, sorted: boolean): Range[] | string {
  const ranges: Range[] = [];
  for (const part of list.split(',')) {
    if (part === '') continue;
    const dash = part.indexOf('-');
    const first = dash < 0 ? part : part.slice(0, dash);
    const rest = dash < 0 ? undefined : part.slice(dash + 1);
    let start = 0;
    if (first !== '') {
      const n = positive(first);
      if (n === undefined) return `invalid number '${first}'`;
      start = n === 0 ? 0 : n - 1;
    }
    let end = start;
    if (rest === '') end = EOL;
    else if (rest !== undefined) {
      const n = positive(rest);
      if (n === undefined) return `invalid number '${rest}'`;
      if (n < start) return `${n}<${start}`;
      end = n - 1;
    }
    ranges.push({ start, end });
  }
  if (ranges.length === 0) return 'missing list of positions';
  return sorted ? ranges.sort((a, b) => a.start - b.start) : ranges;
}

/**
 * The picked indexes of `count` items: once each, in ascending order (list order with -D). A
 * character range's start is taken before its end is looked at (cut.c's loop), so `-c2-1` still
 * gives 2; a field range is checked first (`-f2-1` gives none).
 */
function picked(ranges: readonly Range[], count: number, sorted: boolean, startFirst: boolean): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const r of ranges) {
    for (let i = r.start; i < count; i++) {
      if (!startFirst && i > r.end) break;
      if (!seen.has(i)) {
        seen.add(i);
        out.push(i);
      }
      if (i + 1 > r.end) break;
    }
  }
  return sorted ? out.sort((a, b) => a - b) : out;
}

export const cutProgram: Program = {
  name: 'cut',
  run(ctx) {
    if (ctx.argv[1] === '--help') return finished([stderr(USAGE)], 0);
    const parsed = getopt32(ctx.argv.slice(1), 'b:c:d:O:DsF:f:n');
    if (!parsed.ok) return finished([stderr(`cut: ${parsed.error}\n${USAGE}`)], 1);
    const modes = ['b', 'c', 'f', 'F'].filter((m) => parsed.opts.has(m));
    if (modes.length === 0) return finished([stderr('cut: expected a list of bytes, characters, or fields\n')], 1);
    // getopt32's complementary rule (-b, -c, -f and -F exclude each other) shows the usage.
    if (modes.length > 1) return finished([stderr(USAGE)], 1);
    const mode = modes[0] ?? 'f';
    if (mode === 'F') return finished([stderr('cut: -F (fields split by a regular expression) is not simulated here (ctrlab simulates cut -b, -c, -f)\n')], 1);
    const delimiter = lastValue(parsed, 'd');
    if (mode !== 'f' && parsed.opts.has('s')) return finished([stderr('cut: suppressing non-delimited lines makes sense only when operating on fields\n')], 1);
    if (mode !== 'f' && delimiter !== undefined) return finished([stderr('cut: a delimiter may be specified only when operating on fields\n')], 1);
    const sorted = !parsed.opts.has('D');
    const ranges = parseList(lastValue(parsed, mode) ?? '', sorted);
    if (typeof ranges === 'string') return finished([stderr(`cut: ${ranges}\n`)], 1);
    const delim = delimiter === undefined ? '\t' : (delimiter[0] ?? '\0');
    const outDelim = lastValue(parsed, 'O') ?? delim;
    const input = readTextInput(ctx, 'cut', parsed.operands);
    let text = '';
    for (const chunk of input.texts) {
      for (const line of inputLines(chunk)) {
        if (mode !== 'f') {
          text += `${picked(ranges, line.length, sorted, true).map((i) => line[i]).join('')}\n`;
          continue;
        }
        if (!line.includes(delim)) {
          if (!parsed.opts.has('s')) text += `${line}\n`;
          continue;
        }
        const fields = line.split(delim);
        text += `${picked(ranges, fields.length, sorted, false).map((i) => fields[i]).join(outDelim)}\n`;
      }
    }
    const out: OutputChunk[] = [];
    if (text) out.push(stdout(text));
    for (const e of input.errors) out.push(stderr(e));
    if (input.waitsOnStdin) return { out, consumedStdin: ctx.stdin !== undefined };
    return { out, exit: { afterMs: 0, code: input.errors.length > 0 ? 1 : 0 }, consumedStdin: input.readStdin };
  },
};
