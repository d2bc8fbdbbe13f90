// Composition root: one simulated node (host + containerd + remote registries) as one plain
// state tree, with time and randomness injected so every run can be reproduced.

import type { ContainerdState } from './containerd/metadata/schema';
import type { CriState } from './cri/store/schema';
import type { DockerdState } from './dockerd/store/schema';
import type { HostState } from './host/host-state';
import type { RandomState } from './host/random';
import type { RegistryState } from './registry/registry-state';

/** Bump with a step in save/migrations.ts from the version before. */
export const STATE_VERSION = 6;

export interface NodeState {
  /** Schema version of this tree; persisted state of another version is migrated or dropped. */
  version: number;
  random: RandomState;
  /** Simulated time that has passed beyond the wall clock (sleep, pull progress, …). */
  clockOffsetMs: number;
  host: HostState;
  containerd: ContainerdState;
  /** The CRI plugin's own records (pod sandboxes, CRI containers); the rest is containerd's. */
  cri: CriState;
  /** Docker Engine's own records (its image store, its containers); its containers run in containerd's `moby`. */
  dockerd: DockerdState;
  registries: RegistryState;
}

export interface SimulatorOptions {
  /** Seed for ids, PIDs, UUIDs. Default: derived from the clock. */
  seed?: number;
  /** Wall clock in ms since the epoch. Default Date.now; tests inject a fixed one. */
  now?: () => number;
}

/**
 * What lives beside the state tree for as long as the page or process does and is never
 * saved: who is listening for what happens on the node (a streaming `ctr events`, a terminal
 * attached to a task), and the moment a timer is being run at.
 */
export interface NodeRuntime {
  /** While a timer runs, the clock reads its moment rather than the wall clock (see scheduler.ts). */
  pinnedMs?: number;
  /** Called after anything happened on the node (a timer fired, an event was published). */
  listeners: Set<() => void>;
}

/** What every service receives: the state tree plus the injected clock. */
export interface Node {
  state: NodeState;
  /** Current simulated time in ms since the epoch. */
  nowMs(): number;
  /** The wall clock as injected, without the node's offset (real-time waits measure with it). */
  wallMs(): number;
  readonly runtime: NodeRuntime;
}

export function makeNode(state: NodeState, now: () => number = Date.now): Node {
  const runtime: NodeRuntime = { listeners: new Set() };
  const node: Node = {
    state,
    nowMs: () => runtime.pinnedMs ?? now() + node.state.clockOffsetMs,
    wallMs: now,
    runtime,
  };
  return node;
}

/** Tells whoever listens that the node changed on its own (a timer, an event). */
export function notifyListeners(node: Node): void {
  for (const listener of [...node.runtime.listeners]) {
    try {
      listener();
    } catch {
      // A listener's fault must not stop the node's clock.
    }
  }
}
