// The one place the web app reaches into the simulator. It is imported lazily, so the simulator
// (and the shell library inside it) load only when a terminal mounts, not with the note text.

import type { CreateSession } from './restore-session';

export interface SimulatorModule {
  createSession: CreateSession;
}

export async function loadSimulator(): Promise<SimulatorModule> {
  const simulator = await import('../../simulator/index');
  // WebCrypto and DecompressionStream, where the browser has them, hash and inflate the layers
  // of an imported archive; the simulator's pure TypeScript does the rest.
  simulator.registerNativeCodecs(simulator.webCodecs());
  return simulator;
}
