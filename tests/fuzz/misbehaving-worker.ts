// A stand-in for fuzz-worker.ts that speaks the same protocol but misbehaves on cue, for the
// driver's own test: `hang` spins for ever, `crash` throws out of the thread, `oom` allocates
// until the heap limit ends the thread, anything else passes.

import { parentPort } from 'node:worker_threads';
import type { BatchJob, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('misbehaving-worker.ts runs as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

port.on('message', (job: BatchJob) => {
  const lines = job.lines ?? [];
  for (let index = job.from; index < lines.length; index++) {
    const line = lines[index] ?? '';
    post({ type: 'line', batch: job.batch, index, line });
    if (line === 'hang') for (;;);
    if (line === 'crash') throw new Error('thrown out of the worker');
    if (line === 'oom') {
      const hoard: string[][] = [];
      for (;;) hoard.push(new Array(1_000_000).fill('x'));
    }
  }
  post({ type: 'batch-done', batch: job.batch, lines: lines.length - job.from });
});
post({ type: 'ready' });
