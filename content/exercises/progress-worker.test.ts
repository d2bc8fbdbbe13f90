// The page asks the worker which exercises are done: the answer comes from the node's state, and
// progress the worker records reaches the page's save without another line.

import { describe, expect, it } from 'vitest';
import { RemoteNode } from '../../components/session/remote-node';
import { workerDouble } from '../../components/session/worker-double';
import { PROGRESS_FILE } from './progress';

const NOW = Date.UTC(2026, 11, 5, 8, 30, 0);

async function until(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  return check();
}

describe('exercises through the worker', () => {
  it('answers from the node, and the recorded progress is in the next save', async () => {
    const node = new RemoteNode({ spawn: () => workerDouble({ sessionOptions: () => ({ seed: 5, now: () => NOW }) }) });
    const session = await node.createSession({});
    expect(await session.exercises('dockershim')).toEqual([
      { id: 'dockershim/docker-image-to-k8s', done: false },
      { id: 'dockershim/kubelet', done: false },
    ]);
    const savedBefore = JSON.stringify(session.saveForStorage());
    expect(savedBefore.includes(PROGRESS_FILE)).toBe(false);
    expect((await session.run('systemctl start kubelet')).exitCode).toBe(0);
    expect(await session.exercises('dockershim')).toEqual([
      { id: 'dockershim/docker-image-to-k8s', done: false },
      { id: 'dockershim/kubelet', done: true },
    ]);
    expect(await until(() => JSON.stringify(session.saveForStorage()).includes(PROGRESS_FILE))).toBe(true);
    expect(await session.exercises('no-such-note')).toEqual([]);
  });
});
