// Saves against a browser's real limits: a 5 MB localStorage double that throws as browsers do,
// saves too big for their budget, saves that cannot be made, and what a reload then says.

import { describe, expect, it } from 'vitest';
import type { Node } from '../../simulator/node';
import type { SavedSession } from '../../simulator/shell/session-types';
import { loadInProcess } from './load-simulator';
import { INVALID_NOTICE, STORE_VERSION } from './persisted-session';
import { CORRUPTED_NOTICE, createSafeStorage } from './safe-storage';
import { ORIGIN_QUOTA_CHARS, SAVE_BUDGET_CHARS, SAVE_WARN_CHARS } from './save-notices';
import { createSessionStore, rejectedSaveFile, STORAGE_KEY } from './session-store';
import { fakeStore, storedSave } from './store-test-support';

/** localStorage as browsers bound it: keys and values together, in UTF-16 code units. */
function quotaStorage(limit = ORIGIN_QUOTA_CHARS) {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    used,
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      const old = data.get(key);
      const next = used() - (old === undefined ? 0 : key.length + old.length) + key.length + value.length;
      if (next > limit) throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}

type Storage = ReturnType<typeof quotaStorage>;

/** A node whose saved text is `chars` long (about: the JSON around it adds a little). */
function nodeOf(chars: number, tag = 'n'): string {
  return JSON.stringify({ tag, pad: 'x'.repeat(Math.max(chars - 30, 0)) });
}

/**
 * A store on `storage` whose sessions save `node()` as their node text, or throw when it
 * returns an Error (a node that cannot be serialised).
 */
function storeOn(storage: Storage, node: () => string | Error, options: { rejectSaved?: boolean } = {}) {
  return fakeStore(storage, {
    rejectSaved: options.rejectSaved ? 'the saved session cannot be restored' : undefined,
    extend: (session, _options, count) => {
      const saveForStorage = (): SavedSession => {
        const text = node();
        if (text instanceof Error) throw text;
        return { version: 1, node: text, cwd: '/root', env: {}, history: [...session.history()] };
      };
      return { saveForStorage, node: { fake: count } as unknown as Node };
    },
  });
}

/** The node the pointer's slot holds now. */
function storedNode(storage: Storage): unknown {
  return (storedSave(storage.data) as { state?: { saved?: { node?: unknown } } } | null)?.state?.saved?.node;
}

/** Lets the notice queued after a save land. */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

async function runAndSave(store: ReturnType<typeof storeOn>['store'], line: string): Promise<void> {
  await store.getState().session?.run(line);
  store.getState().save();
  await settle();
}

