// date: the simulated clock in UTC (containers have no /etc/localtime unless tzdata is
// installed and TZ set; ctrlab's clock is UTC). busybox and coreutils share the default
// format `Sat Dec  5 01:14:00 UTC 2026`; `+FORMAT` takes the common strftime conversions,
// -u is accepted, -I prints the ISO date, -R the RFC 2822 form; -d shows another moment
// given as @SECONDS or YYYY-MM-DD[ HH:MM[:SS]] (the forms busybox's parse_datestr takes first).

import { finished, stderr, stdout, type Program } from './program';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const FULL_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const two = (n: number): string => String(n).padStart(2, '0');

/** strftime over a UTC date for the conversions scripts use. */
function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const conv: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()),
    y: () => two(d.getUTCFullYear() % 100),
    m: () => two(d.getUTCMonth() + 1),
    d: () => two(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2, ' '),
    H: () => two(d.getUTCHours()),
    I: () => two(((d.getUTCHours() + 11) % 12) + 1),
    M: () => two(d.getUTCMinutes()),
    S: () => two(d.getUTCSeconds()),
    p: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    s: () => String(Math.floor(ms / 1000)),
    N: () => String((ms % 1000) * 1_000_000).padStart(9, '0'),
    a: () => DAYS[d.getUTCDay()] ?? '',
    A: () => FULL_DAYS[d.getUTCDay()] ?? '',
    b: () => MONTHS[d.getUTCMonth()] ?? '',
    h: () => MONTHS[d.getUTCMonth()] ?? '',
    B: () => FULL_MONTHS[d.getUTCMonth()] ?? '',
    j: () => String(Math.floor((ms - start) / 86_400_000) + 1).padStart(3, '0'),
    u: () => String(d.getUTCDay() || 7),
    w: () => String(d.getUTCDay()),
    Z: () => 'UTC',
    z: () => '+0000',
    F: () => `${conv.Y?.()}-${conv.m?.()}-${conv.d?.()}`,
    T: () => `${conv.H?.()}:${conv.M?.()}:${conv.S?.()}`,
    D: () => `${conv.m?.()}/${conv.d?.()}/${conv.y?.()}`,
    R: () => `${conv.H?.()}:${conv.M?.()}`,
    c: () => strftime('%a %b %e %H:%M:%S %Y', ms),
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(/%(.)/g, (all, c: string) => conv[c]?.() ?? all);
}

/**
 * The moment -d names, in ms, or undefined for a form not simulated. With `nowMs` (touch -d),
 * a time left out keeps now's, as parse_datestr fills a struct tm that starts as now.
 */
export function parseDate(text: string, nowMs?: number): number | undefined {
  const epoch = /^@(-?\d+)$/.exec(text);
  if (epoch) return Number(epoch[1]) * 1000;
  const iso = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d))?)?$/.exec(text);
  if (!iso) return undefined;
  const now = nowMs === undefined ? undefined : new Date(nowMs);
  const part = (i: number, fallback: number | undefined) => (iso[i] === undefined ? (fallback ?? 0) : Number(iso[i]));
  return Date.UTC(part(1, 0), part(2, 1) - 1, part(3, 1), part(4, now?.getUTCHours()), part(5, now?.getUTCMinutes()), part(6, now?.getUTCSeconds()));
}

export const dateProgram: Program = {
  name: 'date',
  run(ctx) {
    let format = '%a %b %e %H:%M:%S %Z %Y';
    let when = ctx.nowMs;
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? '';
      const dateArg = arg === '-d' || arg === '--date' ? args[++i] : arg.startsWith('-d') ? arg.slice(2) : undefined;
      const at = dateArg === undefined ? undefined : parseDate(dateArg);
      if (at !== undefined) when = at;
      else if (arg.startsWith('+')) format = arg.slice(1);
      else if (arg === '-u' || arg === '--utc') continue;
      else if (arg === '-I' || arg === '--iso-8601') format = '%F';
      else if (arg === '-R' || arg === '--rfc-2822') format = '%a, %d %b %Y %H:%M:%S %z';
      else return finished([stderr(`date: setting or parsing dates (${arg}) is not simulated here (ctrlab's date prints the simulated clock)\n`)], 1);
    }
    return finished([stdout(`${strftime(format, when)}\n`)]);
  },
};
