// Property: after any sequence of the notes' commands (ctr, crictl, nerdctl, docker), the state
// view's tree is sound: ids are unique, and every object whose record names a parent (a
// snapshot's parent, a task's container, a CRI container's pod) sits under that parent.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../index';
import type { NodeState } from '../node';
import { NOTES_COMMANDS, CRICTL_NOTES_COMMANDS } from '../../tests/bench/command-sets';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from '../../tests/scenario/notes-crictl-files';
import { flattenTree, queryNode } from './query-node';
import type { StateNode } from './state-tree';

const OTHER_TOOLS = [
  'nerdctl run -d --name web nginx:alpine',
  'nerdctl rm -f web',
  'nerdctl pull busybox',
  'docker run -d --name d1 busybox sleep 1000',
  'docker rm -f d1',
  'docker pull nginx:alpine',
  'ctr -n k8s.io c rm $(ctr -n k8s.io c ls -q)',
  'crictl rmp -af',
  'sleep 2',
];
const POOL = [...NOTES_COMMANDS, ...CRICTL_NOTES_COMMANDS, CRICTL_YAML, POD_CONFIG, CONTAINER_CONFIG, ...OTHER_TOOLS].filter((l) => !l.includes('-it '));

function problems(state: NodeState, root: StateNode): string[] {
  const nodes = flattenTree(root);
  const parentOf = new Map<string, string>();
  for (const n of nodes) for (const c of n.children) parentOf.set(c.id, n.id);
  const found: string[] = [];
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) found.push(`duplicate id ${n.id}`);
    ids.add(n.id);
    if (n !== root && !parentOf.has(n.id)) found.push(`${n.id} has no parent`);
    if (n.ref.kind === 'snapshot' && n.id.includes('/snapshot/')) {
      const [snapshotter = '', ...rest] = n.ref.key.split('/');
      const record = state.containerd.namespaces[n.ref.namespace]?.snapshots[snapshotter]?.[rest.join('/')];
      const parent = record?.parent ?? '';
      if (parent !== '' && parentOf.get(n.id) !== `ns/${n.ref.namespace}/snapshot/${snapshotter}/${parent}`) found.push(`${n.id} not under its parent ${parent}`);
    }
    if (n.ref.kind === 'task' && parentOf.get(n.id) !== `ns/${n.ref.namespace}/container/${n.ref.key}`) found.push(`${n.id} not under its container`);
  }
  const criContainers = nodes.filter((n) => n.ref.kind === 'cri-container').length;
  if (criContainers !== Object.keys(state.cri.containers).length) found.push('a CRI container missing from its pod');
  return found;
}

describe('the state view tree', () => {
  it('has unique ids and every child under its parent after any sequence of the notes’ commands', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 14 }), async (lines) => {
        const session = createSession({ seed: 5, now: () => Date.UTC(2026, 10, 28, 5, 15, 0) });
        for (const line of lines) {
          await session.run(line);
          expect(problems(session.node.state, queryNode(session.node.state)), line).toEqual([]);
        }
      }),
      { numRuns: 25, seed: 1313 },
    );
  });
});
