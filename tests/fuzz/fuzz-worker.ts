// One fuzz worker thread: runs batches of junk lines through a shell session and reports each
// line before it runs, so that the driver, watching from the main thread, can name the line
// a hang or a crash happened on. A fresh session starts every batch (and after a failure).

import { parentPort, workerData } from 'node:worker_threads';
import { useNodeCodecs } from '../../scripts/node-codecs';
import { createSession, type ShellSession } from '../../simulator/index';
import { linesOf } from './corpus';
import type { BatchJob, Failure, Problem, WorkerMessage, WorkerSetup } from './protocol';

const FIXED_NOW = Date.UTC(2026, 10, 28, 5, 15, 0);
const INTERNAL = /internal simulator error/;

useNodeCodecs();
const setup = workerData.setup as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('fuzz-worker.ts runs as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

function describeError(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err);
}

/** Empty when the session still answers as a fresh prompt would; what it said otherwise. */
async function aliveProblem(session: ShellSession): Promise<string> {
  // A line may have left a program attached (it reads the next lines): end it as Ctrl-D would.
  for (let i = 0; i < 3 && !session.prompt().startsWith('root@'); i++) await session.interrupt('EOF');
  const result = await session.run('echo alive');
  if (result.stdout === 'alive\n' && result.exitCode === 0) return '';
  return `echo alive gave exit ${result.exitCode}, stdout ${JSON.stringify(result.stdout.slice(0, 200))}, stderr ${JSON.stringify(result.stderr.slice(0, 400))}, prompt ${JSON.stringify(session.prompt())}`;
}

async function runBatch(job: BatchJob): Promise<void> {
  const lines = job.lines ?? linesOf(setup.seed, job.batch, setup.batchSize);
  const newSession = () => createSession({ seed: 7 + job.batch, now: () => FIXED_NOW });
  let session = newSession();
  let window: string[] = [];
  const fail = (problem: Problem, index: number, detail: string, extra: Partial<Failure> = {}) => {
    post({ type: 'failure', failure: { problem, seed: setup.seed, batch: job.batch, index, line: lines[index] ?? '', detail, ...extra } });
  };
  for (let index = job.from; index < lines.length; index++) {
    const line = lines[index] ?? '';
    post({ type: 'line', batch: job.batch, index, line });
    window.push(line);
    let failed = false;
    try {
      const result = await session.run(line);
      const code = result.exitCode;
      if (!Number.isInteger(code) || code < 0 || code > 255) {
        fail('bad exit code', index, `exit code ${String(code)}; stderr ${JSON.stringify(result.stderr.slice(0, 400))}`);
        failed = true;
      }
      if (typeof result.stderr !== 'string' || typeof result.stdout !== 'string') {
        fail('rejected', index, `output is not text: ${typeof result.stdout}/${typeof result.stderr}`);
        failed = true;
      } else if (INTERNAL.test(result.stderr)) {
        fail('internal error', index, result.stderr.slice(0, 600));
        failed = true;
      }
    } catch (err) {
      fail('rejected', index, describeError(err));
      failed = true;
    }
    const last = index === lines.length - 1;
    if (failed || last || window.length >= setup.aliveEvery) {
      let problem = '';
      try {
        problem = await aliveProblem(session);
      } catch (err) {
        problem = `echo alive rejected: ${describeError(err)}`;
      }
      if (problem) fail('not usable afterwards', index, problem, { window });
      if (problem || failed) session = newSession();
      window = [];
    }
  }
  post({ type: 'batch-done', batch: job.batch, lines: lines.length - job.from });
}

// Jobs run one at a time, in order of arrival.
let queue = Promise.resolve();
port.on('message', (job: BatchJob) => {
  queue = queue.then(() => runBatch(job));
});
post({ type: 'ready' });
