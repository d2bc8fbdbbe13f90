// pflag v1.0.5's FlagUsagesWrapped: one line per visible flag, sorted by name, the usage column
// aligned one space past the longest "  -s, --name type" part, and the usage wrapped to `cols`
// (0: no wrapping) with pflag's own rules (orphan-word slop of 5, a block on its own lines when
// fewer than 24 columns are left). docker wraps to its terminal width minus one.

import { goQuote } from '../../go/quote';
import type { FlagKind, FlagSpec } from '../spec';
import { longName, shorthand } from './pflag';

/** pflag's UnquoteUsage type words (Value.Type(), renamed for help). */
const TYPE_WORDS: Record<FlagKind, string> = {
  bool: '',
  string: 'string',
  stringSlice: 'strings',
  stringArray: 'stringArray',
  int: 'int',
  int64: 'int',
  int32: 'int32',
  uint: 'uint',
  uint64: 'uint',
  uint16: 'uint16',
  float64: 'float',
  duration: 'duration',
};

/** The placeholder after the names: a `backquoted` word of the usage, or the type word. */
function unquote(flag: FlagSpec): { varname: string; usage: string } {
  const m = /`([^`]*)`/.exec(flag.usage);
  if (m) return { varname: m[1] ?? '', usage: flag.usage.replace(m[0], m[1] ?? '') };
  return { varname: flag.typeName ?? TYPE_WORDS[flag.kind], usage: flag.usage };
}

/** ` (default …)` unless the default is the zero value of the flag's type. */
function defaultSuffix(flag: FlagSpec): string {
  if (flag.defaultText !== undefined) return flag.defaultText === '' ? '' : ` (default ${flag.defaultText})`;
  const v = flag.value;
  switch (flag.kind) {
    case 'bool':
      return v === true ? ' (default true)' : '';
    case 'string':
      return typeof v === 'string' && v !== '' ? ` (default ${goQuote(v)})` : '';
    case 'stringSlice':
    case 'stringArray':
      return Array.isArray(v) && v.length > 0 ? ` (default [${v.join(',')}])` : '';
    case 'duration':
      return typeof v === 'string' && v !== '' && v !== '0s' && v !== '0' ? ` (default ${v})` : '';
    default:
      return typeof v === 'number' && v !== 0 ? ` (default ${v})` : '';
  }
}

/** pflag's wrapN: the first line of at most `i` bytes, breaking at the last blank before it. */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap: `s` broken to width `w`, continuation lines indented by `i`. */
export function pflagWrap(indent: number, w: number, s: string): string {
  let i = indent;
  if (w === 0) return s.replaceAll('\n', `\n${' '.repeat(i)}`);
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += `\n${' '.repeat(i)}`;
  }
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  const pad = ' '.repeat(i);
  let [line, rest] = wrapN(width, slop, s);
  r += line.replaceAll('\n', `\n${pad}`);
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    r += `\n${pad}${line.replaceAll('\n', `\n${pad}`)}`;
  }
  return r;
}

/** The flags block of cobra's help, one line per visible flag, each ending in a newline. */
export function flagUsages(flags: readonly FlagSpec[], cols = 0): string {
  const visible = flags.filter((f) => !f.hidden).sort((a, b) => (longName(a) < longName(b) ? -1 : longName(a) > longName(b) ? 1 : 0));
  const rows = visible.map((flag) => {
    const short = flag.shorthandDeprecated ? undefined : shorthand(flag);
    const { varname, usage } = unquote(flag);
    const head = `${short ? `  -${short}, --` : '      --'}${longName(flag)}${varname ? ` ${varname}` : ''}`;
    return { head, text: usage + defaultSuffix(flag) };
  });
  const maxlen = Math.max(0, ...rows.map((r) => r.head.length + 1));
  return rows
    .map(({ head, text }) => `${head} ${' '.repeat(maxlen - head.length)} ${pflagWrap(maxlen + 2, cols, text)}\n`)
    .join('');
}
