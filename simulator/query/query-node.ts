// The state view's one query: the node's objects as a tree, read from the node's state tree as
// it is now (node.ts NodeState), never from a copy kept elsewhere. Pure: the same state gives
// the same tree, so the view can query after every command and diff.ts can compare two.

import type { NodeState } from '../node';
import { containerdTree } from './containerd-tree';
import { criTree, dockerdTree } from './plugins-tree';
import { group, type StateNode } from './state-tree';

export function queryNode(state: NodeState): StateNode {
  return group('node', 'node1', [containerdTree(state.containerd), criTree(state.cri), dockerdTree(state.dockerd)]);
}

/** Every node of a tree, parents before their children. */
export function flattenTree(root: StateNode): StateNode[] {
  const out: StateNode[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as StateNode);
  }
  return out;
}
