// One turn of the kubelet's loops, once a second of node time (the PLEG's relist period):
//
//   1. dial CRI; while containerd is down, log the relist's errors and carry on next turn;
//   2. the file source: manifests added, changed or removed ("SyncLoop ADD" / "REMOVE");
//      a removed pod is killed with its grace period;
//   3. relist, and the PLEG's events for the kubelet's pods ("SyncLoop (PLEG): event for pod");
//   4. sync each pod that is new, had an event, is due for a retry, or is due its periodic
//      resync (syncFrequency, 1 min);
//   5. every 2 s housekeeping (orphans, dead containers); every minute the garbage collector.

import type { CriServices } from '../cri/index';
import type { Node } from '../node';
import { readManifests } from './file-source';
import { collectGarbage, deleteDeadContainers, GC_PERIOD_MS, HOUSEKEEPING_PERIOD_MS, killOrphans } from './housekeeping';
import { killPod } from './kill-pod';
import { Bare, klog } from './klog';
import type { KubeletMemory } from './kubelet-memory';
import type { Pod } from './pod-spec';
import { dialCri, relist, rpcErrorText, type RuntimePod } from './runtime-view';
import { POD_RETRY_MS, syncPod } from './sync-pod';

export const RELIST_PERIOD_MS = 1_000;
const SYNC_FREQUENCY_MS = 60_000;
const every = (periodMs: number, tick: number) => tick % (periodMs / RELIST_PERIOD_MS) === 0;

function runtimeDown(node: Node, err: unknown): void {
  const text = rpcErrorText(err);
  klog(node, 'E', 'remote_runtime.go:277', 'ListPodSandbox with filter from runtime service failed', [['err', text], ['filter', new Bare('nil')]]);
  klog(node, 'E', 'kuberuntime_sandbox.go:297', 'Failed to list pod sandboxes', [['err', text]]);
  klog(node, 'E', 'generic.go:238', 'GenericPLEG: Unable to retrieve pods', [['err', text]]);
}

/** PLEG: compares each sandbox's and container's state with the last relist, for known pods. */
function plegEvents(node: Node, memory: KubeletMemory, pods: Map<string, RuntimePod>): Set<string> {
  const touched = new Set<string>();
  const seen: Record<string, string> = {};
  for (const rp of pods.values()) {
    const pod = memory.pods[rp.uid];
    const items = [
      ...rp.sandboxes.map((s) => ({ id: s.id, running: s.state === 'SANDBOX_READY', state: s.state })),
      ...rp.containers.map((c) => ({ id: c.id, running: c.state === 'CONTAINER_RUNNING', state: c.state })),
    ];
    for (const item of items) {
      seen[item.id] = item.state;
      const before = memory.seen[item.id];
      if (before === item.state) continue;
      const wasRunning = before === 'SANDBOX_READY' || before === 'CONTAINER_RUNNING';
      const type = item.running ? 'ContainerStarted' : wasRunning || before === undefined ? 'ContainerDied' : undefined;
      if (!type || (before === undefined && !item.running && item.state === 'CONTAINER_CREATED')) continue;
      touched.add(rp.uid);
      if (!pod) continue;
      klog(node, 'I', 'kubelet.go:2189', 'SyncLoop (PLEG): event for pod', [
        ['pod', `${pod.metadata.namespace}/${pod.metadata.name}`],
        ['event', new Bare(`&{ID:${rp.uid} Type:${type} Data:${item.id}}`)],
      ]);
    }
  }
  memory.seen = seen;
  return touched;
}

/** One turn; `services` reaches the CRI plugin (criServices, or a fake in tests). */
export async function kubeletTurn(node: Node, memory: KubeletMemory, services: (node: Node) => CriServices): Promise<void> {
  const tick = memory.tick;
  memory.tick += 1;
  const nodeName = node.state.host.hostname.toLowerCase();
  const update = readManifests(node, memory, nodeName);
  let cri: CriServices;
  let pods: Map<string, RuntimePod>;
  try {
    cri = dialCri(node, services);
    pods = await relist(cri);
  } catch (err) {
    memory.runtimeUp = false;
    runtimeDown(node, err);
    return;
  }
  memory.runtimeUp = true;
  for (const removed of update.removed) {
    const rp = pods.get(removed.metadata.uid);
    if (rp) await killPod(node, cri, rp, removed.spec.terminationGracePeriodSeconds);
    delete memory.retryAtMs[removed.metadata.uid];
  }
  if (update.removed.length > 0) pods = await relist(cri);
  const touched = plegEvents(node, memory, pods);
  const added = new Set(update.added.map((p) => p.metadata.uid));
  const now = node.nowMs();
  const periodic = every(SYNC_FREQUENCY_MS, tick);
  for (const pod of Object.values(memory.pods) as Pod[]) {
    const uid = pod.metadata.uid;
    const retry = memory.retryAtMs[uid];
    const due = added.has(uid) || touched.has(uid) || periodic || (retry !== undefined && now >= retry);
    if (!due || (retry !== undefined && now < retry && !touched.has(uid))) continue;
    try {
      await syncPod(node, cri, memory, pod, pods.get(uid));
    } catch (err) {
      // A CRI call that failed outside the steps that word their own errors (a status, a list).
      klog(node, 'E', 'pod_workers.go:965', 'Error syncing pod, skipping', [
        ['err', rpcErrorText(err)],
        ['pod', `${pod.metadata.namespace}/${pod.metadata.name}`],
        ['podUID', new Bare(uid)],
      ]);
      memory.retryAtMs[uid] = now + POD_RETRY_MS;
    }
  }
  try {
    // The collector runs as the kubelet starts and then every minute, before housekeeping
    // kills orphans: what housekeeping kills now is collected a minute later.
    if (every(GC_PERIOD_MS, tick)) await collectGarbage(node, cri, memory);
    if (every(HOUSEKEEPING_PERIOD_MS, tick)) {
      await killOrphans(node, cri, memory, await relist(cri));
      await deleteDeadContainers(cri, memory, await relist(cri));
    }
  } catch (err) {
    klog(node, 'E', 'kubelet.go:1444', 'Container garbage collection failed', [['err', rpcErrorText(err)]]);
  }
}
