// What a command did, as the state view highlights it: the objects of the query after it that
// were not there before (created), those whose stamp changed (changed), and those that are gone
// (removed, with the label they had, since the new tree no longer holds them). Groups are never
// reported: their count changes with their children.

import type { StateNode } from './state-tree';

export interface StateDiff {
  created: string[];
  changed: string[];
  removed: { id: string; label: string }[];
}

/**
 * Each tree's objects by id, made once per tree: the view diffs every tree twice (as the one
 * after a line, then as the one before the next), so the second diff builds one index, not two.
 */
const indexes = new WeakMap<StateNode, Map<string, StateNode>>();

function objects(root: StateNode): Map<string, StateNode> {
  let map = indexes.get(root);
  if (map) return map;
  const built = new Map<string, StateNode>();
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.ref.kind !== 'group') built.set(node.id, node);
    for (const child of node.children) stack.push(child);
  }
  indexes.set(root, built);
  map = built;
  return map;
}

export function diffQueries(before: StateNode, after: StateNode): StateDiff {
  const was = objects(before);
  const now = objects(after);
  const diff: StateDiff = { created: [], changed: [], removed: [] };
  for (const [id, node] of now) {
    const old = was.get(id);
    if (!old) diff.created.push(id);
    else if (old.stamp !== node.stamp) diff.changed.push(id);
  }
  for (const [id, node] of was) if (!now.has(id)) diff.removed.push({ id, label: node.label });
  return diff;
}
