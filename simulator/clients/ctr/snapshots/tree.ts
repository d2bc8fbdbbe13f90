// `ctr snapshots tree`: snapshots as a forest. Like ctr, nodes are kept in the order the walk
// first meets them (a parent can be met first as someone's parent), roots print in that
// order, and children in the order they were attached: " root", "  \_ child", "    \_ …".

import type { SnapshotInfo } from '../../../containerd/client/index';
import type { CtrCommand } from '../ctr-env';
import { snapshotServiceOf } from './snapshotter-flag';

interface TreeNode {
  name: string;
  parent: string;
  children: string[];
}

function buildTree(infos: readonly SnapshotInfo[]): TreeNode[] {
  const nodes: TreeNode[] = [];
  const index = new Map<string, TreeNode>();
  const getOrCreate = (name: string): TreeNode => {
    let node = index.get(name);
    if (!node) {
      node = { name, parent: '', children: [] };
      index.set(name, node);
      nodes.push(node);
    }
    return node;
  };
  for (const info of infos) {
    const node = getOrCreate(info.name);
    node.parent = info.parent;
    if (info.parent !== '') getOrCreate(info.parent).children.push(info.name);
  }
  return nodes;
}

function printNode(name: string, index: Map<string, TreeNode>, level: number, out: string[], seen: Set<string>): void {
  const node = index.get(name);
  if (!node || seen.has(name)) return;
  seen.add(name);
  out.push(`${'  '.repeat(level)}${level > 0 ? '\\_' : ''} ${name}\n`);
  for (const child of node.children) printNode(child, index, level + 1, out, seen);
}

/** The tree text for these snapshots (exported for tests). */
function renderTree(infos: readonly SnapshotInfo[]): string {
  const nodes = buildTree(infos);
  const index = new Map(nodes.map((n) => [n.name, n]));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const node of nodes) if (node.parent === '') printNode(node.name, index, 0, out, seen);
  return out.join('');
}

export const treeCommand: CtrCommand = {
  name: 'tree',
  usage: 'display tree view of snapshot branches',
  action: (c) => {
    c.io.stdout(renderTree(snapshotServiceOf(c).walk()));
  },
};
