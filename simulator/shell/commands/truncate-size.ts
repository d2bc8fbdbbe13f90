// truncate's SIZE argument as GNU coreutils 9.1 reads it (src/truncate.c with gnulib's
// xstrtoimax): an optional mode character (< > / %), an optional sign (+ extends, - reduces),
// a decimal integer or none (then 1), and one unit letter with an optional B / D (powers of
// 1000) or iB (powers of 1024). Sizes are BigInts: an off_t reaches 2^63-1, past a JS number.

/** How SIZE relates to the file's size; '' sets it outright. */
export type SizeMode = '' | 'extend' | 'reduce' | 'atMost' | 'atLeast' | 'roundDown' | 'roundUp';

export const OFF_T_MAX = 2n ** 63n - 1n;
const OFF_T_MIN = -(2n ** 63n);

/** The unit letters xstrtoimax is given ("EgGkKmMPtTYZ0": the 0 allows the B/D/iB forms). */
const POWERS: Readonly<Record<string, number>> = { k: 1, K: 1, m: 2, M: 2, g: 3, G: 3, t: 4, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

export type SizeParse =
  | { size: bigint; mode: SizeMode }
  /** `Invalid number: ‘SIZE’`, with `: Value too large…` when it overflowed. */
  | { invalid: string; overflow: boolean }
  /** The two messages that end in the usage hint. */
  | { usage: string }
  | { fatal: string };

const isSpace = (c: string | undefined) => c !== undefined && ' \t\n\v\f\r'.includes(c);

function skipSpaces(text: string): string {
  let i = 0;
  while (isSpace(text[i])) i++;
  return text.slice(i);
}

/** xstrtoimax(text, 10, "EgGkKmMPtTYZ0"): the value, or why not. */
function parseLength(text: string): { value: bigint } | { overflow: boolean } {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d*)(.*)$/s.exec(text);
  if (!m) return { overflow: false };
  const [, sign = '', digits = '', rest = ''] = m;
  let value: bigint;
  let overflow = false;
  if (digits === '') {
    // No number: a unit alone counts as 1 of it (`-s K` is 1024), anything else is invalid.
    if (sign !== '' || rest === '' || !(rest[0] as string in POWERS)) return { overflow: false };
    value = 1n;
  } else {
    value = BigInt(`${sign}${digits}`);
    if (value > OFF_T_MAX || value < OFF_T_MIN) {
      overflow = true;
      value = value > 0n ? OFF_T_MAX : OFF_T_MIN;
    }
  }
  if (rest !== '') {
    const unit = rest[0] as string;
    const power = POWERS[unit];
    if (power === undefined) return { overflow: false };
    let base = 1024n;
    let used = 1;
    if (rest[1] === 'i' && rest[2] === 'B') used = 3;
    else if (rest[1] === 'B' || rest[1] === 'D') {
      base = 1000n;
      used = 2;
    }
    // A character after the unit makes it invalid, overflow or not (INVALID_SUFFIX_CHAR).
    if (rest.length > used) return { overflow: false };
    value *= base ** BigInt(power);
    if (value > OFF_T_MAX || value < OFF_T_MIN) overflow = true;
  }
  return overflow ? { overflow: true } : { value };
}

/** One `-s` value; `mode` is the mode an earlier -s left (truncate keeps it across -s). */
export function parseSize(optarg: string, mode: SizeMode): SizeParse {
  let text = skipSpaces(optarg);
  const modes: Readonly<Record<string, SizeMode>> = { '<': 'atMost', '>': 'atLeast', '/': 'roundDown', '%': 'roundUp' };
  const first = text[0];
  if (first !== undefined && first in modes) {
    mode = modes[first] as SizeMode;
    text = skipSpaces(text.slice(1));
  }
  if (text[0] === '+' || text[0] === '-') {
    if (mode !== '') return { usage: 'multiple relative modifiers specified' };
    mode = text[0] === '+' ? 'extend' : 'reduce';
  }
  const parsed = parseLength(text);
  if (!('value' in parsed)) return { invalid: text, overflow: parsed.overflow };
  if ((mode === 'roundDown' || mode === 'roundUp') && parsed.value === 0n) return { fatal: 'division by zero' };
  return { size: parsed.value, mode };
}

/** do_ftruncate's new size for a file of `current` bytes; a string is the overflow message's cause. */
export function newSize(current: bigint, size: bigint, mode: SizeMode): bigint | 'overflow' {
  let next: bigint;
  if (mode === '') next = size;
  else if (mode === 'atLeast') next = current > size ? current : size;
  else if (mode === 'atMost') next = current < size ? current : size;
  else if (mode === 'roundDown') next = (current / size) * size;
  else {
    const by = mode === 'roundUp' ? (current % size === 0n ? 0n : size - (current % size)) : size;
    next = current + by;
    if (next > OFF_T_MAX || next < OFF_T_MIN) return 'overflow';
  }
  return next < 0n ? 0n : next;
}
