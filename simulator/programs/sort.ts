// busybox sort (coreutils/sort.c with FEATURE_SORT_BIG, 1.35 as Debian's busybox-static here).
// Lines compare whole with strcmp (C locale) unless keys say otherwise: -k START[.C][OPTS]
// [,END[.C][OPTS]] fields split on -t's character or, without -t, on runs of blanks that belong
// to the field after them. A key with flags of its own ignores the global ones (so `-k2,2n -r`
// does not reverse); equal keys fall back to the whole line unless -s or -u. -n is atof, -g
// strtod with non-numbers first, -f upper-cases, -b/-d/-i trim or filter the key, -M months.
// -u keeps the first of each run of equal keys, -c reports "Check line N", -o writes a file,
// -z splits on NUL. Errors exit 2. -V (strverscmp) is not simulated here.

import { getopt32, lastValue } from './getopt32';
import { finished, resolvePath, stderr, stdout, type OutputChunk, type Program } from './program';
import { inputLines, readTextInput } from './text-input';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

const USAGE =
  BUSYBOX_BANNER +
  'Usage: sort [-nrugMcszbdfiokt] [-o FILE] [-k START[.OFS][OPTS][,END[.OFS][OPTS]] [-t CHAR] [FILE]...\n\n' +
  'Sort lines of text\n\n' +
  '\t-o FILE\tOutput to FILE\n' +
  '\t-c\tCheck whether input is sorted\n' +
  '\t-b\tIgnore leading blanks\n' +
  '\t-f\tIgnore case\n' +
  '\t-i\tIgnore unprintable characters\n' +
  '\t-d\tDictionary order (blank or alphanumeric only)\n' +
  '\t-n\tSort numbers\n' +
  '\t-g\tGeneral numerical sort\n' +
  '\t-M\tSort month\n' +
  '\t-V\tSort version\n' +
  '\t-t CHAR\tField separator\n' +
  '\t-k N[,M] Sort by Nth field\n' +
  '\t-r\tReverse sort order\n' +
  "\t-s\tStable (don't sort ties alphabetically)\n" +
  '\t-u\tSuppress duplicate lines\n' +
  '\t-z\tNUL terminated input and output\n';

/** The flags a key may carry (sort.c's FLAG_allowed_for_k); `B` is -b after the comma: trailing blanks. */
const KEY_FLAGS = 'nrgMbdfiV';
/** Every option letter of sort.c's OPT_STR, for "unknown key option" vs "unknown sort type". */
const OPT_STR = 'ngMucszbrdfimVo:k:t:';

interface Key {
  /** Start field, start char, end field, end char (0: not given), 1-based as sort.c keeps them. */
  range: [number, number, number, number];
  flags: Set<string>;
}

class SortError extends Error {}

/** str2u: the digits of a field number, never 0. */
function fieldNumber(s: string, at: { i: number }): number {
  const digits = /^\d+/.exec(s.slice(at.i))?.[0];
  if (!digits || Number(digits) === 0 || Number(digits) > 0x7fffffff) throw new SortError('bad field specification');
  at.i += digits.length;
  return Number(digits);
}

function parseKey(spec: string): Key {
  const key: Key = { range: [0, 0, 0, 0], flags: new Set() };
  const at = { i: 0 };
  let side = 0;
  while (at.i < spec.length) {
    key.range[2 * side] = fieldNumber(spec, at);
    if (spec[at.i] === '.') {
      at.i++;
      key.range[2 * side + 1] = fieldNumber(spec, at);
    }
    while (at.i < spec.length) {
      const c = spec[at.i] ?? '';
      if (c === ',' && side === 0) {
        side = 1;
        at.i++;
        break;
      }
      if (c === ',' || !OPT_STR.includes(c) || c === ':') throw new SortError('unknown key option');
      if (!KEY_FLAGS.includes(c)) throw new SortError('unknown sort type');
      key.flags.add(side === 1 && c === 'b' ? 'B' : c);
      at.i++;
    }
  }
  return key;
}

