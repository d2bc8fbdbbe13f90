// GET /events (moby v20.10.24 api/server/router/system/system_routes.go getEvents): `since` and
// `until` as the client sends them (Unix "seconds[.nanoseconds]", converted by the CLI from
// durations and dates), refused when until comes before since; the buffered events in range,
// then — unless until is already past — every later event until `until` (or for ever).

import type { Node } from '../../node';
import { invalidParameter } from '../errors';
import type { EventFilters } from './event-filter';
import { type EventMessage, subscribeToEvents } from './event-log';

export interface EventsRequest {
  /** The `since` form value ("" when not given). */
  since: string;
  /** The `until` form value ("" when not given). */
  until: string;
  filters: EventFilters;
}

export interface EventsSubscription {
  buffered: EventMessage[];
  /** Unix ms when the stream ends by itself (until), undefined when it never does. */
  endsAtMs?: number;
  /** until was already past: the buffered events are all there is. */
  onlyPast: boolean;
  unsubscribe(): void;
}

/** eventTime: timetypes.ParseTimestamps of the form value, as Unix nanoseconds; undefined when empty (the zero time). */
function eventTime(value: string): bigint | undefined {
  if (value === '') return undefined;
  const m = /^([+-]?\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) throw invalidParameter(`strconv.ParseInt: parsing ${JSON.stringify(value.split('.')[0])}: invalid syntax`);
  const frac = m[2] ?? '';
  const nanos = frac === '' ? 0n : BigInt(Math.trunc(Number(frac) * 10 ** (9 - frac.length)));
  return BigInt(m[1] as string) * 1_000_000_000n + nanos;
}

export function subscribeEvents(node: Node, request: EventsRequest, onEvent: (e: EventMessage) => void): EventsSubscription {
  const since = eventTime(request.since);
  const until = eventTime(request.until);
  let onlyPast = false;
  let endsAtMs: number | undefined;
  if (until !== undefined) {
    if (until < (since ?? -(2n ** 63n))) throw invalidParameter(`\`since\` time (${request.since}) cannot be after \`until\` time (${request.until})`);
    const nowNano = BigInt(Math.floor(node.nowMs())) * 1_000_000n;
    onlyPast = until < nowNano;
    if (!onlyPast) endsAtMs = Number(until / 1_000_000n);
  }
  const { buffered, unsubscribe } = subscribeToEvents(node, since, until, request.filters, onEvent);
  if (onlyPast) unsubscribe();
  return { buffered, onlyPast, unsubscribe, ...(endsAtMs !== undefined ? { endsAtMs } : {}) };
}
