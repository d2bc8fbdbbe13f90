// The session controls the way the browser runs them: the node in the worker (its in-process
// double), saves chunked into a chunk store. A session an earlier ctrlab stored becomes the
// first named session; Undo, a preset, switching and Export all go through the worker, and the
// parked session's chunks are there when it comes back.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RemoteNode } from '../remote-node';
import type { RemoteSession } from '../remote-session';
import { createSessionLibrary } from '../session-library';
import { readSessionFile } from '../session-file';
import { createSessionStore } from '../session-store';
import { workerDouble } from '../worker-double';
import { isChunkedSave } from './chunked-saves';
import { memoryChunkStore } from './memory-chunk-store';
import { memoryStorage } from '../store-test-support';

const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('sessions through the worker', () => {
  it('take an earlier version\'s stored session as the first one, and undo, switch and export it', async () => {
    const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'local-storage-4a0a6f5.json'), 'utf8');
    const storage = memoryStorage(JSON.parse(fixture) as Record<string, string>);
    const chunks = memoryChunkStore();
    const node = new RemoteNode({ spawn: () => workerDouble({ chunks, sessionOptions: () => ({ now: () => NOW }) }) });
    const store = createSessionStore({
      storage: () => storage,
      chunks: () => chunks,
      loadSimulator: async () => ({ createSession: (options) => node.createSession(options), closeSession: (s) => node.close(s as RemoteSession) }),
    });
    const library = createSessionLibrary({ store, storage: () => storage, defaultName: 'Session 1', shareCodec: () => import('../share-codec') });
    await store.getState().start();
    library.getState().refresh();
    expect(library.getState().list).toEqual({ active: 's1', sessions: [{ id: 's1', name: 'Session 1' }] });
    const run = async (line: string) => {
      const r = await (store.getState().session as RemoteSession).run(line);
      return r.stdout + r.stderr;
    };

    // The worker's save after the line comes on its own; Undo offers that line once it has.
    await run('ctr ns create old');
    await until(() => store.getState().undoLines?.join() === 'ctr ns create old');
    expect(isChunkedSave(store.getState().saved)).toBe(true);
    await store.getState().undo();
    expect(await run('ctr ns ls -q; cat /root/notes.txt')).toBe('default\nhello\n');
    await run('ctr ns create kept');
    await until(() => store.getState().saved?.history.at(-1) === 'ctr ns create kept');

    expect(await library.getState().createSession('k8s', 'k8s')).toBeNull();
    expect(await run('crictl pods -q | wc -l; history | wc -l')).toBe('1\n1\n');
    expect(await library.getState().switchTo('s1')).toBeNull();
    expect(await run('ctr ns ls -q; echo $STAGE')).toBe('default\nkept\nlab\n');

    const file = readSessionFile((await library.getState().exportFile()).text);
    if (!file.ok) throw new Error(file.problem);
    expect('chunks' in file.saved).toBe(false);
    expect(JSON.stringify(file.saved.node)).toContain('kept');
    node.dispose();
  }, 120_000);
});