const isSpace = (c: string | undefined) => c !== undefined && /^[ \t\n\v\f\r]$/.test(c);

/** get_key: the part of `line` a key compares, with -b/-B/-d/-i/-f applied. */
function keyText(line: string, key: Key, flags: Set<string>, separator: string | undefined): string {
  const [startField, startChar, endField, endChar] = key.range;
  const plain = startField === 1 && !startChar && !endField && !endChar;
  if (plain && !['b', 'd', 'f', 'i', 'B'].some((f) => flags.has(f))) return line;
  const len = line.length;
  let start = 0;
  let end = len;
  for (let j = 0; j < 2; j++) {
    const field = key.range[2 * j] ?? 0;
    if (!field) end = len;
    else {
      let ch = '';
      end = 0;
      for (let i = 1; i < field + j; i++) {
        if (separator !== undefined) {
          ch = '';
          while (end < len) {
            ch = line[end] ?? '';
            end++;
            if (ch === separator) break;
          }
          if (end >= len && ch !== separator) ch = '';
        } else {
          while (isSpace(line[end])) end++;
          while (end < len && !isSpace(line[end])) end++;
        }
      }
      // "abc:def:" => "abc:def": the separator after the end field is not the key's.
      if (j === 1 && ch !== '') end--;
    }
    if (j === 0) start = end;
  }
  if (flags.has('b')) while (isSpace(line[start])) start++;
  if (flags.has('B')) while (end > start && isSpace(line[end - 1])) end--;
  if (endChar) end = Math.min(endChar, len);
  if (startChar) start = Math.min(start + startChar - 1, len);
  if (end < start) end = start;
  let text = line.slice(start, end);
  if (flags.has('d')) text = [...text].filter((c) => /^[A-Za-z0-9 \t\n\v\f\r]$/.test(c)).join('');
  if (flags.has('i')) text = [...text].filter((c) => c >= ' ' && c <= '~').join('');
  if (flags.has('f')) text = text.replace(/[a-z]/g, (c) => c.toUpperCase());
  return text;
}

/** C's strcmp over the text's code units (bytes for ASCII). */
const strcmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The number strtod/atof reads at the start of `s` (leading blanks skipped), or NaN when none. */
function leadingNumber(s: string): number {
  const hex = /^[ \t\n\v\f\r]*([+-]?)0[xX]([0-9a-fA-F]+)/.exec(s);
  if (hex) return (hex[1] === '-' ? -1 : 1) * Number.parseInt(hex[2] ?? '0', 16);
  const m = /^[ \t\n\v\f\r]*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[+-]?(?:inf(?:inity)?|nan))/i.exec(s);
  if (!m?.[1]) return Number.NaN;
  const t = m[1].toLowerCase().replace('infinity', 'inf');
  if (t.endsWith('inf')) return t.startsWith('-') ? -Infinity : Infinity;
  return Number(t);
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const month = (s: string) => MONTHS.indexOf(s.trimStart().slice(0, 3).toUpperCase()) + 1;

function compareText(x: string, y: string, flags: Set<string>): number {
  if (flags.has('n')) {
    const dx = leadingNumber(x) || 0;
    const dy = leadingNumber(y) || 0;
    return dx > dy ? 1 : dx < dy ? -1 : 0;
  }
  if (flags.has('g')) {
    const dx = leadingNumber(x);
    const dy = leadingNumber(y);
    // Not numbers < NaN < -infinity < numbers < +infinity.
    const rank = (d: number, s: string) => (/^[ \t]*[+-]?nan/i.test(s) ? 1 : Number.isNaN(d) ? 0 : 2);
    const rx = rank(dx, x);
    const ry = rank(dy, y);
    if (rx !== 2 || ry !== 2) return rx - ry;
    return dx > dy ? 1 : dx < dy ? -1 : 0;
  }
  if (flags.has('M')) return month(x) - month(y);
  return strcmp(x, y);
}

