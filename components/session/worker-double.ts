// An in-process stand-in for the node's Web Worker, for tests in Node: the same host
// (node-host.ts) behind the same message protocol, messages copied with structuredClone and
// delivered on later macrotasks as a worker's would be. It can also play a worker whose thread
// is stuck (a line looping without a pause): from the moment it sees a line matching `stuckOn`
// it answers nothing, not even pings, until the page terminates it.

import { createSession } from '../../simulator/shell/session';
import { createNodeHost, type HostSessionOptions } from './node-host';
import type { ChunkStore } from './storage/chunk-store';
import type { FromWorker, ToWorker, WorkerPort } from './worker-protocol';

export interface WorkerDoubleOptions {
  /** A line that makes the worker's thread hang (it stops reading messages). */
  stuckOn?: RegExp;
  /** Made fresh for each new worker: clock and seed of the node, as tests want them. */
  sessionOptions?: () => { now?: () => number; seed?: number };
  /** Where the host keeps save chunks (shared by the workers of one test, as IndexedDB is); default none: inline saves. */
  chunks?: ChunkStore;
}

export interface WorkerDouble extends WorkerPort {
  terminated: boolean;
  stuck: boolean;
}

export function workerDouble(options: WorkerDoubleOptions = {}): WorkerDouble {
  const extra = options.sessionOptions?.() ?? {};
  const port: WorkerDouble = {
    onmessage: null,
    onerror: null,
    terminated: false,
    stuck: false,
    postMessage(message: ToWorker) {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (port.terminated || port.stuck) return;
        if (copy.t === 'run' && options.stuckOn?.test(copy.line)) {
          port.stuck = true;
          return;
        }
        handle(copy);
      }, 0);
    },
    terminate() {
      port.terminated = true;
    },
  };
  const handle = createNodeHost({
    chunks: options.chunks ?? null,
    createSession: (o: HostSessionOptions) => createSession({ ...extra, ...o }),
    post: (message: FromWorker) => {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (!port.terminated) port.onmessage?.({ data: copy });
      }, 0);
    },
  });
  return port;
}
