// Go's time.ParseDuration (src/time/format.go), in milliseconds: the flags of every tool and
// dockerd's filters (`until=24h`) read durations the same way; and Duration.String, as tools and
// daemons print durations (`70.994456ms`, dockerd's health-check timeout message).

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3,
  'μs': 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration, in milliseconds; null when Go would reject the text. */
export function parseGoDuration(text: string): number | null {
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') return null;
  let total = 0;
  const part = /^(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/;
  while (s.length > 0) {
    const m = part.exec(s);
    if (!m) return null;
    total += Number(m[1]) * (DURATION_UNITS[m[2] ?? ''] ?? 0);
    s = s.slice(m[0].length);
  }
  return sign * total;
}

/** Fraction digits of `v` (< `unit`) in units of `unit`, trailing zeros trimmed: Go's fmtFrac. */
function fraction(v: number, unit: number, digits: number): string {
  const frac = v % unit;
  if (frac === 0) return '';
  return `.${String(frac).padStart(digits, '0').replace(/0+$/, '')}`;
}

/** Go's time.Duration.String() for a duration in nanoseconds (`70.994456ms`, `1m2.5s`). */
export function goDuration(nanoseconds: number): string {
  let ns = Math.round(nanoseconds);
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  ns = Math.abs(ns);
  if (ns < 1_000) return `${sign}${ns}ns`;
  if (ns < 1_000_000) return `${sign}${Math.trunc(ns / 1_000)}${fraction(ns, 1_000, 3)}µs`;
  if (ns < 1_000_000_000) return `${sign}${Math.trunc(ns / 1_000_000)}${fraction(ns, 1_000_000, 6)}ms`;
  const totalSeconds = Math.trunc(ns / 1_000_000_000);
  const secText = `${totalSeconds % 60}${fraction(ns, 1_000_000_000, 9)}s`;
  const totalMinutes = Math.trunc(totalSeconds / 60);
  if (totalMinutes === 0) return `${sign}${secText}`;
  const hours = Math.trunc(totalMinutes / 60);
  const minText = `${totalMinutes % 60}m`;
  return hours === 0 ? `${sign}${minText}${secText}` : `${sign}${hours}h${minText}${secText}`;
}
