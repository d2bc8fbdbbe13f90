// A chunked save restored as it is comes back to the page as the node's save at once; the
// worker's own save of the restored node follows (off the prompt's path) and restores the same.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/shell/session';
import { createNodeHost } from './node-host';
import { isChunkedSave } from './storage/chunked-saves';
import { memoryChunkStore } from './storage/memory-chunk-store';
import type { FromWorker, SaveOutcome, ToWorker } from './worker-protocol';

function host() {
  const posted: FromWorker[] = [];
  const handle = createNodeHost({ chunks: memoryChunkStore(), createSession: (o) => createSession({ ...o, seed: 3, now: () => Date.UTC(2026, 11, 5) }), post: (m) => posted.push(m) });
  const until = async <T extends FromWorker>(pick: (m: FromWorker) => m is T): Promise<T> => {
    for (let i = 0; i < 400; i++) {
      const at = posted.findIndex(pick);
      if (at >= 0) return posted.splice(at, 1)[0] as T;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('no answer');
  };
  return { send: (m: ToWorker) => handle(m), until };
}

const isCreated = (id: number) => (m: FromWorker): m is Extract<FromWorker, { t: 'created' }> => m.t === 'created' && m.id === id;
const isSaved = (id: number) => (m: FromWorker): m is Extract<FromWorker, { t: 'saved' }> => m.t === 'saved' && m.id === id;
const savedOf = (outcome: SaveOutcome | undefined) => {
  if (!outcome?.ok) throw new Error('no save');
  return outcome.saved;
};

describe('a chunked save restored', () => {
  it('is answered with the save it came from, and the worker saves the node again after', async () => {
    const { send, until } = host();
    send({ t: 'create', req: 1, id: 1, options: {} });
    await until(isCreated(1));
    send({ t: 'run', req: 2, id: 1, line: 'ctr ns create lab && cd /tmp', tty: true, realTime: false });
    const chunked = savedOf((await until(isSaved(1))).save);
    expect(isChunkedSave(chunked)).toBe(true);

    send({ t: 'create', req: 3, id: 2, options: { saved: chunked, rejectDamagedSave: true } });
    const created = await until(isCreated(2));
    expect(savedOf(created.save)).toEqual(chunked);
    expect(created.view.prompt).toBe('root@node1:/tmp# ');
    // The worker's own save of that node comes next, and brings back the same node.
    const again = savedOf((await until(isSaved(2))).save);
    send({ t: 'create', req: 4, id: 3, options: { saved: again, rejectDamagedSave: true } });
    await until(isCreated(3));
    send({ t: 'run', req: 5, id: 3, line: 'ctr ns ls -q; pwd', tty: true, realTime: false });
    const done = await until((m): m is Extract<FromWorker, { t: 'done' }> => m.t === 'done' && m.req === 5);
    expect(done.result.stdout).toBe('lab\n/tmp\n');
  });

  it('is saved afresh before the answer when it may not be taken as it is (a restart)', async () => {
    const { send, until } = host();
    send({ t: 'create', req: 1, id: 1, options: {} });
    await until(isCreated(1));
    send({ t: 'run', req: 2, id: 1, line: 'ctr ns create lab', tty: true, realTime: false });
    const chunked = savedOf((await until(isSaved(1))).save);
    send({ t: 'create', req: 3, id: 2, options: { saved: chunked } });
    const created = await until(isCreated(2));
    expect(savedOf(created.save)).not.toBe(chunked);
    expect(isChunkedSave(savedOf(created.save))).toBe(true);
  });
});
