// What an earlier ctrlab left in a learner's browser comes back: the one-key layout of the first
// web app and the pointer-and-slots layout of issue 7, each written by that version's own store
// (fixtures/README.md), restore through today's store and worker, and the next save moves the
// node to the chunked form without losing it.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RemoteNode } from '../remote-node';
import type { RemoteSession } from '../remote-session';
import { createSessionStore, STORAGE_KEY } from '../session-store';
import { workerDouble } from '../worker-double';
import { isChunkedSave } from './chunked-saves';
import { memoryChunkStore } from './memory-chunk-store';
import { memoryStorage } from '../store-test-support';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = Date.UTC(2026, 11, 4, 20, 0, 0);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('storage layouts of earlier versions', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.startsWith('local-storage-'));

  it('are here: the one-key layout and the pointer layout', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of files) {
    it(`${file} restores and is saved again in today's form`, async () => {
      const storage = memoryStorage(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<string, string>);
      const chunks = memoryChunkStore();
      const node = new RemoteNode({ spawn: () => workerDouble({ chunks, sessionOptions: () => ({ now: () => NOW }) }) });
      const store = createSessionStore({
        storage: () => storage,
        chunks: () => chunks,
        loadSimulator: async () => ({ createSession: (options) => node.createSession(options) }),
      });
      await store.getState().start();
      const { session, notice, rejectedSave } = store.getState();
      expect(notice).toBeNull();
      expect(rejectedSave).toBeNull();
      const remote = session as RemoteSession;
      expect(remote.prompt()).toBe('root@node1:/tmp/work# ');
      expect((await remote.run('cat /root/notes.txt; echo $STAGE')).stdout).toBe('hello\nlab\n');
      await until(() => {
        const saved = store.getState().saved;
        return isChunkedSave(saved) && saved.history.at(-1) === 'cat /root/notes.txt; echo $STAGE';
      });
      const pointer = JSON.parse(storage.data.get(STORAGE_KEY) ?? 'null') as { slot: string };
      expect(storage.data.get(pointer.slot)).toContain('"chunks"');
      node.dispose();
    });
  }
});
