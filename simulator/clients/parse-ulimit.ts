// go-units ParseUlimit (docker/go-units ulimit.go), as nerdctl's and docker's --ulimit read
// `name=soft[:hard]`: a known resource name, base-10 int64 limits (strconv's own errors),
// the hard limit defaulting to the soft one, and soft ≤ hard unless hard is -1 (unlimited).

const NAMES = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);

export interface Ulimit {
  name: string;
  soft: number;
  hard: number;
}

/** strconv.ParseInt(s, 10, 64) as a number; its error text otherwise. */
function parseInt64(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(s)}: invalid syntax`);
  const value = BigInt(s);
  if (value > 2n ** 63n - 1n || value < -(2n ** 63n)) throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(s)}: value out of range`);
  return Number(value);
}

export function parseUlimit(val: string): Ulimit {
  const eq = val.indexOf('=');
  if (eq < 0) throw new Error(`invalid ulimit argument: ${val}`);
  const name = val.slice(0, eq);
  const limits = val.slice(eq + 1);
  if (!NAMES.has(name)) throw new Error(`invalid ulimit type: ${name}`);
  const parts = limits.split(':');
  if (parts.length > 2) throw new Error(`too many limit value arguments - ${limits}, can only have up to two, \`soft[:hard]\``);
  const hardGiven = parts.length === 2 ? parseInt64(parts[1] ?? '') : undefined;
  const soft = parseInt64(parts[0] ?? '');
  const hard = hardGiven ?? soft;
  if (hard !== -1 && soft > hard) throw new Error(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`);
  return { name, soft, hard };
}

/** uint64(l) of a limit, as the spec's rlimits hold it (-1 wraps to 2^64-1, beyond a double's precision). */
export function rlimitValue(limit: number): number {
  return limit < 0 ? 2 ** 64 + limit : limit;
}
