// What a command did, as the state view highlights it: the objects of the query after it that
// were not there before (created), those whose stamp changed (changed), and those that are gone
// (removed, with the label they had, since the new tree no longer holds them). Groups are never
// reported: their count changes with their children.

import { flattenTree } from './query-node';
import type { StateNode } from './state-tree';

export interface StateDiff {
  created: string[];
  changed: string[];
  removed: { id: string; label: string }[];
}

function objects(root: StateNode): Map<string, StateNode> {
  const map = new Map<string, StateNode>();
  for (const node of flattenTree(root)) if (node.ref.kind !== 'group') map.set(node.id, node);
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
