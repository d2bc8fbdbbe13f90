// The session controls over a store whose node runs in-process (the real simulator): Undo,
// named sessions, Export/Import and share links, and refusals that leave the session as it was.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/shell/session';
import { loadInProcess } from './load-simulator';
import type { SessionOptions } from './restore-session';
import { createSessionLibrary } from './session-library';
import { buildPresetSession } from './session-presets';
import { createSessionStore } from './session-store';
import { memoryStorage } from './store-test-support';

const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);

async function setup() {
  const storage = memoryStorage();
  await loadInProcess();
  // The real simulator, with a fixed seed and clock so saves compare.
  const make = (options: SessionOptions) => createSession({ ...(options as object), seed: 1, now: () => NOW });
  const store = createSessionStore({
    storage: () => storage,
    loadSimulator: async () => ({
      createSession: (options: SessionOptions) => (options.preset ? buildPresetSession(make, options.preset) : make(options)),
    }),
  });
  const library = createSessionLibrary({ store, storage: () => storage, defaultName: 'Session 1', now: () => new Date(NOW), shareCodec: () => import('./share-codec') });
  await store.getState().start();
  /** Runs a line as the terminal does: the store saves after it. */
  const run = async (line: string) => {
    const result = await store.getState().session!.run(line);
    store.getState().save();
    return result.stdout + result.stderr;
  };
  return { storage, store, library, run };
}

// Each test builds real nodes; on a loaded machine the simulator's first import alone can take seconds.
const SLOW = 60_000;

describe('session library', () => {
  it('undoes a `ctr c rm`, and the line before it, with history and cwd', async () => {
    const { store, run } = await setup();
    await run('ctr i pull docker.io/library/busybox:latest');
    await run('cd /tmp; ctr c create docker.io/library/busybox:latest web');
    await run('cd /; ctr c rm web');
    expect(store.getState().undoLines).toEqual(['cd /; ctr c rm web']);
    await store.getState().undo();
    expect(await run('pwd; ctr c ls -q')).toBe('/tmp\nweb\n');
    // That line is itself a line: undo takes it back, then the `ctr c rm` is gone from history too.
    await store.getState().undo();
    expect(store.getState().session!.history()).toEqual(['ctr i pull docker.io/library/busybox:latest', 'cd /tmp; ctr c create docker.io/library/busybox:latest web']);
    await store.getState().undo();
    expect(store.getState().undoLines).toBeNull();
    expect(await run('ctr c ls -q; pwd')).toBe('/root\n');
  }, SLOW);

  it('keeps named sessions apart: create from a preset, switch, rename, delete', async () => {
    const { store, library, run } = await setup();
    await run('ctr ns create first');
    expect(await library.getState().createSession('bare one', 'bare')).toBeNull();
    expect(library.getState().list.sessions.map((s) => s.name)).toEqual(['Session 1', 'bare one']);
    expect(await run('ctr ns ls -q; nerdctl ps')).toBe('bash: nerdctl: command not found\n');
    await run('ctr ns create second');
    expect(await library.getState().switchTo('s1')).toBeNull();
    expect(await run('ctr ns ls -q')).toBe('first\n');
    expect(store.getState().session!.history()[0]).toBe('ctr ns create first');
    library.getState().rename('s2', '  k\n8s  ');
    expect(library.getState().list.sessions[1]).toEqual({ id: 's2', name: 'k 8s' });
    expect(await library.getState().switchTo('s2')).toBeNull();
    expect(await run('ctr ns ls -q')).toBe('second\n');
    expect(await library.getState().remove('s2')).toBeNull();
    expect(library.getState().list).toEqual({ active: 's1', sessions: [{ id: 's1', name: 'Session 1' }] });
    expect(await run('ctr ns ls -q')).toBe('first\n');
    expect(await library.getState().remove('s1')).toMatch(/only session cannot be deleted/);
  }, SLOW);

  it('exports a file that imports as a new session holding the same node', async () => {
    const { store, library, run } = await setup();
    await run('ctr ns create exported; X=1');
    const file = await library.getState().exportFile();
    expect(file.name).toBe('ctrlab-Session-1-2026-12-05-08-00-00.json');
    await run('ctr ns rm exported');
    expect(await library.getState().importText(file.text, 'lab')).toBeNull();
    expect(library.getState().list.sessions.map((s) => s.name)).toEqual(['Session 1', 'Session 1']);
    expect(await run('ctr ns ls -q; echo $X')).toBe('exported\n1\n');
    expect(store.getState().notice).toBeNull();
  }, SLOW);

  it('refuses a damaged file: notice, the session unchanged, the data kept for download', async () => {
    const { store, library, run } = await setup();
    await run('ctr ns create kept');
    const file = await library.getState().exportFile();
    const session = store.getState().session;
    for (const text of [file.text.slice(0, file.text.length / 2), file.text.replace('"cwd":"/root"', '"cwd":"relative"'), '{"format":"x"}']) {
      expect(await library.getState().importText(text, 'bad')).not.toBeNull();
      expect(store.getState().session).toBe(session);
      expect(store.getState().notice).toMatch(/^ctrlab: the file was refused: .+\. The session shown is unchanged\.$/);
      expect(store.getState().rejectedSave).toBe(text);
    }
    // A node the simulator refuses (a forged variable name) is refused the same way.
    const forged = file.text.replace('"env":{', '"env":{"X=1; touch /root/pwned; Y":"1",');
    expect(await library.getState().importText(forged, 'bad')).not.toBeNull();
    // A file whose text begins as a save's chunk marker: the simulator refuses inline saves holding one.
    await run(`printf '\\000chunk:${'f'.repeat(64)}:b' > /root/marker`);
    const marked = await library.getState().exportFile();
    expect(await library.getState().importText(marked.text, 'marked')).not.toBeNull();
    expect(store.getState().notice).toMatch(/The session shown is unchanged/);
    expect(library.getState().list.sessions).toHaveLength(1);
    expect(await run('rm /root/marker; ls /root; ctr ns ls -q')).toBe('kept\n');
  }, SLOW);

  it('opens a share link: in place on a fresh page, as a new session otherwise', async () => {
    const a = await setup();
    await a.run('ctr ns create shared');
    const link = await a.library.getState().shareLink('http://localhost/playground/');
    if (!link.ok) throw new Error(link.problem);
    const b = await setup();
    expect(await b.library.getState().openFragment(new URL(link.url).hash, 'Shared')).toBe('opened');
    expect(b.library.getState().list.sessions).toEqual([{ id: 's1', name: 'Session 1' }]);
    expect(await b.run('ctr ns ls -q')).toBe('shared\n');
    expect(await b.library.getState().openFragment('#ctrlab-preset=k8s', 'Shared')).toBe('opened');
    expect(b.library.getState().list.sessions.map((s) => s.name)).toEqual(['Session 1', 'Shared']);
    expect(await b.library.getState().openFragment('#ctrlab-session=1.AAAA', 'Shared')).toBe('refused');
    expect(b.store.getState().notice).toMatch(/the share link was refused: the link is damaged or cut short/);
    expect(await b.library.getState().openFragment('#section-3', 'Shared')).toBe('none');
  }, SLOW);
});
