// A sort key as GNU sort 9.1 holds it (struct keyfield in coreutils' src/sort.c), and where a
// key starts and ends in a line (begfield, limfield there). Lines are byte strings (one char a
// byte, as the shell's pipes carry them): under C.UTF-8 every character class sort consults is
// the C library's for a single byte, so a byte ≥ 0x80 is never blank, printable or alphanumeric.

/** Which bytes a key drops before comparing: -d keeps blanks and alphanumerics, -i printables. */
export type IgnoreSet = 'nondictionary' | 'nonprinting';

export interface SortKey {
  /** Fields skipped before the key starts (0-based); null: the key starts at the line's start. */
  sword: number | null;
  /** Bytes skipped after that (0-based). */
  schar: number;
  /** The field the key ends in (0-based); null: the key runs to the end of the line. */
  eword: number | null;
  /** The byte the key ends at inside that field (1-based); 0: the field's end. */
  echar: number;
  skipsblanks: boolean;
  skipeblanks: boolean;
  ignore?: IgnoreSet;
  /** -f: fold lower case to upper case. */
  translate: boolean;
  numeric: boolean;
  generalNumeric: boolean;
  humanNumeric: boolean;
  month: boolean;
  random: boolean;
  version: boolean;
  reverse: boolean;
}

export function newKey(): SortKey {
  return {
    sword: 0, schar: 0, eword: null, echar: 0, skipsblanks: false, skipeblanks: false, translate: false,
    numeric: false, generalNumeric: false, humanNumeric: false, month: false, random: false, version: false,
    reverse: false,
  };
}

/** Field separators when no -t is given: blanks and newline (field_sep in sort.c). */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether -d or -i drops byte `c`. */
export function ignored(set: IgnoreSet, c: number): boolean {
  return set === 'nonprinting' ? c < 0x20 || c > 0x7e : !isAlnum(c) && !isBlank(c);
}

/** -f's table: ASCII lower case to upper case, every other byte unchanged. */
export function foldUpper(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
}

/** True when the key has no ordering option of its own, so it takes the global ones. */
export function defaultKeyCompare(key: SortKey): boolean {
  return !(key.ignore || key.translate || key.skipsblanks || key.skipeblanks || key.numeric || key.generalNumeric
    || key.humanNumeric || key.month || key.version || key.random);
}

/** Where the key starts in `line` (begfield): `tab` is -t's byte, undefined for blank runs. */
export function keyStart(line: string, key: SortKey, tab: string | undefined): number {
  const lim = line.length;
  let ptr = 0;
  let sword = key.sword ?? 0;
  if (tab !== undefined) {
    while (ptr < lim && sword-- > 0) {
      while (ptr < lim && line[ptr] !== tab) ptr++;
      if (ptr < lim) ptr++;
    }
  } else {
    while (ptr < lim && sword-- > 0) {
      while (ptr < lim && isBlank(line.charCodeAt(ptr))) ptr++;
      while (ptr < lim && !isBlank(line.charCodeAt(ptr))) ptr++;
    }
  }
  if (key.skipsblanks) while (ptr < lim && isBlank(line.charCodeAt(ptr))) ptr++;
  return Math.min(lim, ptr + (key.sword === null ? 0 : key.schar));
}

/** Where the key ends in `line` (limfield): one past its last byte. */
export function keyLimit(line: string, key: SortKey, tab: string | undefined): number {
  const lim = line.length;
  if (key.eword === null) return lim;
  let ptr = 0;
  let eword = key.eword + (key.echar === 0 ? 1 : 0);
  const echar = key.echar;
  if (tab !== undefined) {
    while (ptr < lim && eword-- > 0) {
      while (ptr < lim && line[ptr] !== tab) ptr++;
      if (ptr < lim && (eword > 0 || echar > 0)) ptr++;
    }
  } else {
    while (ptr < lim && eword-- > 0) {
      while (ptr < lim && isBlank(line.charCodeAt(ptr))) ptr++;
      while (ptr < lim && !isBlank(line.charCodeAt(ptr))) ptr++;
    }
  }
  if (echar !== 0) {
    if (key.skipeblanks) while (ptr < lim && isBlank(line.charCodeAt(ptr))) ptr++;
    ptr = Math.min(lim, ptr + echar);
  }
  return ptr;
}
