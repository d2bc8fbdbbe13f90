// containerd's part of the tree, in the layout of its metadata store (containerd/metadata/
// schema.ts): namespace → images, containers (→ task → processes), snapshots nested under
// their parents as `ctr snapshots tree` draws them, leases.

import type { Blob } from '../oci/blob';
import type { ContainerdState, ContainerRecord, NamespaceRecord, ProcessRecord, SnapshotRecord, TaskRecord } from '../containerd/metadata/schema';
import { imageNode, unpackedLayers } from './image-tree';
import { group, type StateNode } from './state-tree';

function processNode(namespace: string, containerId: string, p: ProcessRecord, taskId: string): StateNode {
  const execId = p.execId === '' ? 'init' : p.execId;
  return {
    id: `${taskId}/process/${execId}`,
    ref: { kind: 'process', namespace, key: `${containerId}/${p.execId}` },
    label: `${execId} pid ${p.pid}`,
    detail: `${p.status} ${p.args.join(' ')}`.trim(),
    command: `ctr -n ${namespace} tasks ps ${containerId}`,
    stamp: `${p.pid} ${p.status} ${p.exitStatus ?? ''}`,
    children: [],
  };
}

function taskNode(namespace: string, containerId: string, task: TaskRecord, parentId: string): StateNode {
  const id = `${parentId}/task`;
  const status = task.paused ? 'PAUSED' : task.init.status;
  const execs = Object.values(task.execs).map((p) => processNode(namespace, containerId, p, id));
  return {
    id,
    ref: { kind: 'task', namespace, key: containerId },
    label: `task ${containerId}`,
    detail: `${status} pid ${task.init.pid}`,
    command: `ctr -n ${namespace} tasks ls`,
    stamp: `${status} ${task.init.pid} ${task.init.exitStatus ?? ''} ${Object.keys(task.execs).length}`,
    children: [processNode(namespace, containerId, task.init, id), ...execs],
  };
}

function containerNode(namespace: string, c: ContainerRecord, task: TaskRecord | undefined): StateNode {
  const id = `ns/${namespace}/container/${c.id}`;
  return {
    id,
    ref: { kind: 'container', namespace, key: c.id },
    label: c.id,
    detail: c.image,
    command: `ctr -n ${namespace} containers info ${c.id}`,
    stamp: c.updatedAt,
    children: task ? [taskNode(namespace, c.id, task, id)] : [],
  };
}

function snapshotNode(namespace: string, snapshotter: string, key: string, s: SnapshotRecord, children: StateNode[]): StateNode {
  return {
    id: `ns/${namespace}/snapshot/${snapshotter}/${key}`,
    ref: { kind: 'snapshot', namespace, key: `${snapshotter}/${key}` },
    label: key,
    detail: `${s.kind}${s.parent ? ` parent ${s.parent}` : ''}`,
    command: `ctr -n ${namespace} snapshots --snapshotter ${snapshotter} info ${key}`,
    stamp: `${s.kind} ${s.updatedAt}`,
    children,
  };
}

/** One snapshotter's snapshots as a forest: each under its parent, roots (and orphans) on top. */
function snapshotForest(namespace: string, snapshotter: string, bucket: Readonly<Record<string, SnapshotRecord>>): StateNode[] {
  const childrenOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const [key, s] of Object.entries(bucket)) {
    if (s.parent !== '' && Object.hasOwn(bucket, s.parent) && s.parent !== key) {
      const list = childrenOf.get(s.parent) ?? [];
      list.push(key);
      childrenOf.set(s.parent, list);
    } else {
      roots.push(key);
    }
  }
  // Iterative, so a long chain of layers cannot overflow the stack; a parent cycle (never made
  // by the snapshots service) is cut by `seen`.
  const seen = new Set<string>();
  const build = (key: string): StateNode => {
    seen.add(key);
    const kids = (childrenOf.get(key) ?? []).filter((k) => !seen.has(k)).map(build);
    return snapshotNode(namespace, snapshotter, key, bucket[key] as SnapshotRecord, kids);
  };
  return roots.map(build);
}

function namespaceNode(name: string, ns: NamespaceRecord, blobs: Readonly<Record<string, Blob>>): StateNode {
  const id = `ns/${name}`;
  const unpacked = unpackedLayers(ns);
  const images = Object.values(ns.images).map((image) => imageNode(name, image, blobs, unpacked));
  const containers = Object.values(ns.containers).map((c) => containerNode(name, c, ns.tasks[c.id]));
  const snapshots = Object.entries(ns.snapshots).flatMap(([snapshotter, bucket]) => snapshotForest(name, snapshotter, bucket));
  const leases = Object.values(ns.leases).map(
    (l): StateNode => ({
      id: `${id}/lease/${l.id}`,
      ref: { kind: 'lease', namespace: name, key: l.id },
      label: l.id,
      detail: l.createdAt,
      command: `ctr -n ${name} leases ls`,
      stamp: l.createdAt,
      children: [],
    }),
  );
  return {
    id,
    ref: { kind: 'namespace', namespace: name, key: name },
    label: name,
    detail: '',
    command: `ctr namespaces ls`,
    stamp: '',
    children: [
      group(`${id}/images`, 'images', images),
      group(`${id}/containers`, 'containers', containers),
      group(`${id}/snapshots`, 'snapshots', snapshots),
      group(`${id}/leases`, 'leases', leases),
    ],
  };
}

export function containerdTree(state: ContainerdState): StateNode {
  const namespaces = Object.entries(state.namespaces).map(([name, ns]) => namespaceNode(name, ns, state.blobs));
  return group('containerd', 'containerd namespaces', namespaces);
}
