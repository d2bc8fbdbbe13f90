// Saves whose large strings live in a chunk store: made by the worker after a line, small in
// localStorage, restored (also by a restarted worker) from the chunks, refused with a reason
// when a chunk is gone, and collected once no save names them.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../simulator/shell/session';
import { createNodeHost } from '../node-host';
import { INVALID_NOTICE, STORE_VERSION } from '../persisted-session';
import { RemoteNode } from '../remote-node';
import { createSessionStore, STORAGE_KEY } from '../session-store';
import type { RemoteSession } from '../remote-session';
import { workerDouble } from '../worker-double';
import type { FromWorker } from '../worker-protocol';
import { collectChunks } from './chunk-collection';
import { type ChunkedSave, isChunkedSave } from './chunked-saves';
import type { ChunkStore } from './chunk-store';
import { memoryChunkStore } from './memory-chunk-store';

const NOW = Date.UTC(2026, 11, 4, 9, 0, 0);
const pause = () => new Promise((resolve) => setTimeout(resolve, 10));

function remote(chunks: ChunkStore) {
  return new RemoteNode({ spawn: () => workerDouble({ chunks, sessionOptions: () => ({ seed: 7, now: () => NOW }) }), pingMs: 40 });
}

/** The save as the page holds it, once the worker has made it after the last line. */
async function saveOf(session: RemoteSession): Promise<ChunkedSave> {
  const last = session.history().at(-1);
  for (let tries = 0; tries < 500; tries++) {
    const saved = session.lastSave?.ok ? session.lastSave.saved : undefined;
    if (saved && saved.history.at(-1) === last) {
      if (!isChunkedSave(saved)) throw new Error('not a chunked save');
      return saved;
    }
    await pause();
  }
  throw new Error('no save came after the last line');
}

/** A worker's node holding a 100 KB file, and its save once made. */
async function nodeWithBigFile(chunks: ChunkStore) {
  const node = remote(chunks);
  const session = await node.createSession({});
  await session.run('head -c 100000 /dev/zero > /root/big');
  return { node, session, saved: await saveOf(session) };
}

describe('chunked saves', () => {
  it('keep a large file out of the save and bring it back on restore', async () => {
    const chunks = memoryChunkStore();
    const node = remote(chunks);
    const session = await node.createSession({});
    await session.run('head -c 300000 /dev/zero > /root/big && echo kept > /root/small && cd /tmp');
    const saved = await saveOf(session);
    expect(String(JSON.stringify(saved.node)).length).toBeLessThan(60_000);
    expect(saved.chunks.length).toBeGreaterThanOrEqual(2); // config.toml and the big file
    const restored = await node.createSession({ saved: structuredClone(saved), rejectDamagedSave: true });
    expect(restored.prompt()).toBe('root@node1:/tmp# ');
    expect((await restored.run('wc -c < /root/big; cat /root/small')).stdout).toBe('300000\nkept\n');
    node.dispose();
  });

  it('write a chunk once however many saves name it', async () => {
    const chunks = memoryChunkStore();
    const { node, session, saved: first } = await nodeWithBigFile(chunks);
    const before = chunks.size;
    for (const line of ['echo a', 'echo b', 'cp /root/big /root/copy']) await session.run(line);
    const saved = await saveOf(session);
    // The copy names the big file's chunk again. The only chunks that may be new are the slices
    // of the group of file records /root/copy joined and of the group holding /root, whose mtime
    // the copy changed (node1's files now exceed a slice's size; where groups end depends on
    // which files node1 has, its dpkg records among them).
    expect(chunks.size).toBeLessThanOrEqual(before + 2);
    expect(first.chunks.filter((c) => !saved.chunks.includes(c)).length).toBeLessThanOrEqual(2);
    expect(saved.chunks.every((c) => typeof c === 'string')).toBe(true);
    node.dispose();
  });

  it('refuse a save whose chunk is gone, as damaged, with the reason', async () => {
    const chunks = memoryChunkStore();
    const { node, saved } = await nodeWithBigFile(chunks);
    await chunks.deleteMany(saved.chunks);
    await expect(node.createSession({ saved, rejectDamagedSave: true })).rejects.toMatchObject({
      name: 'DamagedSaveError',
      message: expect.stringMatching(/chunk [0-9a-f]{12} of the save is missing/),
    });
    node.dispose();
  });

  it('tell the learner which field of a refused save is damaged', async () => {
    const chunks = memoryChunkStore();
    const { node, saved } = await nodeWithBigFile(chunks);
    const forged = { ...saved, history: ['ok', 'bad\u0000line'] };
    const items = new Map([[STORAGE_KEY, JSON.stringify({ state: { saved: forged }, version: STORE_VERSION })]]);
    const store = createSessionStore({
      storage: () => ({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) }),
      chunks: () => chunks,
      loadSimulator: async () => ({ createSession: (options) => node.createSession(options) }),
    });
    await store.getState().start();
    expect(store.getState().notice).toBe(`${INVALID_NOTICE} Damaged: history: not lines the shell takes`);
    expect(store.getState().rejectedSave).not.toBeNull();
    node.dispose();
  });

  it('collect only chunks no save names, after their grace time', async () => {
    const chunks = memoryChunkStore();
    await chunks.putMany([
      ['a', { data: new Uint8Array([1]), writtenAtMs: 0 }],
      ['b', { data: new Uint8Array([2]), writtenAtMs: 0 }],
      ['c', { data: new Uint8Array([3]), writtenAtMs: 9_000 }],
    ]);
    expect(await collectChunks(chunks, new Set(['a']), 10_000, 5_000)).toBe(1);
    expect((await chunks.keys()).sort()).toEqual(['a', 'c']);
  });
});

describe('a login made from a chunked save', () => {
  it('is there for a second login and a line sent before it was answered', async () => {
    const chunks = memoryChunkStore();
    const { node, saved } = await nodeWithBigFile(chunks);
    node.dispose();
    const posted: FromWorker[] = [];
    const host = createNodeHost({ chunks, createSession: (o) => createSession({ ...o, seed: 7, now: () => NOW }), post: (m) => posted.push(m) });
    // As a restarted worker receives them: all at once, before the first is answered.
    host({ t: 'create', req: 1, id: 1, options: { saved, rejectDamagedSave: true } });
    host({ t: 'create', req: 2, id: 2, options: { loginTo: 1 } });
    host({ t: 'run', req: 3, id: 2, line: 'wc -c < /root/big', tty: false, realTime: false });
    for (let i = 0; i < 300 && !posted.some((m) => m.t === 'done'); i++) await pause();
    expect(posted.filter((m) => m.t === 'created').map((m) => (m as { id: number }).id)).toEqual([1, 2]);
    expect(posted.find((m) => m.t === 'done')).toMatchObject({ result: { stdout: '100000\n' } });
  });
});
