// Field splitting on $IFS (POSIX 2.6.5, busybox ash's ifsbreakup): IFS white space (space, tab,
// newline that are in IFS) gathers into one delimiter and is trimmed at the ends; every other
// IFS character ends a field on its own, so `a::b` with IFS=: gives a, an empty field, b, and
// a leading `:` an empty first field (a trailing one makes none). `read` splits the same way,
// its last name taking the rest of the line (ash's shell/shell_common.c shell_builtin_read).

/** The IFS a shell uses: its value, or space-tab-newline when unset. */
export function ifsOf(vars: Record<string, string | undefined>): string {
  return vars.IFS ?? ' \t\n';
}

function isIfsWhite(c: string, ifs: string): boolean {
  return (c === ' ' || c === '\t' || c === '\n') && ifs.includes(c);
}

/** One piece of a split value and how it ended: `hard` when a non-white IFS character ended it. */
export interface IfsPiece {
  text: string;
  /** The piece ended at a delimiter (the last piece of a value ends at its end instead). */
  ended: boolean;
  hard: boolean;
}

/** Splits `value` into pieces at IFS delimiters; the caller joins the first and last with its neighbours. */
export function ifsPieces(value: string, ifs: string): IfsPiece[] {
  const delimiter = delimiterPattern(ifs);
  if (!delimiter) return [{ text: value, ended: false, hard: false }];
  // A RegExp over the whole value: a shell's values can be megabytes long (sh.test.ts memory).
  const pieces: IfsPiece[] = [];
  let last = 0;
  for (const m of value.matchAll(delimiter)) {
    pieces.push({ text: value.slice(last, m.index), ended: true, hard: m[1] !== undefined });
    last = m.index + m[0].length;
  }
  pieces.push({ text: value.slice(last), ended: false, hard: false });
  return pieces;
}

/** One delimiter: IFS white space around at most one other IFS character (captured), or white space alone. */
function delimiterPattern(ifs: string): RegExp | undefined {
  if (ifs === '') return undefined;
  const escape = (chars: string[]): string => chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const white = escape([...ifs].filter((c) => isIfsWhite(c, ifs)));
  const other = escape([...ifs].filter((c) => !isIfsWhite(c, ifs)));
  const w = white === '' ? '' : `[${white}]*`;
  const alternatives = [other === '' ? undefined : `${w}([${other}])${w}`, white === '' ? undefined : `[${white}]+`].filter((a) => a !== undefined);
  return new RegExp(alternatives.join('|'), 'g');
}

/** `read`'s split of one line into `count` values: the last takes the rest, trimmed as ash trims it. */
export function readFields(line: string, ifs: string, count: number): string[] {
  let rest = line;
  const skipWhite = (s: string): string => {
    let k = 0;
    while (k < s.length && isIfsWhite(s[k] ?? '', ifs)) k++;
    return s.slice(k);
  };
  rest = skipWhite(rest);
  const values: string[] = [];
  for (let n = 0; n < count - 1; n++) {
    const pieces = ifsPieces(rest, ifs);
    const first = pieces[0] as IfsPiece;
    values.push(first.text);
    if (!first.ended) {
      rest = '';
      continue;
    }
    // What follows the first piece and its delimiter.
    const consumed = consumedLength(rest, ifs);
    rest = rest.slice(consumed);
  }
  // The last name: trailing IFS white space goes, and one trailing delimiter after a lone field.
  let last = rest;
  while (last.length > 0 && isIfsWhite(last[last.length - 1] ?? '', ifs)) last = last.slice(0, -1);
  const pieces = ifsPieces(last, ifs);
  if (pieces.length === 2 && pieces[0]?.hard && pieces[1]?.text === '') last = pieces[0].text;
  values.push(last);
  return values;
}

/** Length of the first field of `s` and the delimiter after it. */
function consumedLength(s: string, ifs: string): number {
  let i = 0;
  while (i < s.length && !ifs.includes(s[i] ?? '')) i++;
  while (i < s.length && isIfsWhite(s[i] ?? '', ifs)) i++;
  if (i < s.length && ifs.includes(s[i] ?? '') && !isIfsWhite(s[i] ?? '', ifs)) {
    // A hard delimiter right after the field (possibly after white space) belongs to it.
    i++;
    while (i < s.length && isIfsWhite(s[i] ?? '', ifs)) i++;
  }
  return i;
}
