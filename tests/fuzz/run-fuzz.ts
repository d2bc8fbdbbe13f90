// The fuzz driver: hands batches of junk lines to worker threads and watches them from the main
// thread. A line that never returns is a synchronous loop inside the worker, which no timer in
// that thread could stop; here it shows as a worker that stops reporting. After `stallMs`
// without a word the worker is terminated, the line it was on is reported as a hang (with its
// seed, batch and index), and a new worker goes on with the next line. A worker that dies
// (out of memory, an uncaught error) is reported the same way, as a crash.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchJob, Failure, WorkerMessage, WorkerSetup } from './protocol';

export interface FuzzOptions {
  seed: number;
  /** Batches of generated lines to run: 0..batches-1, or these batch numbers. */
  batches?: number | number[];
  /** Or explicit lines (one batch each list), instead of generated ones. */
  lineLists?: string[][];
  batchSize?: number;
  aliveEvery?: number;
  threads?: number;
  /** A worker silent this long is hung on its current line. */
  stallMs?: number;
  /** Stop handing out batches after this many ms (the long run's time budget). */
  budgetMs?: number;
  /** Heap limit of each worker: the parser loop's memory growth ends there. */
  maxHeapMb?: number;
  /** The worker's TypeScript entry (the watchdog's own test swaps in a worker that hangs). */
  workerEntry?: URL;
  /** Called after every finished batch. */
  onBatch?: (progress: { batches: number; lines: number; failures: number; elapsedMs: number }) => void;
}

interface SlowLine {
  ms: number;
  batch: number;
  index: number;
  line: string;
}

export interface FuzzResult {
  seed: number;
  lines: number;
  batches: number;
  failures: Failure[];
  slowest: SlowLine[];
  elapsedMs: number;
}

const WORKER_BOOT = new URL('./worker-boot.mjs', import.meta.url);
const WORKER_ENTRY = new URL('./fuzz-worker.ts', import.meta.url).href;
const KEEP_SLOWEST = 10;
/** A new thread loads tsx and the simulator before its first word; give it time on a busy machine. */
const STARTUP_MS = 60_000;

