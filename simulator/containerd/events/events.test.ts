import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../namespaces/test-support';
import { listEvents, MAX_EVENTS, publishEvent, subscribeEvents } from './events';
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

describe('subscribeEvents', () => {
  it('hands each later event to the subscriber, in order, until unsubscribed', () => {
    const node = makeTestNode();
    publishEvent(node, 'default', '/namespaces/create', { name: 'before' });
    const seen: string[] = [];
    const stop = subscribeEvents(node, (e) => seen.push(`${e.namespace} ${e.topic} ${JSON.stringify(e.event)}`));
    publishEvent(node, 'default', '/namespaces/create', { name: 'demo' });
    publishEvent(node, 'demo', '/namespaces/delete', { name: 'demo' });
    stop();
    publishEvent(node, 'default', '/namespaces/create', { name: 'after' });
    expect(seen).toEqual(['default /namespaces/create {"name":"demo"}', 'demo /namespaces/delete {"name":"demo"}']);
  });

  it('keeps subscriptions out of the state tree, per node, and wakes the node listeners', () => {
    const node = makeTestNode();
    const other = makeTestNode();
    const seen: string[] = [];
    let woken = 0;
    node.runtime.listeners.add(() => woken++);
    subscribeEvents(node, (e) => {
      seen.push(e.topic);
      (e.event as { name: string }).name = 'changed';
    });
    const before = JSON.stringify(node.state);
    publishEvent(other, 'default', '/namespaces/create', { name: 'elsewhere' });
    publishEvent(node, 'default', '/namespaces/create', { name: 'x' });
    expect(seen).toEqual(['/namespaces/create']);
    expect(woken).toBe(1);
    // Only the ring (and the random state of the stamp) changed; the copy's change did not leak.
    expect(listEvents(node).at(-1)?.event).toEqual({ name: 'x' });
    expect(JSON.stringify(node.state).length).toBeGreaterThan(before.length);
  });

  it('survives a throwing subscriber', () => {
    const node = makeTestNode();
    const seen: string[] = [];
    subscribeEvents(node, () => {
      throw new Error('boom');
    });
    subscribeEvents(node, (e) => seen.push(e.topic));
    expect(() => publishEvent(node, 'default', '/images/delete', { name: 'x' })).not.toThrow();
    expect(seen).toEqual(['/images/delete']);
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
