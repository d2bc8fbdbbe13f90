// What the containerd service unit tests share: a bare node (empty containerd, fixed clock,
// fixed seed) and a way to catch the error a call throws, so a test can check its class.
// (The full node with host files and registries is built by createSimulator; these services
// need none of that.)

import { initialUnits } from '../../host/systemd';
import { emptyRegistries } from '../../initial-state';
import { makeNode, STATE_VERSION, type Node, type NodeState } from '../../node';
import { installNodePlugins } from '../../node-plugins';

/** 2026-11-28T05:17:21Z, the day the reference transcripts were recorded. */
export const TEST_EPOCH_MS = Date.UTC(2026, 10, 28, 5, 17, 21);

export function makeTestNode(seed = 1, nowMs = TEST_EPOCH_MS): Node {
  const state: NodeState = {
    version: STATE_VERSION,
    random: { s: seed },
    clockOffsetMs: 0,
    // containerd's unit is active: it is what says the daemon runs.
    host: { hostname: 'node1', nextPid: 1000, files: {}, units: initialUnits() },
    containerd: { uuid: '00000000-0000-4000-8000-000000000000', blobs: {}, namespaces: {}, events: [] },
    cri: { sandboxes: {}, containers: {} },
    dockerd: { images: {}, references: {}, containers: {} },
    registries: emptyRegistries(),
  };
  return installNodePlugins(makeNode(state, () => nowMs));
}

/** The error `fn` throws; fails the test when it throws nothing. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}
