// Undo after a reload (issue 13 item 3): the states Undo goes back to are stored with the save
// (store version 2), a version-1 save migrates with nothing to undo, forged undo states are
// ignored, and the undo states never push a save into its size warning.

import { describe, expect, it } from 'vitest';
import type { Node } from '../../simulator/node';
import type { SavedSession } from '../../simulator/shell/session-types';
import { MAX_UNDO_SAVES, migratePersisted, OUTDATED_NOTICE, readPersisted, STORE_VERSION } from './persisted-session';
import { SAVE_WARN_CHARS } from './save-notices';
import { loadInProcess } from './load-simulator';
import { createSessionStore, STORAGE_KEY } from './session-store';
import { fakeStore, storedSave, memoryStorage } from './store-test-support';

type Memory = ReturnType<typeof memoryStorage>;

const saved = (history: string[], node: unknown = { lines: history.length }): SavedSession => ({ version: 2, node, cwd: '/root', env: {}, history });

/**
 * A store on `storage` whose sessions save a node naming their line count (padded to `pad`
 * characters) and record the save they were made from.
 */
function storeOn(storage: Memory, pad = () => 0) {
  return fakeStore(storage, {
    extend: (session, _options, count) => ({
      node: { fake: count } as unknown as Node,
      saveForStorage: (): SavedSession => ({
        version: 2,
        node: JSON.stringify({ lines: session.history().length, pad: 'x'.repeat(pad()) }),
        cwd: '/root',
        env: {},
        history: [...session.history()],
      }),
    }),
  });
}

async function runAndSave(store: ReturnType<typeof storeOn>['store'], line: string): Promise<void> {
  await store.getState().session?.run(line);
  store.getState().save();
}

const storedState = (storage: Memory) => (storedSave(storage.data) as { state: { saved: SavedSession; undo?: SavedSession[] } }).state;

describe('undo across reloads', () => {
  it('a reload keeps the last line and the one before to undo, in order', async () => {
    const storage = memoryStorage();
    const first = storeOn(storage);
    await first.store.getState().start();
    for (const line of ['ctr ns create a', 'ctr ns create b', 'ctr ns rm a']) await runAndSave(first.store, line);
    const state = storedState(storage);
    expect(state.saved.history).toHaveLength(3);
    expect(state.undo?.map((s) => s.history.length)).toEqual([1, 2]);
    // Stored as nodes, not as strings of JSON (spliced like the save's own node).
    expect(state.undo?.map((s) => s.node)).toEqual([{ lines: 1, pad: '' }, { lines: 2, pad: '' }]);

    const reloaded = storeOn(storage);
    await reloaded.store.getState().start();
    expect(reloaded.store.getState().undoLines).toEqual(['ctr ns rm a']);
    await reloaded.store.getState().undo();
    expect(reloaded.created.at(-1)?.saved?.history).toEqual(['ctr ns create a', 'ctr ns create b']);
    expect(reloaded.store.getState().undoLines).toEqual(['ctr ns create b']);

    // …and that too survives the next reload.
    const again = storeOn(storage);
    await again.store.getState().start();
    expect(again.store.getState().undoLines).toEqual(['ctr ns create b']);
    await again.store.getState().undo();
    expect(again.created.at(-1)?.saved?.history).toEqual(['ctr ns create a']);
    expect(again.store.getState().undoLines).toBeNull();
  });

  it('a version-1 save migrates with its session kept and nothing to undo', async () => {
    const value = JSON.stringify({ state: { saved: saved(['ctr i ls']) }, version: 1 });
    const { store, created } = storeOn(memoryStorage({ [STORAGE_KEY]: value }));
    await store.getState().start();
    expect(created[0]?.saved?.history).toEqual(['ctr i ls']);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().undoLines).toBeNull();
  });

  it('migrations: version 1 keeps its save, others start fresh with a notice', () => {
    expect(migratePersisted({ saved: saved(['x']) }, 1)).toEqual({ saved: saved(['x']) });
    expect(migratePersisted({}, 1)).toEqual({ saved: null });
    expect(migratePersisted({ saved: saved(['x']) }, 0)).toEqual({ saved: null, notice: OUTDATED_NOTICE });
    expect(migratePersisted({ saved: saved(['x']) }, STORE_VERSION + 1)).toEqual({ saved: null, notice: OUTDATED_NOTICE });
  });

  it('reads undo states only when every one has a save\'s shape, and at most MAX_UNDO_SAVES', () => {
    const good = [saved([]), saved(['a']), saved(['a', 'b'])];
    expect(readPersisted({ saved: saved(['a', 'b', 'c']), undo: good }).undo).toEqual(good.slice(-MAX_UNDO_SAVES));
    expect(readPersisted({ saved: saved(['a']), undo: [saved([]), { history: 'x' }] }).undo).toEqual([]);
    expect(readPersisted({ saved: saved(['a']), undo: 'forged' }).undo).toEqual([]);
    expect(readPersisted({ saved: null, undo: good }).undo).toEqual([]);
  });

  it('a forged undo state is not offered; the save itself still restores', async () => {
    const value = JSON.stringify({ state: { saved: saved(['ctr i ls']), undo: [{ version: 'x' }] }, version: STORE_VERSION });
    const { store, created } = storeOn(memoryStorage({ [STORAGE_KEY]: value }));
    await store.getState().start();
    expect(created[0]?.saved?.history).toEqual(['ctr i ls']);
    expect(store.getState().undoLines).toBeNull();
  });

  it('undo states are dropped, oldest first, before they take the save past its warning mark', async () => {
    const storage = memoryStorage();
    let pad = 0;
    const { store } = storeOn(storage, () => pad);
    await store.getState().start();
    pad = Math.round(SAVE_WARN_CHARS * 0.4);
    await runAndSave(store, 'a');
    await runAndSave(store, 'b');
    await runAndSave(store, 'c');
    // Two states of 40 % fit beside the current one only without the oldest.
    expect(storedState(storage).undo?.map((s) => s.history)).toEqual([['a', 'b']]);
    pad = Math.round(SAVE_WARN_CHARS * 0.7);
    await runAndSave(store, 'd');
    expect(storedState(storage).undo).toBeUndefined();
    expect(storedState(storage).saved.history).toEqual(['a', 'b', 'c', 'd']);
    expect(store.getState().notice).toBeNull();
  });

  it('on the real simulator: after a reload, Undo brings back a removed namespace', async () => {
    const storage = memoryStorage();
    const open = async () => {
      const store = createSessionStore({ storage: () => storage, loadSimulator: loadInProcess });
      await store.getState().start();
      return store;
    };
    const first = await open();
    for (const line of ['ctr ns create lab', 'ctr -n lab c create --help >/dev/null; ctr ns create second', 'ctr ns rm lab']) {
      await first.getState().session?.run(line);
      first.getState().save();
    }
    const reloaded = await open();
    expect(reloaded.getState().undoLines).toEqual(['ctr ns rm lab']);
    await reloaded.getState().undo();
    const r = await reloaded.getState().session?.run('ctr ns ls -q');
    expect(r?.stdout).toBe('lab\nsecond\n');
    // Loads the whole simulator and restores three nodes: more than the default 5 s on a busy core.
  }, 120_000);
});
