// Every earlier form of a saved node tree, brought to the current one step by step, so no
// learner loses a session to an upgrade. A step takes a tree of its version as that version's
// code wrote it and returns the next version's; the checks (shell/saved-state-check.ts) then
// judge the result as they would a save of today. fixtures/ holds saves made by the old code
// itself (fixtures/README.md says how), and migrations.test.ts restores each of them.
//
//   1   2026-11-28 … 2026-12-04: the whole tree inline, fields added over time as optional
//   2   the same records, checked by one schema; large strings may be saved as chunks
//       (chunked-tree.ts), which storage resolves before the tree reaches these steps
//   3   the mount table is the host's (host.mounts, was containerd.imageMounts), and whether
//       containerd runs is its systemd unit's state alone (containerd.running is gone)
//   4   the CRI plugin's own records (cri.sandboxes, cri.containers), empty before it existed

import { STATE_VERSION } from '../node';

type Tree = Record<string, unknown>;

/** version → the step from it to the next one. */
const STEPS: Record<number, (tree: Tree) => Tree> = {
  // Version 2 changed how a tree is stored, not its records: every field version 1 code wrote
  // (the optional ones added later are still optional) reads the same.
  1: (tree) => ({ ...tree, version: 2 }),
  2: hostOwnsMountsAndUnit,
  // No node before version 4 had a CRI plugin, so it had no sandboxes or CRI containers.
  3: (tree) => ({ ...tree, version: 4, cri: { sandboxes: {}, containers: {} } }),
};

function objectOrUndefined(value: unknown): Tree | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Tree) : undefined;
}

/**
 * 2 → 3: `containerd.imageMounts` becomes `host.mounts` as it is, and `containerd.running`
 * goes. Where an old tree's flag and containerd's unit disagree, the flag decides: it is what
 * ctr's dial obeyed. A part that is not an object is left for the checks to refuse.
 */
function hostOwnsMountsAndUnit(tree: Tree): Tree {
  const next: Tree = { ...tree, version: 3 };
  const oldContainerd = objectOrUndefined(tree.containerd);
  const oldHost = objectOrUndefined(tree.host);
  if (!oldContainerd || !oldHost) return next;
  const { running, imageMounts, ...containerd } = oldContainerd;
  const host: Tree = { ...oldHost };
  if (imageMounts !== undefined) host.mounts = imageMounts;
  const units = objectOrUndefined(host.units);
  const unit = objectOrUndefined(units?.containerd);
  if (units && unit && typeof running === 'boolean' && unit.active !== running) {
    const decided: Tree = { ...unit, active: running };
    // A stopped unit has no main process; a started one without its own shows boot's.
    if (!running) delete decided.mainPid;
    host.units = { ...units, containerd: decided };
  }
  next.host = host;
  next.containerd = containerd;
  return next;
}

/**
 * `tree` brought to STATE_VERSION, or returned as it is when it is not a versioned tree, is of a
 * version no step starts from (a newer ctrlab's, or junk), or is current already.
 */
export function migrateNodeTree(tree: unknown): unknown {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return tree;
  let current = tree as Tree;
  while (typeof current.version === 'number' && current.version < STATE_VERSION) {
    const step = Object.hasOwn(STEPS, current.version) ? STEPS[current.version] : undefined;
    if (!step) return current;
    current = step(current);
  }
  return current;
}
