// `crictl logs --since` (cmd/crictl/logs.go parseTimestamp @v1.26.0): docker's
// api/types/time GetTimestamp — a Go duration back from now (whole seconds), an RFC 3339 time
// or date (the node's zone is UTC, so "local" forms read as UTC), or a Unix timestamp — then
// ParseTimestamps into seconds and nanoseconds.

import { parseGoDuration } from '../../../cli/flags';

/** A moment as seconds and nanoseconds since the epoch. */
export interface UnixTime {
  seconds: number;
  nanos: number;
}

export type SinceResult = { ok: true; since?: UnixTime } | { ok: false; error: string };

const RFC3339_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z|z|[+-]\d{2}:\d{2})?$/;

/** parseTimestamp (docker timestamp.go): "s" or "s.frac", the fraction scaled to nanoseconds. */
function unixParts(value: string): UnixTime | undefined {
  const m = /^([+-]?\d+)(?:\.([+-]?\d+))?$/.exec(value);
  if (!m) return undefined;
  const frac = m[2];
  const nanos = frac === undefined ? 0 : Math.trunc(Number(frac) * 10 ** (9 - frac.length));
  return { seconds: Number(m[1]), nanos };
}

export function parseSince(value: string, nowMs: number): SinceResult {
  if (value === '') return { ok: true };
  const d = value !== '0' ? parseGoDuration(value) : null;
  if (d !== null) return { ok: true, since: { seconds: Math.floor((nowMs - d) / 1000), nanos: 0 } };
  const m = RFC3339_LIKE.exec(value);
  if (m) {
    const [, y, mo, da, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
    const offset = /^[+-]/.test(zone) ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) : 0;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(da), Number(h), Number(mi), Number(s)) - offset * 60_000;
    if (!Number.isNaN(ms) && Number(mo) >= 1 && Number(mo) <= 12 && Number(da) >= 1 && Number(da) <= 31 && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60) {
      return { ok: true, since: { seconds: Math.floor(ms / 1000), nanos: Number(frac.padEnd(9, '0') || '0') } };
    }
  }
  // A `-` means an RFC 3339-like time Go's parser refused (its own error text).
  if (value.includes('-')) return { ok: false, error: `parsing time ${JSON.stringify(value)}: cannot parse as RFC 3339 or a date` };
  const unix = unixParts(value);
  if (!unix) return { ok: false, error: `failed to parse value as time or duration: ${JSON.stringify(value)}` };
  return { ok: true, since: unix };
}
