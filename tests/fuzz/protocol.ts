// Messages between the fuzz driver (run-fuzz.ts) and its worker threads (fuzz-worker.ts).

/** Run lines `from`.. of a batch: generated from (seed, batch), or the explicit `lines`. */
export interface BatchJob {
  type: 'batch';
  batch: number;
  from: number;
  /** Explicit lines instead of generated ones (the fixed tests). */
  lines?: string[];
}

export interface WorkerSetup {
  seed: number;
  batchSize: number;
  /** Check `echo alive` after this many lines (and at the end of every batch). */
  aliveEvery: number;
}

export type Problem =
  | 'rejected'
  | 'bad exit code'
  | 'internal error'
  | 'not usable afterwards'
  | 'hang'
  | 'crash';

export interface Failure {
  problem: Problem;
  seed: number;
  batch: number;
  index: number;
  line: string;
  /** What was seen: the exit code, stderr, the error. */
  detail: string;
  /** For 'not usable afterwards': the lines since the last good check, this one last. */
  window?: string[];
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'line'; batch: number; index: number; line: string }
  | { type: 'failure'; failure: Failure }
  | { type: 'batch-done'; batch: number; lines: number };
