// The worker's saves made a piece at a time: a line that runs while one is being made drops it
// (the line's own save follows, with the line in it), and a node whose tree is large keeps only
// a small root in the save, its slices in the chunk store, restorable from there.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../simulator/shell/session';
import type { SavedSession } from '../../../simulator/shell/session-types';
import { createNodeHost } from '../node-host';
import type { FromWorker, ToWorker } from '../worker-protocol';
import type { ChunkStore } from './chunk-store';
import { isChunkedSave } from './chunked-saves';
import { memoryChunkStore } from './memory-chunk-store';

const NOW = Date.UTC(2026, 11, 4, 9, 0, 0);
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A host on a clock that moves 1 ms per look (so a save pauses often), and what it posts. */
function host(chunks: ChunkStore, onPause: () => void = () => undefined) {
  const posted: FromWorker[] = [];
  let t = 0;
  const send = createNodeHost({
    chunks,
    createSession: (o) => createSession({ ...o, seed: 7, now: () => NOW }),
    post: (m) => posted.push(m),
    clock: () => t++,
    pause: async () => {
      onPause();
      await tick();
    },
  });
  return { send, posted };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !check(); i++) await tick();
  expect(check()).toBe(true);
}

const saves = (posted: FromWorker[]) =>
  posted.flatMap((m) => (m.t === 'saved' && m.save.ok ? [m.save.saved] : []));
const lastLine = (saved: SavedSession) => saved.history.at(-1);

describe('saves made a piece at a time', () => {
  it('drop a save a line overtakes, and save again with that line', async () => {
    let sendDuringSave: (() => void) | undefined;
    const { send, posted } = host(memoryChunkStore(), () => {
      const now = sendDuringSave;
      sendDuringSave = undefined;
      now?.();
    });
    send({ t: 'create', req: 1, id: 1, options: {} });
    await until(() => posted.some((m) => m.t === 'created'));
    const run = (req: number, line: string): ToWorker => ({ t: 'run', req, id: 1, line, tty: false, realTime: false });
    sendDuringSave = () => send(run(3, 'echo after > /root/after'));
    send(run(2, 'echo before > /root/before'));
    await until(() => saves(posted).some((s) => lastLine(s) === 'echo after > /root/after'));
    const done = posted.filter((m) => m.t === 'done').length;
    expect(done).toBe(2);
    expect(saves(posted).map(lastLine)).not.toContain('echo before > /root/before');
    expect(sendDuringSave).toBeUndefined();
  });

  it('keep a small root for a large tree, and restore it from its slices', async () => {
    const chunks = memoryChunkStore();
    const first = host(chunks);
    first.send({ t: 'create', req: 1, id: 1, options: {} });
    const line = 'for i in $(seq 400); do echo "file number $i of many" > /root/f$i; done';
    first.send({ t: 'run', req: 2, id: 1, line, tty: false, realTime: false });
    await until(() => saves(first.posted).some((s) => lastLine(s) === line));
    const saved = saves(first.posted).find((s) => lastLine(s) === line);
    if (!saved || !isChunkedSave(saved)) throw new Error('no chunked save');
    expect(String(saved.node)).toMatch(/chunk:[0-9a-f]{64}:j/);
    expect(String(saved.node).length).toBeLessThan(16 * 1024);

    const second = host(chunks);
    second.send({ t: 'create', req: 1, id: 1, options: { saved: structuredClone(saved), rejectDamagedSave: true } });
    second.send({ t: 'run', req: 2, id: 1, line: 'cat /root/f1 /root/f400', tty: false, realTime: false });
    await until(() => second.posted.some((m) => m.t === 'done'));
    expect(second.posted.find((m) => m.t === 'done')).toMatchObject({ result: { stdout: 'file number 1 of many\nfile number 400 of many\n' } });
  });
});
