// How `docker images <pattern>` and `-f reference=<pattern>` pick references (moby 20.10
// daemon/images/images.go over distribution's reference.FamiliarMatch): Go's path.Match of the
// pattern against the familiar string (`busybox:1.36`), else against the familiar name
// (`busybox`). path.Match (Go 1.19 src/path/match.go): `*` is any run of characters but `/`,
// `?` one character but `/`, `[…]`/`[^…]` a class of characters and ranges, `\` quotes the next
// one; a malformed pattern is ErrBadPattern whatever the name.

import { familiarName } from './familiar-name';

/** Go's path.ErrBadPattern text. */
export const BAD_PATTERN = 'syntax error in pattern';

type Token = { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[number, number]> };

class BadPattern extends Error {
  constructor() {
    super(BAD_PATTERN);
    this.name = 'BadPattern';
  }
}

/** One character of a class (getEsc): `\` quotes; `-` or `]` unquoted, or the end, is malformed. */
function classChar(chars: readonly string[], i: number): [number, number] {
  let at = i;
  const first = chars[at];
  if (first === undefined || first === '-' || first === ']') throw new BadPattern();
  if (first === '\\') at++;
  const c = chars[at];
  if (c === undefined) throw new BadPattern();
  // The class must go on after this character (its `]` at least).
  if (at + 1 >= chars.length) throw new BadPattern();
  return [c.codePointAt(0) ?? 0, at + 1];
}

function tokenize(pattern: string): Token[] {
  const chars = Array.from(pattern);
  const out: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as string;
    if (c === '*') {
      out.push({ kind: 'star' });
      i++;
    } else if (c === '?') {
      out.push({ kind: 'any' });
      i++;
    } else if (c === '\\') {
      const next = chars[i + 1];
      if (next === undefined) throw new BadPattern();
      out.push({ kind: 'char', c: next });
      i += 2;
    } else if (c === '[') {
      i++;
      const negated = chars[i] === '^';
      if (negated) i++;
      const ranges: Array<[number, number]> = [];
      // A `]` closes the class only after its first range (`[]a]` is malformed, not `]` or `a`).
      while (!(chars[i] === ']' && ranges.length > 0)) {
        const [lo, afterLo] = classChar(chars, i);
        let hi = lo;
        i = afterLo;
        if (chars[i] === '-') [hi, i] = classChar(chars, i + 1);
        ranges.push([lo, hi]);
      }
      i++;
      out.push({ kind: 'class', negated, ranges });
    } else {
      out.push({ kind: 'char', c });
      i++;
    }
  }
  return out;
}

function matchesOne(t: Token, c: string): boolean {
  if (t.kind === 'char') return t.c === c;
  if (t.kind === 'any') return c !== '/';
  if (t.kind === 'star') return false;
  const code = c.codePointAt(0) ?? 0;
  return t.ranges.some(([lo, hi]) => lo <= code && code <= hi) !== t.negated;
}

/** path.Match: does the whole `name` match? Throws Error(BAD_PATTERN) for a malformed pattern. */
export function pathMatch(pattern: string, name: string): boolean {
  const tokens = tokenize(pattern);
  const chars = Array.from(name);
  // at[j]: can tokens[0..k) match chars[0..j)? One row per token (stars never cross `/`).
  let at = chars.map(() => false);
  at.push(false);
  at[0] = true;
  for (const t of tokens) {
    const next = at.map(() => false);
    for (let j = 0; j <= chars.length; j++) {
      if (t.kind === 'star') next[j] = (at[j] ?? false) || (j > 0 && (next[j - 1] ?? false) && chars[j - 1] !== '/');
      else next[j] = j > 0 && (at[j - 1] ?? false) && matchesOne(t, chars[j - 1] as string);
    }
    at = next;
  }
  return at[chars.length] ?? false;
}

/**
 * reference.FamiliarMatch for a normalised reference (`docker.io/library/busybox:1.36`,
 * `docker.io/library/busybox@sha256:…`): the familiar string first, then the familiar name.
 */
export function familiarMatch(pattern: string, reference: string): boolean {
  const familiar = familiarName(reference);
  if (pathMatch(pattern, familiar)) return true;
  const nameEnd = familiar.search(/@|:(?=[^/]*$)/);
  return nameEnd >= 0 && pathMatch(pattern, familiar.slice(0, nameEnd));
}
