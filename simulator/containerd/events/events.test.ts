import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../namespaces/test-support';
import { listEvents, MAX_EVENTS, publishEvent } from './events';
import { goTimeString, parseRfc3339Nano, rfc3339Nano } from './timestamp';

describe('publishEvent', () => {
  it('appends stamped events and keeps only the last MAX_EVENTS', () => {
    const node = makeTestNode();
    for (let i = 0; i < MAX_EVENTS + 5; i++) publishEvent(node, 'default', '/containers/delete', { id: `c${i}` });
    const events = listEvents(node);
    expect(events).toHaveLength(MAX_EVENTS);
    expect(events[0]?.event).toEqual({ id: 'c5' });
    expect(events.at(-1)?.timestamp).toMatch(/^2026-11-28T05:17:21\.\d+Z$/);
  });
});

describe('timestamps', () => {
  it('formats like Go: RFC3339Nano trims zeros, String() uses +0000 UTC', () => {
    const t = { ms: Date.UTC(2026, 10, 28, 5, 31, 3, 572), subNanos: 441500 };
    expect(rfc3339Nano(t)).toBe('2026-11-28T05:31:03.5724415Z');
    expect(goTimeString(t)).toBe('2026-11-28 05:31:03.5724415 +0000 UTC');
    expect(rfc3339Nano({ ms: Date.UTC(2026, 0, 1), subNanos: 0 })).toBe('2026-01-01T00:00:00Z');
    expect(parseRfc3339Nano('2026-11-28T05:31:03.5724415Z')).toEqual(t);
  });
});

describe('event times', () => {
  it('only grow, even when the clock stands still', () => {
    const node = makeTestNode();
    for (let i = 0; i < 50; i++) publishEvent(node, 'default', '/snapshot/remove', { key: `k${i}` });
    const times = listEvents(node).map((e) => e.timestamp);
    for (let i = 1; i < times.length; i++) {
      const a = parseRfc3339Nano(times[i - 1] ?? '');
      const b = parseRfc3339Nano(times[i] ?? '');
      expect(a && b && (b.ms > a.ms || (b.ms === a.ms && b.subNanos > a.subNanos))).toBe(true);
    }
  });
});
