// The one place the web app reaches into the simulator. In the browser the node runs in a Web
// Worker (node.worker.ts), so nothing a line does can freeze the page; where there is no
// Worker (unit tests in Node) it runs in-process behind the same interface. Either way it is
// loaded lazily, when a terminal mounts, not with the note text.

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

function spawnNodeWorker(): WorkerPort {
  // The URL form is what bundlers recognise as a worker entry to build on its own.
  return new Worker(new URL('./node.worker.ts', import.meta.url), { type: 'module', name: 'ctrlab-node' }) as unknown as WorkerPort;
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
