// The save's cost (issue 8): what a line pays on its way back to the prompt (the worker only
// asks for a save), what the save made after the line's answer costs (packing the tree,
// hashing and deflating new chunks, a piece at a time: the longest the worker stays busy, which
// is the longest a line typed then waits), how big the saved forms are beside the one-piece
// JSON of before, and how long restoring takes. Reported, never asserted.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createNodeHost } from '../../components/session/node-host';
import { ChunkShelf, loadChunkedSave, storeChunks } from '../../components/session/storage/chunked-saves';
import { memoryChunkStore } from '../../components/session/storage/memory-chunk-store';
import type { FromWorker } from '../../components/session/worker-protocol';
import { useNodeCodecs } from '../../scripts/node-codecs';
import { createSession, type SavedSession, type ShellSession } from '../../simulator/index';
import { type NativeCodecs, nativeCodecs, registerNativeCodecs } from '../../simulator/host/native-codecs';
import { webCodecs } from '../../simulator/host/web-codecs';
import { makeChunkedSaved } from '../../simulator/shell/saved-session';
import { NOTES_COMMANDS, SHELL_LINES } from './command-sets';
import { scaledSession } from './scale';
import { ms, quantile, table } from './stats';

/** The ctr note's walk-through as tests/scenario/study-notes-ctr.test.ts drives it, read from there. */
function walkThrough(): string[] {
  const text = readFileSync(new URL('../scenario/study-notes-ctr.test.ts', import.meta.url), 'utf8');
  return [...text.matchAll(/^\s*\[\d+, '(.*)'\],$/gm)].map((m) => (m[1] as string).replace(/\\'/g, "'"));
}

type Snapshotted = ReturnType<typeof createSession> & { snapshot(): Parameters<typeof makeChunkedSaved>[0] };

/** Runs `lines` through the worker's host; per line, the ms from the line's answer to the end of that turn. */
async function inputPath(lines: readonly string[], now: () => number): Promise<number[]> {
  const samples: number[] = [];
  let answered: ((ms: number) => void) | undefined;
  const host = createNodeHost({
    chunks: memoryChunkStore(),
    createSession: (o) => createSession({ ...o, seed: 7, now }),
    post: (message: FromWorker) => {
      if (message.t !== 'done' && message.t !== 'created') return;
      const start = performance.now();
      // Microtasks run once the host's synchronous work after the answer is over.
      queueMicrotask(() => answered?.(performance.now() - start));
    },
  });
  const turn = () => new Promise<number>((resolve) => (answered = resolve));
  let created = turn();
  host({ t: 'create', req: 1, id: 1, options: {} });
  await created;
  for (const [i, line] of lines.entries()) {
    created = turn();
    host({ t: 'run', req: i + 2, id: 1, line, tty: false, realTime: false });
    samples.push(await created);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return samples;
}

/**
 * The longest the thread stays busy between `from` and `until()`: a probe re-queues itself with
 * setImmediate, which runs as soon as the thread is free, so the widest gap between two runs of
 * it is the longest a message (a typed line) arriving then would wait.
 */
function longestBusy(until: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    let last = performance.now();
    let longest = 0;
    const probe = () => {
      const t = performance.now();
      longest = Math.max(longest, t - last);
      last = t;
      if (until()) resolve(longest);
      else setImmediate(probe);
    };
    setImmediate(probe);
  });
}

interface HostRun {
  /** Per line: the longest the worker was busy from the line's answer to its save. */
  busy: number[];
  /** The same for the login's first save (every chunk new, as after a restore). */
  firstBusy: number;
  /** Per line: ms from the line's answer to its save posted. */
  saveWall: number[];
  saved: SavedSession;
  store: ReturnType<typeof memoryChunkStore>;
}

/** Runs `lines` on `session` through the worker's host as the browser's worker does. */
async function throughHost(session: ShellSession, lines: readonly string[]): Promise<HostRun> {
  const store = memoryChunkStore();
  const posted: FromWorker[] = [];
  const host = createNodeHost({ chunks: store, createSession: () => session, post: (m) => posted.push(m) });
  const savedAfter = (count: number) => () => posted.filter((m) => m.t === 'saved' || m.t === 'created').length >= count;
  const out: HostRun = { busy: [], firstBusy: 0, saveWall: [], saved: session.save(), store };
  const firstBusy = longestBusy(savedAfter(1));
  host({ t: 'create', req: 1, id: 1, options: {} });
  out.firstBusy = await firstBusy;
  for (const [i, line] of lines.entries()) {
    const saves = posted.filter((m) => m.t === 'saved' || m.t === 'created').length;
    const done = posted.filter((m) => m.t === 'done').length;
    host({ t: 'run', req: i + 2, id: 1, line, tty: false, realTime: false });
    while (posted.filter((m) => m.t === 'done').length === done) await new Promise((resolve) => setImmediate(resolve));
    const answered = performance.now();
    out.busy.push(await longestBusy(savedAfter(saves + 1)));
    out.saveWall.push(performance.now() - answered);
  }
  const last = posted.filter((m) => m.t === 'saved').at(-1);
  if (last?.t === 'saved' && last.save.ok) out.saved = last.save.saved;
  return out;
}

/** Chars of the save as localStorage holds it, and bytes in the chunk store. */
async function sizes(run: HostRun): Promise<{ root: number; chunks: number }> {
  const stored = await run.store.getMany(await run.store.keys());
  return { root: JSON.stringify(run.saved).length, chunks: stored.reduce((n, c) => n + (c?.data.length ?? 0), 0) };
}

interface AfterLine {
  /** The save of before: the whole tree as JSON on every line. */
  whole: number[];
  /** Packing the tree with chunk markers (the synchronous slice of the new save). */
  pack: number[];
  /** Hashing was in pack; this is sealing (deflate) and storing the new chunks. */
  seal: number[];
  savedChars: number;
  chunkBytes: number;
  wholeChars: number;
  saved: SavedSession;
  store: ReturnType<typeof memoryChunkStore>;
}

async function afterLines(session: Snapshotted, lines: readonly string[]): Promise<AfterLine> {
  const store = memoryChunkStore();
  const shelf = new ChunkShelf();
  const out: AfterLine = { whole: [], pack: [], seal: [], savedChars: 0, chunkBytes: 0, wholeChars: 0, saved: session.save(), store };
  for (const line of lines) {
    await session.run(line);
    let t = performance.now();
    const whole = session.saveForStorage();
    out.whole.push(performance.now() - t);
    out.wholeChars = JSON.stringify(whole).length;
    t = performance.now();
    const { saved, fresh } = makeChunkedSaved(session.snapshot(), shelf);
    out.pack.push(performance.now() - t);
    t = performance.now();
    await storeChunks(store, fresh, 0);
    out.seal.push(performance.now() - t);
    out.saved = saved;
  }
  out.savedChars = JSON.stringify(out.saved).length;
  const stored = await store.getMany(await store.keys());
  out.chunkBytes = stored.reduce((n, c) => n + (c?.data.length ?? 0), 0);
  return out;
}

/** ms to restore `saved`: read and open its chunks, migrate, check, build the session. */
async function restoreMs(saved: SavedSession, store: ReturnType<typeof memoryChunkStore>, now: () => number, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const copy = structuredClone(saved);
    const start = performance.now();
    const resolved = await loadChunkedSave(store, copy);
    const session = createSession({ saved: resolved, rejectDamagedSave: true, now });
    session.prompt();
    samples.push(performance.now() - start);
  }
  return samples;
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** Lines on a scaled node: one that changes nothing saved, a file, a container made and removed. */
const SCALE_LINES = ['echo one more line', 'touch /root/x', 'ctr c create docker.io/library/busybox:latest extra sleep 100', 'ctr c rm extra', 'ctr t ls'];

/** A scaled node's lines through the host, with `codecs` as the worker's natives. */
async function scaledThroughHost(count: number, now: () => number, codecs: NativeCodecs | undefined): Promise<HostRun> {
  const before = nativeCodecs();
  const scaled = await scaledSession(count, now);
  if (scaled.problem) throw new Error(scaled.problem);
  registerNativeCodecs(codecs);
  try {
    return await throughHost(scaled.session, SCALE_LINES);
  } finally {
    registerNativeCodecs(before);
  }
}

export async function saveReport(now: () => number): Promise<void> {
  const lines = walkThrough();
  const input: number[] = [];
  for (let round = 0; round < 5; round++) input.push(...(await inputPath(lines, now)));
  const walk = await afterLines(createSession({ seed: 7, now }) as Snapshotted, lines);
  const walkHost = await throughHost(createSession({ seed: 7, now }), lines);
  const restoreWalk = await restoreMs(walkHost.saved, walkHost.store, now, 10);

  // A long lab: the walk-through, then every ctr command of the notes and the shell lines.
  const longLab = [...lines, ...NOTES_COMMANDS, ...SHELL_LINES];
  const long = await afterLines(createSession({ seed: 7, now }) as Snapshotted, longLab);
  const longHost = await throughHost(createSession({ seed: 7, now }), longLab);
  const restoreLong = await restoreMs(longHost.saved, longHost.store, now, 10);

  const scaled = await scaledSession(1_000, now);
  const big = await afterLines(scaled.session as Snapshotted, ['echo one more line']);
  const natives = nativeCodecs();
  // The browser's worker hashes with WebCrypto (asynchronous); Node's crypto is the synchronous kind.
  const web = webCodecs();
  const at10 = await scaledThroughHost(10, now, natives);
  const at1k = await scaledThroughHost(1_000, now, natives);
  const at1kWeb = await scaledThroughHost(1_000, now, web);
  const at1kPure = await scaledThroughHost(1_000, now, undefined);
  const restoreBig = await restoreMs(at1k.saved, at1k.store, now, 5);

  console.log(`\n## saves: the ctr note's walk-through (${lines.length} lines), a long lab (${longLab.length} lines), 10 and 1,000 images, containers and tasks\n`);
  const row = (what: string, s: number[]) => [what, ms(quantile(s, 0.5)), ms(quantile(s, 0.99)), ms(Math.max(...s))];
  const busy = (what: string, run: HostRun) => row(`${what}: longest busy stretch, line to save`, run.busy);
  console.log(
    table(
      ['per line', 'median ms', 'p99 ms', 'max ms'],
      [
        row('on the input path (worker, after the answer)', input),
        row('walk-through: before, whole tree as JSON', walk.whole),
        row('walk-through: before, pack in one step', walk.pack),
        busy('walk-through', walkHost),
        busy('long lab', longHost),
        row('1,000 objects: before, whole tree as JSON', big.whole),
        row('1,000 objects: before, pack in one step', big.pack),
        busy(`10 objects (${natives.name} codecs)`, at10),
        busy(`1,000 objects (${natives.name} codecs)`, at1k),
        busy(`1,000 objects (${web?.name ?? 'no web'} codecs, async sha256)`, at1kWeb),
        busy('1,000 objects (pure codecs)', at1kPure),
        row('1,000 objects: line answered to save posted', at1k.saveWall),
        row('first save of 1,000 objects (all new): longest busy', [at1k.firstBusy, at1kWeb.firstBusy, at1kPure.firstBusy]),
        row('restore the walk-through', restoreWalk),
        row('restore the long lab', restoreLong),
        row('restore 1,000 objects', restoreBig),
      ],
      1,
    ),
  );
  const walkSize = await sizes(walkHost);
  const longSize = await sizes(longHost);
  const bigSize = await sizes(at1k);
  const walkSaved = walkSize.root + walkSize.chunks;
  console.log(`\nwalk-through saved: ${kb(walkSize.root)} in localStorage + ${kb(walkSize.chunks)} of chunks = ${kb(walkSaved)} (before: ${kb(walk.wholeChars)} of JSON)`);
  console.log(`long lab saved: ${kb(longSize.root)} + ${kb(longSize.chunks)} of chunks (before: ${kb(long.wholeChars)})`);
  console.log(`1,000 objects saved: ${kb(bigSize.root)} + ${kb(bigSize.chunks)} of chunks, every version since the first save (before: ${kb(big.wholeChars)}, one-step chunked: ${kb(big.savedChars)})`);
  const within = (ok: boolean) => (ok ? 'within' : 'OVER');
  const inputP99 = quantile(input, 0.99);
  console.log(`${within(inputP99 < 2)}  a save's work on the input path: p99 ${ms(inputP99)} ms (budget 2 ms)`);
  const longestBig = Math.max(...at1k.busy, ...at1kWeb.busy, ...at1kPure.busy);
  console.log(`${within(longestBig < 16)}  a line typed during a save at 1,000 objects waits at most ${ms(longestBig)} ms (budget: one frame)`);
  console.log(`${within(walkSaved < 250_000)}  the walk-through's saved form: ${kb(walkSaved)} (budget 250 KB)`);
  console.log(`${within(bigSize.root < 2_400_000)}  1,000 objects in localStorage: ${kb(bigSize.root)} (budget 2.4 MB)`);
  const restore = quantile(restoreLong, 0.5);
  console.log(`${within(restore < 100)}  restoring the long lab: median ${ms(restore)} ms (budget 100 ms)`);
}

// `npx tsx tests/bench/saves.ts` runs this report alone.
if (process.argv[1]?.endsWith('saves.ts')) {
  useNodeCodecs();
  void saveReport(() => Date.UTC(2026, 10, 28, 5, 15, 0));
}
