// Properties of GET /containers/json's filters over any set of containers: the status filter
// partitions `all` (each container under exactly its own state), -n keeps the newest n of
// what the filters let through, and an exact name always finds its container.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';
import type { DockerContainerRecord } from '../store/container-record';
import { listContainers } from './list';

const STATES = ['created', 'running', 'paused', 'restarting', 'exited', 'dead'] as const;

const container = fc.record({
  id: fc.stringMatching(/^[0-9a-f]{64}$/),
  name: fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/),
  status: fc.constantFrom(...STATES),
  ageSeconds: fc.integer({ min: 0, max: 100_000 }),
});

function nodeWith(items: Array<{ id: string; name: string; status: (typeof STATES)[number]; ageSeconds: number }>) {
  const s = createSession({ seed: 1, now: () => Date.UTC(2026, 11, 5, 5, 0, 0) });
  for (const it of items) {
    const record: DockerContainerRecord = {
      id: it.id,
      name: it.name,
      image: 'busybox',
      imageId: 'a'.repeat(64),
      created: new Date(Date.UTC(2026, 11, 5, 5, 0, 0) - it.ageSeconds * 1000).toISOString(),
      path: 'sh',
      args: [],
      config: {},
      hostConfig: {},
      state: { status: it.status, pid: 0, exitCode: 0, startedAt: '2026-12-05T00:00:00Z' },
      ipAddress: '',
      restartCount: 0,
    };
    s.node.state.dockerd.containers[it.id] = record;
  }
  return s.node;
}

const unique = fc.uniqueArray(container, { selector: (c) => c.id, maxLength: 12 }).map((cs) => {
  const seen = new Set<string>();
  return cs.filter((c) => !seen.has(c.name) && seen.add(c.name));
});

describe('docker ps filters', () => {
  it('status=… partitions -a: every container listed under its own state only', () => {
    fc.assert(
      fc.property(unique, (items) => {
        const node = nodeWith(items);
        const all = listContainers(node, { all: true }).map((c) => c.Id);
        const byState = STATES.flatMap((st) => listContainers(node, { filters: new Map([['status', [st]]]) }).map((c) => c.Id));
        expect([...byState].sort()).toEqual([...all].sort());
      }),
      { numRuns: 40 },
    );
  });

  it('-n k is the first k of the filtered list; an exact name finds its container', () => {
    fc.assert(
      fc.property(unique, fc.integer({ min: 1, max: 5 }), (items, k) => {
        const node = nodeWith(items);
        const all = listContainers(node, { all: true }).map((c) => c.Id);
        expect(listContainers(node, { limit: k }).map((c) => c.Id)).toEqual(all.slice(0, k));
        for (const it of items) expect(listContainers(node, { all: true, filters: new Map([['name', [`^${it.name}$`]]]) }).map((c) => c.Id)).toEqual([it.id]);
      }),
      { numRuns: 40 },
    );
  });
});