describe('bounded saves', () => {
  it('writes each save beside the last and keeps only the current one', async () => {
    const storage = quotaStorage();
    let tag = 'first';
    const { store } = storeOn(storage, () => nodeOf(1000, tag));
    await store.getState().start();
    tag = 'second';
    await runAndSave(store, 'ctr ns create a');
    expect(storedNode(storage)).toMatchObject({ tag: 'second' });
    // The pointer and one slot: the superseded save is gone.
    expect([...storage.data.keys()].sort()).toHaveLength(2);
    expect(store.getState().notice).toBeNull();
  });

  it('never removes the save another tab of the site just made', async () => {
    const storage = quotaStorage();
    let tag = 'one';
    const first = storeOn(storage, () => nodeOf(1000, `first-${tag}`));
    const second = storeOn(storage, () => nodeOf(1000, `second-${tag}`));
    await first.store.getState().start();
    await second.store.getState().start();
    for (tag of ['two', 'three']) {
      await runAndSave(first.store, 'ctr ns ls');
      expect(storedNode(storage)).toMatchObject({ tag: `first-${tag}` });
      await runAndSave(second.store, 'ctr ns ls');
      expect(storedNode(storage)).toMatchObject({ tag: `second-${tag}` });
      expect(storage.data.size).toBe(2);
    }
  });

  it('warns once the save nears its budget, and clears the warning when it shrinks', async () => {
    const storage = quotaStorage();
    let size = 1000;
    const { store } = storeOn(storage, () => nodeOf(size));
    await store.getState().start();
    size = SAVE_WARN_CHARS + 50_000;
    await runAndSave(store, 'ctr i pull big');
    expect(store.getState().notice).toMatch(/this node's save takes 2\.0 MB of the 2\.4 MB this browser keeps for it; remove images, containers or files/);
    size = 1000;
    await runAndSave(store, 'ctr i rm big');
    expect(store.getState().notice).toBeNull();
  });

  it('does not write a save over its budget: the last one stays, and a reload says what came back', async () => {
    const storage = quotaStorage();
    let size = 1000;
    const { store } = storeOn(storage, () => nodeOf(size, size > 5000 ? 'big' : 'small'));
    await store.getState().start();
    await runAndSave(store, 'ctr ns create kept');
    size = SAVE_BUDGET_CHARS + 100_000;
    await runAndSave(store, 'ctr i pull huge');
    const notice = store.getState().notice ?? '';
    expect(notice).toContain("the node's latest state is not saved: it needs 2.5 MB, more than the 2.4 MB a save may take");
    expect(notice).not.toMatch(/storage is full/);
    expect(storedNode(storage)).toMatchObject({ tag: 'small' });

    // A reload restores the last save that fit, and says so.
    const reloaded = storeOn(storage, () => nodeOf(1000));
    await reloaded.store.getState().start();
    expect(reloaded.created[0]?.saved?.history).toEqual(['ctr ns create kept']);
    expect(reloaded.store.getState().notice).toMatch(
      /^ctrlab: the node's latest state was not saved \(it needed 2\.5 MB, more than the 2\.4 MB a save may take\); restored the last state that was, saved \d{4}-\d\d-\d\d \d\d:\d\d after `ctr ns create kept`\.$/,
    );
  });

  it('keeps what a reload restored in view beside a warning about the size', async () => {
    const storage = quotaStorage();
    let size = SAVE_WARN_CHARS + 10_000;
    const { store } = storeOn(storage, () => nodeOf(size));
    await store.getState().start();
    size = SAVE_BUDGET_CHARS + 1;
    await runAndSave(store, 'ctr i pull huge');
    const reloaded = storeOn(storage, () => nodeOf(SAVE_WARN_CHARS + 10_000));
    await reloaded.store.getState().start();
    await settle();
    const notice = reloaded.store.getState().notice ?? '';
    expect(notice).toMatch(/^ctrlab: the node's latest state was not saved \(it needed 2\.4 MB.*before any command\. ctrlab: this node's save takes 1\.9 MB of the 2\.4 MB/);
    await runAndSave(reloaded.store, 'ctr i rm something');
    // The size warning stays while the size does; the reload's account stays until replaced.
    expect(reloaded.store.getState().notice).toBe(notice);
  });

  it('clears the notice once a later save succeeds', async () => {
    const storage = quotaStorage();
    let size = SAVE_BUDGET_CHARS + 1;
    const { store } = storeOn(storage, () => nodeOf(size));
    await store.getState().start();
    await settle();
    expect(store.getState().notice).toContain('not saved');
    size = 1000;
    await runAndSave(store, 'ctr i rm huge');
    expect(store.getState().notice).toBeNull();
  });

  it('names the quota when the browser is out of room, and keeps the previous save', async () => {
    const storage = quotaStorage();
    const { store } = storeOn(storage, () => nodeOf(500_000));
    await store.getState().start();
    await runAndSave(store, 'ctr ns create kept');
    const before = storedNode(storage);
    // Another page of the site fills most of the origin's storage.
    storage.setItem('other-app', 'y'.repeat(ORIGIN_QUOTA_CHARS - storage.used() - 100_000));
    await runAndSave(store, 'ctr ns create lost');
    expect(store.getState().notice).toMatch(/not saved: this browser's storage for the site has no room left for its 0\.5 MB/);
    expect(storedNode(storage)).toEqual(before);

    const reloaded = storeOn(storage, () => nodeOf(1000));
    await reloaded.store.getState().start();
    expect(reloaded.created[0]?.saved?.history).toEqual(['ctr ns create kept']);
    expect(reloaded.store.getState().notice).toMatch(/was not saved \(the browser's storage for the site was full\); restored the last state that was/);
  });

  it('never stores null over a good save when the node cannot be serialised', async () => {
    const storage = quotaStorage();
    let node: () => string | Error = () => nodeOf(1000, 'good');
    const { store } = storeOn(storage, () => node());
    await store.getState().start();
    node = () => new RangeError('Invalid string length');
    await runAndSave(store, 'ctr i pull x');
    expect(store.getState().notice).toBe(
      "ctrlab: the node's latest state is not saved: it could not be written out (Invalid string length); the last save stays.",
    );
    expect(store.getState().saved).not.toBeNull();
    expect(storedNode(storage)).toMatchObject({ tag: 'good' });
    const reloaded = storeOn(storage, () => nodeOf(1000));
    await reloaded.store.getState().start();
    expect(reloaded.created[0]?.saved).toBeDefined();
    expect(reloaded.store.getState().notice).toContain('it could not be written out: Invalid string length');
  });

  it('keeps a save of the one-key layout when the first save after it is refused', async () => {
    const storage = quotaStorage();
    const legacy: SavedSession = { version: 1, node: { old: true }, cwd: '/root', env: {}, history: ['ctr i ls'] };
    const text = JSON.stringify({ state: { saved: legacy }, version: STORE_VERSION });
    storage.setItem(STORAGE_KEY, text);
    const { store } = storeOn(storage, () => nodeOf(SAVE_BUDGET_CHARS + 1));
    await store.getState().start();
    await settle();
    expect(store.getState().notice).toContain('not saved');
    expect(storage.getItem(STORAGE_KEY) === text).toBe(true);
  });

  it('never follows a pointer to a key that is not one of its slots', async () => {
    const storage = quotaStorage();
    storage.setItem('other-app', JSON.stringify({ state: { saved: null } }));
    storage.setItem(STORAGE_KEY, JSON.stringify({ format: 'ctrlab-save-pointer-1', slot: 'other-app', savedAtMs: 0 }));
    const { store, created } = storeOn(storage, () => nodeOf(1000));
    await store.getState().start();
    expect(store.getState().notice).toBe(CORRUPTED_NOTICE);
    expect(created[0]).toEqual({});
    expect(storage.getItem('other-app')).not.toBeNull();
  });

  it('reads a save of the one-key layout and moves it to slots', async () => {
    const storage = quotaStorage();
    const legacy: SavedSession = { version: 1, node: { old: true }, cwd: '/root', env: {}, history: ['ctr i ls'] };
    storage.setItem(STORAGE_KEY, JSON.stringify({ state: { saved: legacy }, version: STORE_VERSION }));
    const { store, created } = storeOn(storage, () => nodeOf(1000, 'moved'));
    await store.getState().start();
    expect(created[0]?.saved).toEqual(legacy);
    expect(storedNode(storage)).toMatchObject({ tag: 'moved' });
  });
});

describe('rejected saves', () => {
  it('keeps the text of a save the simulator refused, across a reload, until discarded', async () => {
    const storage = quotaStorage();
    const forged = JSON.stringify({ state: { saved: { version: 1, node: { forged: true }, cwd: '/root', env: {}, history: [] } }, version: STORE_VERSION });
    storage.setItem(STORAGE_KEY, forged);
    const { store } = storeOn(storage, () => nodeOf(1000), { rejectSaved: true });
    await store.getState().start();
    expect(store.getState().notice).toContain('could not be restored');
    expect(store.getState().rejectedSave).toBe(forged);

    const reloaded = storeOn(storage, () => nodeOf(1000));
    await reloaded.store.getState().start();
    expect(reloaded.store.getState().rejectedSave).toBe(forged);
    reloaded.store.getState().discardRejectedSave();
    expect(reloaded.store.getState().rejectedSave).toBeNull();
    expect(storage.getItem(`${STORAGE_KEY}.rejected`)).toBeNull();
  });

  it('keeps unreadable text too, and offers it as a file', async () => {
    const storage = quotaStorage();
    storage.setItem(STORAGE_KEY, '{broken');
    const { store } = storeOn(storage, () => nodeOf(1000));
    await store.getState().start();
    expect(store.getState().rejectedSave).toBe('{broken');
    const file = rejectedSaveFile('{broken', new Date(Date.UTC(2026, 10, 28, 5, 14, 0)));
    expect(file.name).toBe('ctrlab-rejected-save-2026-11-28-05-14-00.json');
    expect(await file.blob.text()).toBe('{broken');
  });

  it('gives way to the live node when both do not fit', async () => {
    const storage = quotaStorage();
    const big = JSON.stringify({ state: { saved: { version: 1, node: nodeOf(2_200_000), cwd: '/root', env: {}, history: [] } }, version: STORE_VERSION });
    storage.setItem(STORAGE_KEY, big);
    let size = 1000;
    let tag = 'first';
    const { store } = storeOn(storage, () => nodeOf(size, tag), { rejectSaved: true });
    await store.getState().start();
    const keptCopy = () => storage.getItem(`${STORAGE_KEY}.rejected`) === big;
    expect(keptCopy()).toBe(true);
    size = 2_200_000;
    await runAndSave(store, 'ctr i pull big');
    expect(keptCopy()).toBe(true);
    // The next save beside this one and the rejected copy would take 6.6 MB.
    tag = 'second';
    await runAndSave(store, 'ctr i pull bigger');
    // The node is saved; the rejected copy stays on the page only.
    expect(storedNode(storage)).toMatchObject({ tag: 'second' });
    expect(store.getState().notice).not.toContain('not saved');
    expect(storage.getItem(`${STORAGE_KEY}.rejected`)).toBeNull();
    expect(store.getState().rejectedSave === big).toBe(true);
  });
});

describe('a forged save through the real simulator', () => {
  it('is refused with the notice, kept for download, and runs nothing', async () => {
    const storage = quotaStorage();
    const forgedEnv = { 'X=1; echo INJECTED >&2; touch /root/pwned; Y': '1' };
    const fresh = await (await loadInProcess()).createSession({});
    const saved = { ...fresh.saveForStorage(), env: forgedEnv };
    const text = JSON.stringify({ state: { saved: { ...saved, node: JSON.parse(saved.node as string) as unknown } }, version: STORE_VERSION });
    storage.setItem(STORAGE_KEY, text);
    const store = createSessionStore({ storage: () => storage, loadSimulator: loadInProcess });
    await store.getState().start();
    expect(store.getState().notice).toBe(INVALID_NOTICE);
    expect(store.getState().rejectedSave).toBe(text);
    const r = await store.getState().session?.run('echo ok; test -e /root/pwned && echo PWNED');
    expect(`${r?.stdout}${r?.stderr}`).toBe('ok\n');
    // Loads the whole simulator and starts two sessions: more than the default 5 s on a busy CI core.
  }, 60_000);
});

describe('the storage layer alone', () => {
  it('does nothing for a save of null and reports nothing', () => {
    const storage = quotaStorage();
    const outcomes: unknown[] = [];
    const safe = createSafeStorage(() => storage, STORE_VERSION, { onOutcome: (o) => outcomes.push(o) });
    safe.setItem(STORAGE_KEY, { state: { saved: null }, version: STORE_VERSION });
    expect(storage.data.size).toBe(0);
    expect(outcomes).toEqual([]);
  });
});
