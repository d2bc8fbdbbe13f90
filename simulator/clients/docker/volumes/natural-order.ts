// The order docker/cli 20.10 sorts `volume ls` and `network ls` rows in (fvbommel/sortorder
// NaturalLess, used by cli/command/volume/list.go and network/list.go): runs of digits compare
// as numbers (leading zeros ignored; equal numbers: fewer zeros first), digits before other
// characters, everything else bytewise. A real 20.10.24 listed `7e95…` before `22ec…`.

const isDigit = (c: number) => c >= 48 && c <= 57;

function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c1 = a.charCodeAt(i);
    const c2 = b.charCodeAt(j);
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i++;
      j++;
      continue;
    }
    while (i < a.length && a[i] === '0') i++;
    while (j < b.length && b[j] === '0') j++;
    const start1 = i;
    const start2 = j;
    while (i < a.length && isDigit(a.charCodeAt(i))) i++;
    while (j < b.length && isDigit(b.charCodeAt(j))) j++;
    if (i - start1 !== j - start2) return i - start1 < j - start2;
    const n1 = a.slice(start1, i);
    const n2 = b.slice(start2, j);
    if (n1 !== n2) return n1 < n2;
    if (start1 !== start2) return start1 < start2;
  }
  return a.length < b.length;
}

/** A comparator for Array.prototype.sort. */
export function naturalCompare(a: string, b: string): number {
  if (naturalLess(a, b)) return -1;
  return naturalLess(b, a) ? 1 : 0;
}
