// What exercises may ask of the node: a few plain facts read from its state as it is now. The
// objects come from the state view's one query (simulator/query, the same tree the learner sees
// in the "Node state" panel); the few fields that tree does not carry (a container's labels, a
// task's exit status, docker's port bindings, a file, a systemd unit) are read from the same
// state records beside it. Nothing here looks at what was typed.

import type { NodeState } from '../../simulator/node';
import { flattenTree, queryNode } from '../../simulator/query/query-node';
import type { StateNode } from '../../simulator/query/state-tree';
import { binaryToText, readFile } from '../../simulator/host/vfs';

interface TaskFact {
  /** As `ctr tasks ls` prints it: RUNNING, PAUSED, STOPPED, CREATED. */
  status: string;
  exitStatus?: number;
}

export interface NodeFacts {
  /** Image names in a containerd namespace (`ctr -n <ns> images ls -q`). */
  images(namespace: string): string[];
  /** Container ids in a containerd namespace. */
  containers(namespace: string): string[];
  task(namespace: string, id: string): TaskFact | undefined;
  labels(namespace: string, id: string): Readonly<Record<string, string>>;
  /** The image a containerd container was made from. */
  imageOf(namespace: string, id: string): string | undefined;
  /** CRI pod sandboxes with their state (READY, NOTREADY) and their containers' states (RUNNING, …). */
  pods(): Array<{ state: string; containers: string[] }>;
  /** Docker's containers: name, status (running, exited…), image and the host ports it publishes. */
  dockerContainers(): Array<{ name: string; status: string; image: string; hostPorts: string[] }>;
  /** Docker's image references, normalised (`docker.io/library/busybox:1.37`). */
  dockerReferences(): string[];
  /** A file's text, or undefined when there is none. */
  file(path: string): string | undefined;
  unitActive(name: string): boolean;
}

/** The first word of a tree node's detail: the status the query prints first. */
const firstWord = (node: StateNode) => node.detail.split(' ')[0] ?? '';

function childrenOf(index: ReadonlyMap<string, StateNode>, id: string): StateNode[] {
  return index.get(id)?.children ?? [];
}

function hostPortsOf(hostConfig: Record<string, unknown>): string[] {
  const bindings = hostConfig['PortBindings'];
  if (typeof bindings !== 'object' || bindings === null) return [];
  const ports: string[] = [];
  for (const list of Object.values(bindings as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    for (const b of list) {
      const port = (b as Record<string, unknown> | null)?.['HostPort'];
      if (typeof port === 'string' && port !== '') ports.push(port);
    }
  }
  return ports;
}

export function nodeFacts(state: NodeState): NodeFacts {
  const index = new Map(flattenTree(queryNode(state)).map((node) => [node.id, node]));
  const record = (namespace: string, id: string) => state.containerd.namespaces[namespace]?.containers[id];
  return {
    images: (ns) => childrenOf(index, `ns/${ns}/images`).map((node) => node.label),
    containers: (ns) => childrenOf(index, `ns/${ns}/containers`).map((node) => node.ref.key),
    task(ns, id) {
      const node = index.get(`ns/${ns}/container/${id}/task`);
      if (!node) return undefined;
      return { status: firstWord(node), exitStatus: state.containerd.namespaces[ns]?.tasks[id]?.init.exitStatus };
    },
    labels: (ns, id) => record(ns, id)?.labels ?? {},
    imageOf: (ns, id) => record(ns, id)?.image,
    pods: () =>
      childrenOf(index, 'cri').map((pod) => ({ state: firstWord(pod), containers: pod.children.map(firstWord) })),
    dockerContainers: () =>
      childrenOf(index, 'docker/containers').map((node) => {
        const c = state.dockerd.containers[node.ref.key];
        return { name: node.label, status: firstWord(node), image: c?.image ?? '', hostPorts: c ? hostPortsOf(c.hostConfig) : [] };
      }),
    dockerReferences: () => Object.keys(state.dockerd.references),
    file(path) {
      try {
        return binaryToText(readFile(state.host.files, path));
      } catch {
        return undefined;
      }
    },
    unitActive: (name) => state.host.units[name]?.active === true,
  };
}
