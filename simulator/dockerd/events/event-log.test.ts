// dockerd's events service: the ring of the last 256, the deprecated fields of container and
// image events, times that only grow, and the buffered events a subscription gets for its
// since/until and filters (moby v20.10.24 daemon/events/events.go, filter.go).

import { describe, expect, it } from 'vitest';
import { makeNode } from '../../node';
import { initialNodeState } from '../../initial-state';
import type { DockerContainerRecord } from '../store/container-record';
import type { EventFilters } from './event-filter';
import { EVENTS_LIMIT, logContainerEvent, logEvent, logImageEvent, logNetworkEvent, resetEvents, subscribeToEvents, type EventMessage } from './event-log';

const NOW = Date.UTC(2026, 11, 5, 10, 0, 0);

function node() {
  return makeNode(initialNodeState(1, NOW), () => NOW);
}

const container = {
  id: 'a'.repeat(64),
  name: 'web',
  config: { Image: 'nginx:1.25', Labels: { tier: 'front', name: 'from-label' } },
} as unknown as DockerContainerRecord;

function buffered(n: ReturnType<typeof node>, filters: EventFilters = new Map(), range: { since?: bigint; until?: bigint } = { since: 0n }): EventMessage[] {
  const sub = subscribeToEvents(n, range.since, range.until, filters, () => {});
  sub.unsubscribe();
  return sub.buffered;
}

const f = (entries: Array<[string, string[]]>): EventFilters => new Map(entries);

describe('the events service', () => {
  it('gives a container event its labels, image and name, and the deprecated status/id/from', () => {
    const n = node();
    logContainerEvent(n, container, 'start', { extra: '1' });
    const [e] = buffered(n);
    expect(e).toMatchObject({ status: 'start', id: container.id, from: 'nginx:1.25', Type: 'container', Action: 'start', scope: 'local', time: NOW / 1000 });
    // The name attribute is the container's, whatever a label says (LogContainerEventWithAttributes).
    expect(e?.Actor).toEqual({ ID: container.id, Attributes: { extra: '1', tier: 'front', name: 'web', image: 'nginx:1.25' } });
    expect(Object.keys(e ?? {})).toEqual(['status', 'id', 'from', 'Type', 'Action', 'Actor', 'scope', 'time', 'timeNano']);
  });

  it('stamps times that only grow within one millisecond, and keeps the last 256', () => {
    const n = node();
    for (let i = 0; i < EVENTS_LIMIT + 10; i++) logImageEvent(n, `sha256:${i}`, `sha256:${i}`, 'tag');
    const all = buffered(n);
    expect(all).toHaveLength(EVENTS_LIMIT);
    expect(all[0]?.Actor.ID).toBe('sha256:10');
    for (let i = 1; i < all.length; i++) expect((all[i]?.timeNano ?? 0n) > (all[i - 1]?.timeNano ?? 0n)).toBe(true);
    resetEvents(n);
    expect(buffered(n)).toEqual([]);
  });

  it('replays nothing without since or until, and cuts the buffer at both', () => {
    const n = node();
    logImageEvent(n, 'sha256:x', 'sha256:x', 'load');
    const t = buffered(n)[0]?.timeNano ?? 0n;
    expect(buffered(n, new Map(), {})).toEqual([]);
    expect(buffered(n, new Map(), { since: t + 1n })).toEqual([]);
    expect(buffered(n, new Map(), { until: t - 1n })).toEqual([]);
    expect(buffered(n, new Map(), { until: t })).toHaveLength(1);
  });

  it('hands later events to subscribers whose filters let them through', () => {
    const n = node();
    const seen: string[] = [];
    const sub = subscribeToEvents(n, undefined, undefined, f([['type', ['network']]]), (e) => seen.push(e.Action));
    logContainerEvent(n, container, 'create');
    logNetworkEvent(n, { id: 'b'.repeat(64), name: 'bridge', driver: 'bridge' }, 'connect', { container: container.id });
    sub.unsubscribe();
    logNetworkEvent(n, { id: 'b'.repeat(64), name: 'bridge', driver: 'bridge' }, 'disconnect', { container: container.id });
    expect(seen).toEqual(['connect']);
  });
});

describe('event filters (daemon/events/filter.go)', () => {
  const n = node();
  logContainerEvent(n, container, 'create');
  logContainerEvent(n, container, 'exec_create: sh -c true', { execID: 'e'.repeat(64) });
  logContainerEvent(n, container, 'health_status: healthy');
  logImageEvent(n, 'sha256:abc', 'nginx:1.25', 'tag');
  logNetworkEvent(n, { id: 'c'.repeat(64), name: 'n1', driver: 'bridge' }, 'create');
  logEvent(n, 'volume', 'create', { ID: 'v1', Attributes: { driver: 'local' } });
  const actions = (filters: Array<[string, string[]]>) => buffered(n, f(filters)).map((e) => `${e.Type} ${e.Action}`);

  it('container: an id or name prefix, and only that type of actor', () => {
    expect(actions([['container', ['we']]])).toEqual(['container create', 'container exec_create: sh -c true', 'container health_status: healthy']);
    expect(actions([['container', ['aaaa']]])).toHaveLength(3);
    expect(actions([['container', ['nope']]])).toEqual([]);
  });

  it('event: exact, except exec_create, exec_start and health_status, which match as a prefix', () => {
    expect(actions([['event', ['create']]])).toEqual(['container create', 'network create', 'volume create']);
    expect(actions([['event', ['exec_create']]])).toEqual(['container exec_create: sh -c true']);
    expect(actions([['event', ['health_status']]])).toEqual(['container health_status: healthy']);
  });

  it('image: the image event, and containers of the image, with or without the tag', () => {
    expect(actions([['image', ['nginx']]])).toEqual(['container create', 'container exec_create: sh -c true', 'container health_status: healthy', 'image tag']);
    expect(actions([['image', ['nginx:1.25']], ['type', ['image']]])).toEqual(['image tag']);
  });

  it('label: key or key=value among the attributes; type and unknown keys', () => {
    expect(actions([['label', ['tier=front']]])).toHaveLength(3);
    expect(actions([['label', ['tier=back']]])).toEqual([]);
    expect(actions([['label', ['tier']]])).toHaveLength(3);
    expect(actions([['type', ['volume', 'network']]])).toEqual(['network create', 'volume create']);
    expect(actions([['bogus', ['1']]])).toHaveLength(6);
    expect(actions([['volume', ['v']]])).toEqual(['volume create']);
    expect(actions([['network', ['n1']], ['event', ['create']]])).toEqual(['network create']);
  });
});