/** Runs the fuzz; resolves when every batch has run (or the budget is spent). */
export function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const setup: WorkerSetup = { seed: options.seed, batchSize: options.batchSize ?? 500, aliveEvery: options.aliveEvery ?? 50 };
  const stallMs = options.stallMs ?? 20_000;
  const jobs: BatchJob[] = options.lineLists
    ? options.lineLists.map((lines, batch) => ({ type: 'batch', batch, from: 0, lines }))
    : (typeof options.batches === 'number' ? Array.from({ length: options.batches }, (_, i) => i) : (options.batches ?? [0])).map(
        (batch) => ({ type: 'batch', batch, from: 0 }),
      );
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), jobs.length));
  const started = Date.now();
  const failures: Failure[] = [];
  const slowest: SlowLine[] = [];
  let lines = 0;
  let batchesDone = 0;

  const noteSlow = (entry: SlowLine) => {
    if (slowest.length === KEEP_SLOWEST && entry.ms <= (slowest.at(-1)?.ms ?? 0)) return;
    slowest.push(entry);
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, KEEP_SLOWEST);
  };

  return new Promise((resolve) => {
    let running = 0;
    let startFailures = 0;
    const nextJob = (): BatchJob | undefined =>
      options.budgetMs !== undefined && Date.now() - started > options.budgetMs ? undefined : jobs.shift();

    const finishIfIdle = () => {
      if (running > 0) return;
      resolve({ seed: options.seed, lines, batches: batchesDone, failures, slowest, elapsedMs: Date.now() - started });
    };

    /** A worker thread that takes jobs until none are left; `first` resumes a batch. */
    const launch = (first?: BatchJob) => {
      const job0 = first ?? nextJob();
      if (!job0) return finishIfIdle();
      running += 1;
      const worker = new Worker(WORKER_BOOT, {
        workerData: { entry: options.workerEntry?.href ?? WORKER_ENTRY, setup },
        resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
        stdout: true,
        stderr: true,
      });
      // The library writes nothing worth showing; keep the test output clean.
      worker.stdout.resume();
      worker.stderr.resume();
      let current: { batch: number; index: number; line: string; at: number } | undefined;
      let job: BatchJob = job0;
      let lastWord = Date.now();
      let ready = false;
      let ended = false;

      const end = (failure?: Omit<Failure, 'seed'>) => {
        if (ended) return;
        ended = true;
        clearInterval(watchdog);
        void worker.terminate();
        running -= 1;
        if (failure) {
          failures.push({ seed: options.seed, ...failure });
          // Go on after the line that hung or crashed, in a new thread.
          const rest: BatchJob = { ...job, from: failure.index + 1 };
          if (rest.from < (job.lines?.length ?? setup.batchSize)) return launch(rest);
          batchesDone += 1;
        }
        launch();
      };
      /** A thread that failed before its first line: the job goes to a new one, unreported. */
      const retry = (why: string) => {
        if (ended) return;
        ended = true;
        clearInterval(watchdog);
        void worker.terminate();
        running -= 1;
        if (++startFailures > 3) {
          failures.push({ seed: options.seed, problem: 'crash', batch: job.batch, index: job.from, line: '(no line: the worker never started)', detail: why });
          return launch();
        }
        launch(job);
      };

      const watchdog = setInterval(() => {
        const silentMs = Date.now() - lastWord;
        if (!ready || !current) {
          if (silentMs >= STARTUP_MS) retry(`no word for ${STARTUP_MS} ms after start`);
          return;
        }
        if (silentMs < stallMs) return;
        end({ problem: 'hang', batch: current.batch, index: current.index, line: current.line, detail: `no answer for ${stallMs} ms` });
      }, Math.min(1000, stallMs / 4));

      worker.on('message', (message: WorkerMessage) => {
        // A thread already given up on (terminate is asynchronous) may still post: its lines
        // are run again by the thread that took over, so they must not count twice.
        if (ended) return;
        const now = Date.now();
        lastWord = now;
        if (message.type === 'ready') {
          ready = true;
          worker.postMessage(job);
        } else if (message.type === 'line') {
          if (current) noteSlow({ ms: now - current.at, batch: current.batch, index: current.index, line: current.line });
          current = { batch: message.batch, index: message.index, line: message.line, at: now };
          lines += 1;
        } else if (message.type === 'failure') {
          failures.push(message.failure);
        } else if (message.type === 'batch-done') {
          if (current) noteSlow({ ms: now - current.at, batch: current.batch, index: current.index, line: current.line });
          current = undefined;
          batchesDone += 1;
          options.onBatch?.({ batches: batchesDone, lines, failures: failures.length, elapsedMs: now - started });
          const next = nextJob();
          if (!next) return end();
          job = next;
          worker.postMessage(job);
        }
      });
      const crashed = (detail: string) => {
        if (!current) return retry(detail);
        end({ problem: 'crash', batch: current.batch, index: current.index, line: current.line, detail });
      };
      // The error event can overtake the thread's last messages (its `line` for the very line that
      // threw), so the crash is judged at exit, a turn later, once those have been delivered: on a
      // loaded CI machine the line before was blamed otherwise.
      let errorDetail: string | undefined;
      worker.on('error', (err) => {
        errorDetail ??= `${err.name}: ${err.message}`;
      });
      worker.on('exit', (code) => {
        setImmediate(() => {
          if (!ended) crashed(errorDetail ?? `worker exited with code ${code}`);
        });
      });
    };

    for (let i = 0; i < threads; i++) launch();
  });
}

/** The failures as a readable list: each with the line (as a JS string literal) and its seed. */
export function describeFailures(result: Pick<FuzzResult, 'failures'>): string {
  return result.failures
    .map((f) => {
      const where = `seed ${f.seed}, batch ${f.batch}, line ${f.index}`;
      const window = f.window && f.window.length > 1 ? `\n    after: ${f.window.map((l) => JSON.stringify(l)).join('\n           ')}` : '';
      return `${f.problem}: ${JSON.stringify(f.line)}\n    (${where}; replay: FUZZ_SEED=${f.seed} FUZZ_BATCH=${f.batch} npm run fuzz)\n    ${f.detail.split('\n').join('\n    ')}${window}`;
    })
    .join('\n');
}
