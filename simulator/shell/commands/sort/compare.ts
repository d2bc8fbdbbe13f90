// How GNU sort 9.1 orders two lines (keycompare and compare in coreutils' src/sort.c): each
// key in turn, and when all keys tie, the whole lines byte by byte (C.UTF-8 collates by code
// point, which for UTF-8 is byte order) unless -s or -u asked for no last resort. -r reverses
// that last comparison too; a key's own r reverses only the key.

import { type SortKey, foldUpper, ignored, keyLimit, keyStart } from './key';
import { generalNumericCompare, humanCompare, monthCompare, numericCompare } from './numbers';
import { versionCompare } from './version';

export interface Ordering {
  /** The keys in command-line order; empty: whole lines, byte by byte. */
  keys: readonly SortKey[];
  /** -r: reverses the last-resort comparison (keys carry their own flag). */
  reverse: boolean;
  /** -u or -s: lines whose keys tie are equal (no last resort). */
  noLastResort: boolean;
  /** -t's byte; undefined: fields are runs of blanks then non-blanks. */
  tab?: string;
  /** -R's salt: the same salt gives the same shuffle. */
  salt: number;
}

function byteCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The key's bytes with -d/-i's bytes dropped and -f's folding applied. */
function transformed(text: string, key: SortKey): string {
  if (!key.ignore && !key.translate) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (key.ignore && ignored(key.ignore, c)) continue;
    out += String.fromCharCode(key.translate ? foldUpper(c) : c);
  }
  return out;
}

/** A salted 53-bit hash (cyrb53) standing in for sort's salted MD5 of a -R key. */
function saltedHash(text: string, salt: number): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function compareKeyText(a: string, b: string, key: SortKey, salt: number): number {
  if (key.numeric) return numericCompare(a, b);
  if (key.generalNumeric) return generalNumericCompare(a, b);
  if (key.humanNumeric) return humanCompare(a, b);
  if (key.month) return monthCompare(a, b);
  if (key.random) return byteCompare(saltedHash(a, salt).toString(36), saltedHash(b, salt).toString(36)) || byteCompare(a, b);
  if (key.version) return versionCompare(a, b);
  return byteCompare(a, b);
}

/** A line with its keys' bytes worked out once, as sort's buffer keeps the first key's bounds. */
export interface SortLine {
  text: string;
  keys: string[];
}

const NO_KEYS: string[] = [];

export function prepareLine(text: string, o: Ordering): SortLine {
  if (o.keys.length === 0) return { text, keys: NO_KEYS };
  const keys: string[] = [];
  for (const key of o.keys) {
    const start = keyStart(text, key, o.tab);
    const limit = Math.max(start, keyLimit(text, key, o.tab));
    keys.push(transformed(text.slice(start, limit), key));
  }
  return { text, keys };
}

/** The order of two prepared lines: negative, zero or positive. */
export function compareLines(a: SortLine, b: SortLine, o: Ordering): number {
  for (let k = 0; k < o.keys.length; k++) {
    const key = o.keys[k] as SortKey;
    const diff = compareKeyText(a.keys[k] as string, b.keys[k] as string, key, o.salt);
    if (diff !== 0) return key.reverse ? -diff : diff;
  }
  if (o.keys.length > 0 && o.noLastResort) return 0;
  const diff = byteCompare(a.text, b.text);
  return o.reverse ? -diff : diff;
}
