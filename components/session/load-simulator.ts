// The one place the web app reaches into the simulator. In the browser the node runs in a Web
// Worker (node.worker.ts), so nothing a line does can freeze the page; where there is no
// Worker (unit tests in Node) it runs in-process behind the same interface. Either way it is
// loaded lazily, when a terminal mounts, not with the note text.

import { NODE_WORKER_OPTIONS, NODE_WORKER_URL, takeEarlyWorker } from './early-worker';
import { RemoteNode } from './remote-node';
import { RemoteSession } from './remote-session';
import { buildPresetSession } from './session-presets';
import type { CreateSession, LiveSession } from './restore-session';
import type { WorkerPort } from './worker-protocol';

export interface SimulatorModule {
  createSession: CreateSession;
  /** Ends a login that is no longer shown (a closed split terminal). */
  closeSession?(session: LiveSession): void;
}

let remote: RemoteNode | undefined;

/**
 * The worker the page's HTML started, the first time (early-worker.ts); else a new one. It is
 * built by esbuild, not the app's bundler (node-worker-bundle.ts, app/node-worker.js/route.ts).
 */
function spawnNodeWorker(): WorkerPort {
  return takeEarlyWorker() ?? (new Worker(NODE_WORKER_URL, NODE_WORKER_OPTIONS) as unknown as WorkerPort);
}

/**
 * Starts the node's worker at once, so it fetches and compiles the simulator while the page is
 * still hydrating (the terminal's module calls it as it loads); loadSimulator then finds it.
 * Outside a browser (prerendering, tests) it does nothing.
 */
export function startNodeWorker(): void {
  if (typeof Worker === 'undefined' || typeof window === 'undefined') return;
  remote ??= new RemoteNode({ spawn: spawnNodeWorker });
}

export async function loadSimulator(): Promise<SimulatorModule> {
  if (typeof Worker === 'undefined') return loadInProcess();
  remote ??= new RemoteNode({ spawn: spawnNodeWorker });
  const node = remote;
  return {
    createSession: (options) => node.createSession(options),
    closeSession: (session) => {
      if (session instanceof RemoteSession) node.close(session);
    },
  };
}

/** The simulator on this thread: for Node (tests), where a Worker does not exist. */
export async function loadInProcess(): Promise<SimulatorModule> {
  const simulator = await import('../../simulator/index');
  simulator.registerNativeCodecs(simulator.webCodecs());
  type Options = Parameters<typeof simulator.createSession>[0];
  const create = (options: Options) => simulator.createSession(options);
  return { createSession: (options) => (options.preset && !options.saved && !options.node ? buildPresetSession(create, options.preset) : create(options as Options)) };
}
