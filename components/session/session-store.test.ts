import { describe, expect, it } from 'vitest';
import type { Node } from '../../simulator/node';
import type { SavedSession } from '../../simulator/shell/session-types';
import { fakeSession } from '../terminal/test-doubles';
import { INVALID_NOTICE, OUTDATED_NOTICE, STORE_VERSION } from './persisted-session';
import { CORRUPTED_NOTICE } from './safe-storage';
import { createSessionStore, STORAGE_KEY } from './session-store';
import { fakeStore, storedSave, memoryStorage } from './store-test-support';

function savedWith(history: string[]): SavedSession {
  return { version: 1, node: { marker: true }, cwd: '/root', env: {}, history };
}

function setup(initial: Record<string, string> = {}, options: { failOnSaved?: boolean } = {}) {
  const storage = memoryStorage(initial);
  const { store, created } = fakeStore(storage, {
    rejectSaved: options.failOnSaved ? 'bad state' : undefined,
    // A stand-in node per fresh session; a second login gets the node it was given.
    extend: (_session, sessionOptions, count) => ({ node: sessionOptions.node ?? ({ fake: count } as unknown as Node) }),
  });
  return { storage, store, created };
}

/** The save the pointer at STORAGE_KEY names, as stored. */
const stored = (storage: ReturnType<typeof memoryStorage>): unknown => storedSave(storage.data);

describe('session store', () => {
  it('starts a fresh session when nothing is stored, and persists it', async () => {
    const { store, storage, created } = setup();
    await store.getState().start();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().notice).toBeNull();
    expect(created).toEqual([{}]);
    expect(stored(storage)).toEqual({
      state: { saved: { version: 1, node: {}, cwd: '/root', env: {}, history: [] } },
      version: STORE_VERSION,
    });
  });

  it('restores a stored session and keeps its history', async () => {
    const value = JSON.stringify({ state: { saved: savedWith(['ctr i ls']) }, version: STORE_VERSION });
    const { store, created } = setup({ [STORAGE_KEY]: value });
    await store.getState().start();
    expect(created).toEqual([{ saved: savedWith(['ctr i ls']), rejectDamagedSave: true }]);
    expect(store.getState().session?.history()).toEqual(['ctr i ls']);
  });

  it('saves after a command', async () => {
    const { store, storage } = setup();
    await store.getState().start();
    await store.getState().session?.run('ctr c ls');
    store.getState().save();
    expect(stored(storage)).toMatchObject({ state: { saved: { history: ['ctr c ls'] } } });
  });

  it('survives corrupted storage with a notice', async () => {
    const { store, created } = setup({ [STORAGE_KEY]: '{not json' });
    await store.getState().start();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().notice).toBe(CORRUPTED_NOTICE);
    expect(created).toEqual([{}]);
  });

  it('drops a stored session of the wrong shape with a notice', async () => {
    const value = JSON.stringify({ state: { saved: { version: 'x' } }, version: STORE_VERSION });
    const { store, created } = setup({ [STORAGE_KEY]: value });
    await store.getState().start();
    expect(store.getState().notice).toBe(INVALID_NOTICE);
    expect(created).toEqual([{}]);
  });

  it('drops a session stored by another store version', async () => {
    const value = JSON.stringify({ state: { saved: savedWith(['x']) }, version: STORE_VERSION + 7 });
    const { store } = setup({ [STORAGE_KEY]: value });
    await store.getState().start();
    expect(store.getState().notice).toBe(OUTDATED_NOTICE);
    expect(store.getState().session?.history()).toEqual([]);
  });

  it('falls back to a fresh node when the simulator rejects the saved state', async () => {
    const value = JSON.stringify({ state: { saved: savedWith(['x']) }, version: STORE_VERSION });
    const { store, created } = setup({ [STORAGE_KEY]: value }, { failOnSaved: true });
    await store.getState().start();
    expect(store.getState().notice).toBe(INVALID_NOTICE);
    expect(created).toHaveLength(2);
    expect(store.getState().session?.history()).toEqual([]);
  });

  it('creates only one session per tab even if started twice', async () => {
    const { store, created } = setup();
    await Promise.all([store.getState().start(), store.getState().start()]);
    expect(created).toHaveLength(1);
  });

  it('reset replaces the node and bumps the generation', async () => {
    const { store, storage } = setup();
    await store.getState().start();
    await store.getState().session?.run('ctr i ls');
    store.getState().save();
    await store.getState().reset();
    expect(store.getState().generation).toBe(1);
    expect(store.getState().session?.history()).toEqual([]);
    expect(stored(storage)).toMatchObject({ state: { saved: { history: [] } } });
  });

  it('opens a second terminal on the same node, keeps it out of storage, and closes it', async () => {
    const { store, storage, created } = setup();
    await store.getState().start();
    const first = store.getState().session;
    await store.getState().openSecond();
    const second = store.getState().second as ReturnType<typeof fakeSession> | null;
    expect(second).not.toBeNull();
    expect(created.at(-1)).toEqual({ node: first?.node });
    // Opening again while open changes nothing.
    await store.getState().openSecond();
    expect(store.getState().second).toBe(second);
    await second?.run('ctr ns create demo');
    store.getState().save();
    // The save alone: the second login's line is not in this terminal's history, so its change
    // joins the newest state (undo-points.ts) and there is no earlier state to store yet.
    expect(Object.keys((stored(storage) as { state: object }).state)).toEqual(['saved']);
    store.getState().closeSecond();
    expect(store.getState().second).toBeNull();
    // Whatever it still ran (a streaming `ctr events`) got Ctrl-C.
    expect(second?.interrupts).toEqual(['SIGINT']);
    expect(store.getState().session).toBe(first);
  });

  it('reset gives both terminals the new node', async () => {
    const { store } = setup();
    await store.getState().start();
    await store.getState().openSecond();
    const oldSecond = store.getState().second as ReturnType<typeof fakeSession>;
    await store.getState().reset();
    const { session, second } = store.getState();
    expect(second).not.toBe(oldSecond);
    expect((second as { node?: unknown } | null)?.node).toBe(session?.node);
    expect(oldSecond.interrupts).toEqual(['SIGINT']);
  });

  it('says so when the browser refuses to store anything, and keeps working', async () => {
    const { store, storage } = setup();
    storage.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    await store.getState().start();
    await Promise.resolve();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().notice).toContain('does not let the page store data');
    await store.getState().session?.run('ctr i ls');
    store.getState().save();
    await Promise.resolve();
    expect(store.getState().notice).toContain('does not let the page store data');
  });

  it('reports a simulator that fails to load instead of throwing', async () => {
    const store = createSessionStore({
      storage: () => undefined,
      loadSimulator: () => Promise.reject(new Error('offline')),
    });
    await store.getState().start();
    expect(store.getState().status).toBe('failed');
    expect(store.getState().notice).toContain('offline');
  });
});