export const sortProgram: Program = {
  name: 'sort',
  run(ctx) {
    if (ctx.argv[1] === '--help') return finished([stderr(USAGE)], 0);
    const parsed = getopt32(ctx.argv.slice(1), 'ngMucszbrdfimVSo:k:t:T:');
    if (!parsed.ok) return finished([stderr(`sort: ${parsed.error}\n${USAGE}`)], 2);
    const global = new Set([...parsed.opts.keys()].filter((c) => KEY_FLAGS.includes(c)));
    if (global.has('V')) return finished([stderr('sort: -V (version order) is not simulated here (ctrlab simulates sort -n -g -M -f -r -u -k -t)\n')], 2);
    const separatorText = lastValue(parsed, 't');
    if (separatorText !== undefined && separatorText.length !== 1) return finished([stderr('sort: bad -t parameter\n')], 2);
    let keys: Key[];
    try {
      keys = (parsed.opts.get('k') ?? []).map(parseKey);
    } catch (err) {
      if (!(err instanceof SortError)) throw err;
      return finished([stderr(`sort: ${err.message}\n`)], 2);
    }
    if (keys.some((k) => k.flags.has('V'))) return finished([stderr('sort: -V (version order) is not simulated here (ctrlab simulates sort -n -g -M -f -r -u -k -t)\n')], 2);
    if (keys.length === 0) keys = [{ range: [1, 0, 0, 0], flags: new Set() }];
    const input = readTextInput(ctx, 'sort', parsed.operands);
    // xfopen_stdin dies at the first file it cannot open.
    const missing = input.errors[0];
    if (missing !== undefined) return finished([stderr(missing)], 2);
    if (input.waitsOnStdin) return { out: [], consumedStdin: ctx.stdin !== undefined };
    const nul = parsed.opts.has('z');
    const lines = input.texts.flatMap((t) => inputLines(t, nul ? '\0' : '\n'));
    const compare = (a: string, b: string, tieBreak: boolean): number => {
      let result = 0;
      let flags = global;
      for (const key of keys) {
        flags = key.flags.size > 0 ? key.flags : global;
        result = compareText(keyText(a, key, flags, separatorText), keyText(b, key, flags, separatorText), flags);
        if (result !== 0) break;
      }
      if (result === 0 && tieBreak) {
        result = strcmp(a, b);
        flags = global;
      }
      return flags.has('r') ? -result : result;
    };
    const tieBreak = !parsed.opts.has('s') && !parsed.opts.has('u');
    const end = nul ? '\0' : '\n';
    if (parsed.opts.has('c')) {
      const limit = parsed.opts.has('u') ? -1 : 0;
      for (let i = 1; i < lines.length; i++) {
        if (compare(lines[i - 1] ?? '', lines[i] ?? '', tieBreak) > limit) return { ...finished([stderr(`Check line ${i}\n`)], 1), consumedStdin: input.readStdin };
      }
      return { ...finished([]), consumedStdin: input.readStdin };
    }
    // The sort itself still breaks ties by the whole line under -u (sort.c sets no-tie-break after it).
    let sorted = [...lines].sort((a, b) => compare(a, b, !parsed.opts.has('s')));
    if (parsed.opts.has('u')) {
      // Each line is held against the last one kept, without the whole-line tie-break.
      const kept: string[] = [];
      for (const line of sorted) if (kept.length === 0 || compare(kept[kept.length - 1] ?? '', line, false) !== 0) kept.push(line);
      sorted = kept;
    }
    const text = sorted.map((l) => l + end).join('');
    const out: OutputChunk[] = [];
    const target = lastValue(parsed, 'o');
    if (target !== undefined) {
      const path = resolvePath(ctx.cwd, target);
      if (!ctx.fs.write?.(path, { kind: 'file', mode: 0o644, content: text, mtime: Math.floor(ctx.nowMs / 1000) }, ctx.nowMs)) {
        return { ...finished([stderr(`sort: can't open '${target}': Read-only file system\n`)], 2), consumedStdin: input.readStdin };
      }
    } else if (text) out.push(stdout(text));
    return { out, exit: { afterMs: 0, code: 0 }, consumedStdin: input.readStdin };
  },
};
