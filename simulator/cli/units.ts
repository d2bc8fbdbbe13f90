// Sizes, ages and durations the way the Go tools format them: containerd's progress.Bytes
// (images ls, snapshots usage), docker/go-units (content ls, docker images, ages) and Go's
// time.Duration String() (`done: 70.994456ms`).

export { goDuration } from '../go/duration';

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units getSizeAndUnit: divide by `base` while the value is at least `base`. */
function sizeAndUnit(size: number, base: number, units: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i] ?? ''];
}

/**
 * `value` rounded to `precision` significant digits the way Go's strconv does: exact ties go
 * to the even digit (JS's toPrecision rounds them up).
 */
function roundSignificant(value: number, precision: number): number {
  const long = Math.abs(value).toExponential(Math.min(100, precision + 24));
  const [mantissa = '', exponent = '0'] = long.split('e');
  const digits = mantissa.replace('.', '');
  const tail = digits.slice(precision);
  const last = Number(digits[precision - 1] ?? '0');
  if (/^50*$/.test(tail) && last % 2 === 0) {
    const kept = digits.slice(0, precision);
    const text = `${kept[0] ?? '0'}.${kept.slice(1) || '0'}e${exponent}`;
    return Math.sign(value) * Number(text);
  }
  return Number(value.toExponential(precision - 1));
}

/** Go's %.Ng: N significant digits, trailing zeros dropped, exponent form for large/small. */
export function goFormatG(value: number, precision: number): string {
  if (value === 0) return '0';
  const rounded = roundSignificant(value, precision);
  const [mant = '', e = '0'] = rounded.toExponential(precision - 1).split('e');
  const exp = Number(e);
  if (exp < -4 || exp >= precision) {
    const m = mant.includes('.') ? mant.replace(/\.?0+$/, '') : mant;
    return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const fixed = rounded.toFixed(Math.max(0, precision - 1 - exp));
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** containerd's progress.Bytes: `1005.7 KiB`, `486.0 B`, `1.9 MiB`. */
export function progressBytes(size: number): string {
  const [v, unit] = sizeAndUnit(size, 1024, BINARY_UNITS);
  return `${v.toFixed(1).padStart(2, '0')} ${unit}`;
}

/** go-units HumanSizeWithPrecision: decimal units, `precision` significant digits (`10.24kB`). */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [v, unit] = sizeAndUnit(size, 1000, DECIMAL_UNITS);
  return `${goFormatG(v, precision)}${unit}`;
}

/** go-units HumanSize: `400B`, `10.24kB`, `1.029MB` (ctr content ls, docker images). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** go-units BytesSize: binary units with 4 significant digits (`1.962MiB`). */
export function bytesSize(size: number): string {
  const [v, unit] = sizeAndUnit(size, 1024, BINARY_UNITS);
  return `${goFormatG(v, 4)}${unit}`;
}

/** go-units HumanDuration (`2 seconds`, `About a minute`, `13 minutes`, `3 years`). */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3_600_000) / 24 / 365)} years`;
}
