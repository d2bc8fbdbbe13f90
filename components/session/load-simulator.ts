// The one place the web app reaches into the simulator. It is imported lazily, so the simulator
// (and the shell library inside it) load only when a terminal mounts, not with the note text.

import type { CreateSession } from './restore-session';

export interface SimulatorModule {
  createSession: CreateSession;
}

export function loadSimulator(): Promise<SimulatorModule> {
  return import('../../simulator/index');
}
