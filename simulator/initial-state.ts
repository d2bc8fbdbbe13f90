// The state tree of a node at first boot. Kept apart from index.ts so the shell can rebuild a
// node (reset, unreadable saved data) without importing the public entry.

import { emptyCriState } from './cri/store/schema';
import { emptyDockerdState } from './dockerd/store/schema';
import { initialFiles, HOSTNAME } from './host/node-files';
import { randomInt, randomUuid } from './host/random';
import { initialUnits } from './host/systemd';
import { STATE_VERSION, type NodeState } from './node';
import type { RegistryState } from './registry/registry-state';

export function emptyRegistries(): RegistryState {
  return { pushed: {}, blobs: {} };
}

/** A booted node: containerd active and enabled, no namespaces, nothing pushed anywhere. */
export function initialNodeState(seed: number, nowMs: number): NodeState {
  const random = { s: seed >>> 0 };
  // A node that has been up for a while has handed out some thousands of PIDs already.
  const nextPid = randomInt(random, 12000, 19000);
  const uuid = randomUuid(random);
  return {
    version: STATE_VERSION,
    random,
    clockOffsetMs: 0,
    host: {
      hostname: HOSTNAME,
      nextPid,
      files: initialFiles(nowMs),
      units: initialUnits(),
    },
    containerd: { uuid, blobs: {}, namespaces: {}, events: [] },
    cri: emptyCriState(),
    dockerd: emptyDockerdState(),
    registries: emptyRegistries(),
  };
}
