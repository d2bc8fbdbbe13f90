// Every earlier form of a saved node tree, brought to the current one step by step, so no
// learner loses a session to an upgrade. A step takes a tree of its version as that version's
// code wrote it and returns the next version's; the checks (shell/saved-state-check.ts) then
// judge the result as they would a save of today. fixtures/ holds saves made by the old code
// itself (fixtures/README.md says how), and migrations.test.ts restores each of them.
//
//   1   2026-11-28 … 2026-12-04: the whole tree inline, fields added over time as optional
//   2   the same records, checked by one schema; large strings may be saved as chunks
//       (chunked-tree.ts), which storage resolves before the tree reaches these steps

import { STATE_VERSION } from '../node';

type Tree = Record<string, unknown>;

/** version → the step from it to the next one. */
const STEPS: Record<number, (tree: Tree) => Tree> = {
  // Version 2 changed how a tree is stored, not its records: every field version 1 code wrote
  // (the optional ones added later are still optional) reads the same.
  1: (tree) => ({ ...tree, version: 2 }),
};

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
