// docker's api/types/time GetTimestamp, as `crictl logs --since` (cmd/crictl/logs.go
// parseTimestamp @v1.26.0) and dockerd's prune `until` filters (getUntilFromPruneFilters) read
// a moment: GetTimestamp — a Go duration back from now (whole seconds), an RFC 3339 time
// or date (the node's zone is UTC, so "local" forms read as UTC), or a Unix timestamp — then
// ParseTimestamps into seconds and nanoseconds.

import { parseGoDuration } from './duration';

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

/** The layout GetTimestamp picks for `value` (timestamp.go:38-85). */
function layoutFor(value: string): string {
  const inLocation = !(/[zZ+]/.test(value) || value.split('-').length - 1 === 3);
  if (value.includes('.')) return inLocation ? '2006-01-02T15:04:05.999999999' : '2006-01-02T15:04:05.999999999Z07:00';
  if (value.includes('T')) {
    let colons = value.split(':').length - 1;
    if (!inLocation && !/[zZ]/.test(value) && colons > 0) colons -= 1;
    const base = colons === 0 ? '2006-01-02T15' : colons === 1 ? '2006-01-02T15:04' : '2006-01-02T15:04:05';
    return inLocation ? base : base === '2006-01-02T15:04:05' ? '2006-01-02T15:04:05Z07:00' : `${base}Z07:00`;
  }
  return inLocation ? '2006-01-02' : '2006-01-02Z07:00';
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Go's time.Parse range errors for fields that parsed as numbers but lie outside their range. */
function rangeError(m: RegExpExecArray): string | undefined {
  const [, y, mo, da, h = '00', mi = '00', s = '00'] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return 'month out of range';
  const leap = Number(y) % 4 === 0 && (Number(y) % 100 !== 0 || Number(y) % 400 === 0);
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] as number);
  if (Number(da) < 1 || Number(da) > days) return 'day out of range';
  if (Number(h) > 23) return 'hour out of range';
  if (Number(mi) > 59) return 'minute out of range';
  if (Number(s) > 59) return 'second out of range';
  return undefined;
}

export function parseSince(value: string, nowMs: number): SinceResult {
  if (value === '') return { ok: true };
  const d = value !== '0' ? parseGoDuration(value) : null;
  if (d !== null) return { ok: true, since: { seconds: Math.floor((nowMs - d) / 1000), nanos: 0 } };
  const m = RFC3339_LIKE.exec(value);
  if (m) {
    const bad = rangeError(m);
    if (bad) return { ok: false, error: `parsing time ${JSON.stringify(value)}: ${bad}` };
    const [, y, mo, da, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
    const offset = /^[+-]/.test(zone) ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) : 0;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(da), Number(h), Number(mi), Number(s)) - offset * 60_000;
    return { ok: true, since: { seconds: Math.floor(ms / 1000), nanos: Number(frac.padEnd(9, '0') || '0') } };
  }
  // A `-` means an RFC 3339-like time Go's parser refused (timestamp.go:96-99), in its words.
  if (value.includes('-')) {
    const layout = layoutFor(value);
    return { ok: false, error: `parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(value)} as "2006"` };
  }
  const unix = unixParts(value);
  if (!unix) return { ok: false, error: `failed to parse value as time or duration: ${JSON.stringify(value)}` };
  return { ok: true, since: unix };
}
