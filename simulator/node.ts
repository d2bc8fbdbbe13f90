// Composition root: one simulated node (host + containerd + remote registries) as one plain
// state tree, with time and randomness injected so every run can be reproduced.

import type { ContainerdState } from './containerd/metadata/schema';
import type { HostState } from './host/host-state';
import type { RandomState } from './host/random';
import type { RegistryState } from './registry/registry-state';

export const STATE_VERSION = 1;

export interface NodeState {
  /** Schema version of this tree; persisted state of another version is migrated or dropped. */
  version: number;
  random: RandomState;
  /** Simulated time that has passed beyond the wall clock (sleep, pull progress, …). */
  clockOffsetMs: number;
  host: HostState;
  containerd: ContainerdState;
  registries: RegistryState;
}

export interface SimulatorOptions {
  /** Seed for ids, PIDs, UUIDs. Default: derived from the clock. */
  seed?: number;
  /** Wall clock in ms since the epoch. Default Date.now; tests inject a fixed one. */
  now?: () => number;
}

/** What every service receives: the state tree plus the injected clock. */
export interface Node {
  state: NodeState;
  /** Current simulated time in ms since the epoch. */
  nowMs(): number;
}

export function makeNode(state: NodeState, now: () => number = Date.now): Node {
  return { state, nowMs: () => now() + state.clockOffsetMs };
}
