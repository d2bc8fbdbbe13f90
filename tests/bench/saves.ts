// The save's cost (issue 8): what a line pays on its way back to the prompt (the worker only
// asks for a save), what the save made after the line's answer costs (packing the tree,
// hashing and deflating new chunks), how big the saved form of the ctr note's walk-through is
// beside the one-piece JSON of before, and how long restoring takes. Reported, never asserted.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createNodeHost } from '../../components/session/node-host';
import { ChunkShelf, loadChunkedSave, storeChunks } from '../../components/session/storage/chunked-saves';
import { memoryChunkStore } from '../../components/session/storage/memory-chunk-store';
import type { FromWorker } from '../../components/session/worker-protocol';
import { createSession, type SavedSession } from '../../simulator/index';
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

export async function saveReport(now: () => number): Promise<void> {
  const lines = walkThrough();
  const input: number[] = [];
  for (let round = 0; round < 5; round++) input.push(...(await inputPath(lines, now)));
  const walk = await afterLines(createSession({ seed: 7, now }) as Snapshotted, lines);
  const restoreWalk = await restoreMs(walk.saved, walk.store, now, 10);

  // A long lab: the walk-through, then every ctr command of the notes and the shell lines.
  const longLab = [...lines, ...NOTES_COMMANDS, ...SHELL_LINES];
  const long = await afterLines(createSession({ seed: 7, now }) as Snapshotted, longLab);
  const restoreLong = await restoreMs(long.saved, long.store, now, 10);

  const scaled = await scaledSession(1_000, now);
  const big = await afterLines(scaled.session as Snapshotted, ['echo one more line']);
  const restoreBig = await restoreMs(big.saved, big.store, now, 5);

  console.log(`\n## saves: the ctr note's walk-through (${lines.length} lines), a long lab (${longLab.length} lines), 1,000 images, containers and tasks\n`);
  const row = (what: string, s: number[]) => [what, ms(quantile(s, 0.5)), ms(quantile(s, 0.99)), ms(Math.max(...s))];
  console.log(
    table(
      ['per line', 'median ms', 'p99 ms', 'max ms'],
      [
        row('on the input path (worker, after the answer)', input),
        row('walk-through: before, whole tree as JSON', walk.whole),
        row('walk-through: pack (after the answer)', walk.pack),
        row('walk-through: seal + store new chunks (async)', walk.seal),
        row('1,000 objects: before, whole tree as JSON', big.whole),
        row('1,000 objects: pack (after the answer)', big.pack),
        row('restore the walk-through', restoreWalk),
        row('restore the long lab', restoreLong),
        row('restore 1,000 objects', restoreBig),
      ],
      1,
    ),
  );
  const walkSaved = walk.savedChars + walk.chunkBytes;
  console.log(`\nwalk-through saved: ${kb(walk.savedChars)} in localStorage + ${kb(walk.chunkBytes)} of chunks = ${kb(walkSaved)} (before: ${kb(walk.wholeChars)} of JSON)`);
  console.log(`long lab saved: ${kb(long.savedChars)} + ${kb(long.chunkBytes)} of chunks (before: ${kb(long.wholeChars)})`);
  console.log(`1,000 objects saved: ${kb(big.savedChars)} + ${kb(big.chunkBytes)} of chunks (before: ${kb(big.wholeChars)})`);
  const within = (ok: boolean) => (ok ? 'within' : 'OVER');
  const inputP99 = quantile(input, 0.99);
  console.log(`${within(inputP99 < 2)}  a save's work on the input path: p99 ${ms(inputP99)} ms (budget 2 ms)`);
  console.log(`${within(walkSaved < 250_000)}  the walk-through's saved form: ${kb(walkSaved)} (budget 250 KB)`);
  const restore = quantile(restoreLong, 0.5);
  console.log(`${within(restore < 100)}  restoring the long lab: median ${ms(restore)} ms (budget 100 ms)`);
}
