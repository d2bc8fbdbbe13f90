// A node whose k8s.io namespace holds N pods, each with one running container, for timing
// `crictl pods` and `crictl ps -a` at 1,000 pods. One pod and container are made through crictl
// (the notes' configs), then their records — the CRI plugin's and containerd's (containers,
// tasks, snapshots) — are copied with fresh ids, names and PIDs, as scale.ts does for ctr.

import { createSession, createSimulator, type ShellSession } from '../../simulator/index';
import type { Node } from '../../simulator/node';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from '../scenario/notes-crictl-files';
import type { ScaledSession } from './scale';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A 64-hex id unique to copy `i` of `base` (its last 8 hex digits replaced). */
function copyId(base: string, i: number): string {
  return `${base.slice(0, 56)}${i.toString(16).padStart(8, '0')}`;
}

/** Copies the pod `pod` (pause container, task, snapshot, CRI record) and its container `ctr`. */
function copyPod(node: Node, pod: string, ctr: string, i: number): void {
  const { cri } = node.state;
  const ns = node.state.containerd.namespaces['k8s.io'];
  if (!ns) throw new Error('no k8s.io namespace');
  const podId = copyId(pod, i);
  const ctrId = copyId(ctr, i);
  const sandbox = clone(cri.sandboxes[pod]);
  const container = clone(cri.containers[ctr]);
  if (!sandbox || !container) throw new Error('records not found');
  const name = `nginx-sandbox-${i}`;
  sandbox.id = podId;
  sandbox.name = sandbox.name.replace('nginx-sandbox', name);
  (sandbox.config as { metadata: { name: string } }).metadata.name = name;
  sandbox.ip = `10.88.${(i + 2) >> 8}.${(i + 2) & 0xff}`;
  cri.sandboxes[podId] = sandbox;
  container.id = ctrId;
  container.sandboxId = podId;
  container.name = container.name.replace('nginx-sandbox', name);
  cri.containers[ctrId] = container;
  for (const [from, to] of [
    [pod, podId],
    [ctr, ctrId],
  ] as const) {
    const record = ns.containers[from];
    const task = ns.tasks[from];
    if (!record || !task) throw new Error(`containerd records of ${from} not found`);
    ns.containers[to] = { ...clone(record), id: to, snapshotKey: to };
    const bucket = ns.snapshots[record.snapshotter];
    const snapshot = bucket?.[record.snapshotKey];
    if (bucket && snapshot) bucket[to] = { ...clone(snapshot), id: (snapshot.id ?? 0) + 2 * i + (to === podId ? 0 : 1) };
    const pid = task.init.pid + 2 * i + (to === podId ? 0 : 1);
    ns.tasks[to] = { ...clone(task), containerId: to, init: { ...clone(task.init), pid } };
  }
}

/** A session on a node with `count` pods, each holding one running container, in k8s.io. */
export async function scaledCriSession(count: number, now: () => number): Promise<ScaledSession> {
  const node = createSimulator({ seed: 21, now });
  const session: ShellSession = createSession({ node, now });
  for (const line of [CRICTL_YAML, POD_CONFIG, CONTAINER_CONFIG]) await session.run(line);
  const steps: Array<[string, (out: string) => void]> = [];
  let pod = '';
  let ctr = '';
  steps.push(['crictl runp pod-config.json', (out) => (pod = out.trim())]);
  steps.push(['crictl pull busybox', () => {}]);
  steps.push(['crictl create $POD container-config.json pod-config.json', (out) => (ctr = out.trim())]);
  steps.push(['crictl start $CTR', () => {}]);
  for (const [line, take] of steps) {
    const r = await session.run(line.replace('$POD', pod).replace('$CTR', ctr));
    if (r.exitCode !== 0) return { session, problem: `${line}: ${r.stderr.trim().split('\n').at(-1) ?? ''}` };
    take(r.stdout);
  }
  try {
    for (let i = 1; i < count; i++) copyPod(node, pod, ctr, i);
  } catch (err) {
    return { session, problem: (err as Error).message };
  }
  return { session };
}
