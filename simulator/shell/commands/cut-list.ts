// cut's LIST (`1,3-5,7-`) as coreutils 9.1 reads it (src/set-fields.c): ranges sorted and
// merged, every error in its own words. Positions are 1-based; Infinity stands for "to the end".

export interface Range {
  lo: number;
  hi: number;
}

export type ListParse = { ranges: Range[] } | { error: string };

/** `bytes`: the list is of -b/-c positions (its errors say so); else of -f fields. */
export function parseList(list: string, bytes: boolean, complement: boolean): ListParse {
  const numbered = bytes ? 'byte/character positions are numbered from 1' : 'fields are numbered from 1';
  const ranges: Range[] = [];
  let initial = 1;
  let value = 0;
  let lhs = false;
  let rhs = false;
  let dash = false;
  let numStart = 0;
  let inDigits = false;
  for (let i = 0; ; i++) {
    const c = list[i];
    if (c === '-') {
      inDigits = false;
      if (dash) return { error: bytes ? 'invalid byte or character range' : 'invalid field range' };
      dash = true;
      if (lhs && value === 0) return { error: numbered };
      initial = lhs ? value : 1;
      value = 0;
    } else if (c === ',' || c === ' ' || c === '\t' || c === undefined) {
      inDigits = false;
      if (dash) {
        dash = false;
        if (!lhs && !rhs) return { error: 'invalid range with no endpoint: -' };
        if (!rhs) ranges.push({ lo: initial, hi: Infinity });
        else {
          if (value < initial) return { error: 'invalid decreasing range' };
          ranges.push({ lo: initial, hi: value });
        }
      } else {
        if (value === 0) return { error: numbered };
        ranges.push({ lo: value, hi: value });
      }
      value = 0;
      if (c === undefined) break;
      lhs = false;
      rhs = false;
    } else if (c >= '0' && c <= '9') {
      if (!inDigits) numStart = i;
      inDigits = true;
      if (dash) rhs = true;
      else lhs = true;
      value = value * 10 + Number(c);
      if (value >= Number.MAX_SAFE_INTEGER) {
        const digits = /^\d+/.exec(list.slice(numStart))?.[0] ?? '';
        return { error: bytes ? `byte/character offset ‘${digits}’ is too large` : `field number ‘${digits}’ is too large` };
      }
    } else {
      return { error: bytes ? `invalid byte/character position ‘${list.slice(i)}’` : `invalid field value ‘${list.slice(i)}’` };
    }
  }
  if (ranges.length === 0) return { error: bytes ? 'missing list of byte/character positions' : 'missing list of fields' };
  ranges.sort((a, b) => a.lo - b.lo);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.lo <= last.hi) last.hi = Math.max(last.hi, r.hi);
    else merged.push({ ...r });
  }
  return { ranges: complement ? complementOf(merged) : merged };
}

function complementOf(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 1;
  for (const r of ranges) {
    if (r.lo > next) out.push({ lo: next, hi: r.lo - 1 });
    next = r.hi + 1;
  }
  if (next !== Infinity) out.push({ lo: next, hi: Infinity });
  return out;
}

/** Whether position n (1-based) is selected. */
export function selected(ranges: readonly Range[], n: number): boolean {
  return ranges.some((r) => n >= r.lo && n <= r.hi);
}
