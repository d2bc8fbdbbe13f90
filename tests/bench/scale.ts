// Sessions whose default namespace holds N images, containers and tasks, built by copying the
// records one real pull/create/start made (ids, names, snapshot keys and PIDs made unique), so
// `ctr i ls`, `ctr c ls` and `ctr t ls` can be timed at 10 and at 10,000 objects.

import { createSession, type SavedSession, type ShellSession } from '../../simulator/index';
import { makeNode, type NodeState } from '../../simulator/node';

const IMAGE = 'docker.io/library/busybox:latest';

export interface ScaledSession {
  session: ShellSession;
  /** What could not be built (e.g. pull not available yet), or undefined. */
  problem?: string;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A session with `count` images, containers and running tasks in namespace default. */
export async function scaledSession(count: number, now: () => number): Promise<ScaledSession> {
  const seedSession = createSession({ seed: 11, now });
  const setup = [`ctr i pull ${IMAGE}`, `ctr c create ${IMAGE} c0 sleep 100000`, 'ctr t start -d c0'];
  for (const line of setup) {
    const r = await seedSession.run(line);
    if (r.exitCode !== 0) return { session: seedSession, problem: `${line}: ${r.stderr.trim().split('\n')[0] ?? ''}` };
  }
  const saved = seedSession.save() as SavedSession;
  const state = saved.node as NodeState;
  const ns = state.containerd.namespaces['default'];
  const image = ns?.images[IMAGE];
  const container = ns?.containers['c0'];
  const task = ns?.tasks['c0'];
  const bucket = container ? ns?.snapshots[container.snapshotter] : undefined;
  const snapshot = container ? bucket?.[container.snapshotKey] : undefined;
  if (!ns || !image || !container || !task || !bucket || !snapshot) return { session: seedSession, problem: 'records not found after setup' };
  for (let i = 1; i < count; i++) {
    const name = `docker.io/library/busybox:bench-${i}`;
    ns.images[name] = { ...clone(image), name };
    const id = `c${i}`;
    ns.containers[id] = { ...clone(container), id, snapshotKey: id };
    bucket[id] = { ...clone(snapshot), id: (snapshot.id ?? 0) + i };
    const pid = task.init.pid + i;
    ns.tasks[id] = { ...clone(task), containerId: id, init: { ...clone(task.init), pid } };
  }
  // Handed over as a live node: 10,000 of each is more than a save may hold (32 Mi characters of
  // JSON), and a refused save would quietly measure a fresh, empty node.
  return { session: createSession({ node: makeNode(state, now), now }) };
}
