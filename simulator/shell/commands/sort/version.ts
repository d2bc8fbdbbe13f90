// -V: gnulib's filenvercmp as coreutils 9.1 ships it (lib/filevercmp.c, the 2022 rewrite that
// NEWS for 9.1 announces): "." and ".." first, then other dot names, then the rest; a trailing
// run of suffixes like ".tar.gz" is compared only when the names tie without it; digits compare
// as numbers and '~' sorts before everything, even the end of the name.

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The length of s without its suffix matching (\.[A-Za-z~][A-Za-z0-9~]*)*$ (never all of s). */
function prefixLength(s: string): number {
  const n = s.length;
  let prefix = 0;
  let i = 0;
  while (i < n) {
    i++;
    prefix = i;
    while (i + 1 < n && s[i] === '.' && (isAlpha(s.charCodeAt(i + 1)) || s[i + 1] === '~')) {
      i += 2;
      while (i < n && (isAlpha(s.charCodeAt(i)) || isDigit(s.charCodeAt(i)) || s[i] === '~')) i++;
    }
  }
  return prefix;
}

/** A byte's weight outside digit runs: the end < '~' < (digits) < letters < everything else. */
function order(s: string, pos: number, len: number): number {
  if (pos === len) return -1;
  const c = s.charCodeAt(pos);
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 0x7e) return -2;
  return c + 256;
}

/** Debian's verrevcmp over the first alen bytes of a and blen bytes of b. */
function verrevcmp(a: string, alen: number, b: string, blen: number): number {
  let i = 0;
  let j = 0;
  while (i < alen || j < blen) {
    let firstDiff = 0;
    while ((i < alen && !isDigit(a.charCodeAt(i))) || (j < blen && !isDigit(b.charCodeAt(j)))) {
      const ac = order(a, i, alen);
      const bc = order(b, j, blen);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (i < alen && a[i] === '0') i++;
    while (j < blen && b[j] === '0') j++;
    while (i < alen && j < blen && isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      if (firstDiff === 0) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < alen && isDigit(a.charCodeAt(i))) return 1;
    if (j < blen && isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff !== 0) return firstDiff;
  }
  return 0;
}

export function versionCompare(a: string, b: string): number {
  if (a === '') return b === '' ? 0 : -1;
  if (b === '') return 1;
  if (a[0] === '.') {
    if (b[0] !== '.') return -1;
    if (a === '.') return b === '.' ? 0 : -1;
    if (b === '.') return 1;
    if (a === '..') return b === '..' ? 0 : -1;
    if (b === '..') return 1;
  } else if (b[0] === '.') return 1;
  const ap = prefixLength(a);
  const bp = prefixLength(b);
  const result = verrevcmp(a, ap, b, bp);
  if (result !== 0 || (ap === a.length && bp === b.length)) return result;
  return verrevcmp(a, a.length, b, b.length);
}
