// A worker still loading the simulator's code answers nothing, not even pings: the watchdog
// waits for its first word with the longer loading budget, so a slow start (a busy machine,
// a cold cache) is not mistaken for a stuck line and restarted over and over.

import { describe, expect, it } from 'vitest';
import { RemoteNode } from './remote-node';
import { workerDouble } from './worker-double';
import type { FromWorker, ToWorker, WorkerPort } from './worker-protocol';

const NOW = Date.UTC(2026, 11, 4, 9, 0, 0);

/** A worker double that reads nothing for its first `loadMs` (it is loading), then works. */
function slowStarting(loadMs: number, spawned: WorkerPort[]): WorkerPort {
  const inner = workerDouble({ sessionOptions: () => ({ seed: 7, now: () => NOW }) });
  const queued: ToWorker[] = [];
  let loaded = false;
  setTimeout(() => {
    loaded = true;
    for (const message of queued.splice(0)) inner.postMessage(message);
  }, loadMs);
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => (loaded ? inner.postMessage(message) : void queued.push(message)),
    terminate: () => inner.terminate(),
  };
  inner.onmessage = (event: { data: FromWorker }) => port.onmessage?.(event);
  spawned.push(port);
  return port;
}

describe('a worker loading its code', () => {
  it('is given the loading budget, not the blocked one, before it first answers', async () => {
    const spawned: WorkerPort[] = [];
    const node = new RemoteNode({ spawn: () => slowStarting(400, spawned), blockedMs: 100, loadingMs: 5_000, pingMs: 20 });
    const session = await node.createSession({});
    expect(spawned).toHaveLength(1);
    expect((await session.run('echo up')).stdout).toBe('up\n');
    node.dispose();
  });

  it('is stopped once silent past the loading budget, and the next one serves the node', async () => {
    const spawned: WorkerPort[] = [];
    // The first worker never loads; the second loads at once.
    const node = new RemoteNode({ spawn: () => slowStarting(spawned.length === 0 ? 60_000 : 0, spawned), blockedMs: 100, loadingMs: 300, pingMs: 20 });
    const session = await node.createSession({});
    expect(spawned).toHaveLength(2);
    expect((await session.run('echo up')).stdout).toBe('up\n');
    node.dispose();
  });
});
