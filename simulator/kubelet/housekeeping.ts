// What the kubelet does to pods it does not run (kubelet_pods.go HandlePodCleanups, every 2 s)
// and to what its own pods leave behind (pod_container_deletor.go, kuberuntime_gc.go):
//
// - a pod the runtime runs whose UID the kubelet does not know — one started with `crictl runp`
//   on a node whose kubelet is up — is "orphaned": it is killed with a 1 s grace period
//   (raised to the 2 s minimum), `Clean up orphaned pod containers` in the journal at --v=3;
// - dead containers of pods it does not run are removed; of its own pods it keeps the newest
//   dead instance of each container (MaxPerPodContainer 1);
// - the garbage collector (every minute, ContainerGCPeriod) also removes the sandboxes that are
//   stopped and empty — all of an unknown pod's, all but the newest of a known one's — and the
//   log directories under /var/log/pods of pods that are gone.

import type { CriServices } from '../cri/index';
import * as vfs from '../host/vfs';
import type { Node } from '../node';
import { Bare, klog } from './klog';
import { killPod } from './kill-pod';
import type { KubeletMemory } from './kubelet-memory';
import { CONTAINER_NAME_LABEL } from './pod-config';
import { isNotFoundRpc, isRunning, relist, type RuntimePod } from './runtime-view';

/** The grace period the kubelet gives an orphaned pod (PodTerminationGracePeriodSecondsOverride). */
const ORPHAN_GRACE_S = 1;
export const HOUSEKEEPING_PERIOD_MS = 2_000;
export const GC_PERIOD_MS = 60_000;
const LOG_ROOT = '/var/log/pods';

async function removeContainer(cri: CriServices, id: string): Promise<void> {
  try {
    await cri.runtime.removeContainer({ containerId: id });
  } catch (err) {
    if (!isNotFoundRpc(err)) throw err;
  }
}

/** Kills the running pods the kubelet does not know. */
export async function killOrphans(node: Node, cri: CriServices, memory: KubeletMemory, pods: Map<string, RuntimePod>): Promise<void> {
  for (const pod of pods.values()) {
    if (memory.pods[pod.uid] || !isRunning(pod)) continue;
    klog(node, 'I', 'kubelet_pods.go:1134', 'Clean up orphaned pod containers', [['podUID', new Bare(pod.uid)]]);
    await killPod(node, cri, pod, ORPHAN_GRACE_S);
  }
}

/** The dead containers that may go: all of an unknown pod's; of a known pod's, all but each name's newest. */
function removableContainers(memory: KubeletMemory, pod: RuntimePod, includeCreated: boolean): string[] {
  const dead = pod.containers.filter((c) => c.state === 'CONTAINER_EXITED' || c.state === 'CONTAINER_UNKNOWN' || (includeCreated && c.state === 'CONTAINER_CREATED'));
  if (!memory.pods[pod.uid]) return dead.map((c) => c.id);
  const kept = new Set<string>();
  const out: string[] = [];
  for (const c of pod.containers) {
    const name = c.labels[CONTAINER_NAME_LABEL] ?? c.metadata.name;
    if (c.state === 'CONTAINER_RUNNING' || c.state === 'CONTAINER_CREATED') continue;
    if (!kept.has(name)) kept.add(name);
    else out.push(c.id);
  }
  return out;
}

/** The container deletor: dead containers beyond what the kubelet keeps. */
export async function deleteDeadContainers(cri: CriServices, memory: KubeletMemory, pods: Map<string, RuntimePod>): Promise<void> {
  for (const pod of pods.values()) {
    for (const id of removableContainers(memory, pod, false)) await removeContainer(cri, id);
  }
}

/** One run of the container garbage collector. */
export async function collectGarbage(node: Node, cri: CriServices, memory: KubeletMemory): Promise<void> {
  let pods = await relist(cri);
  for (const pod of pods.values()) {
    for (const id of removableContainers(memory, pod, true)) await removeContainer(cri, id);
  }
  pods = await relist(cri);
  for (const pod of pods.values()) {
    const known = memory.pods[pod.uid] !== undefined;
    const withContainers = new Set(pod.containers.map((c) => c.podSandboxId));
    for (const [index, s] of pod.sandboxes.entries()) {
      if (s.state === 'SANDBOX_READY' || withContainers.has(s.id) || (known && index === 0)) continue;
      try {
        await cri.runtime.removePodSandbox({ podSandboxId: s.id });
      } catch (err) {
        if (!isNotFoundRpc(err)) throw err;
      }
    }
  }
  removeLogDirectories(node, memory, await relist(cri));
}

/** evictPodLogsDirectories: /var/log/pods/<ns>_<name>_<uid> of pods neither run nor held by the runtime. */
function removeLogDirectories(node: Node, memory: KubeletMemory, pods: Map<string, RuntimePod>): void {
  const files = node.state.host.files;
  if (!vfs.exists(files, LOG_ROOT)) return;
  let names: string[];
  try {
    names = vfs.readdir(files, LOG_ROOT);
  } catch {
    return;
  }
  for (const name of names) {
    const uid = name.slice(name.lastIndexOf('_') + 1);
    if (memory.pods[uid] || pods.has(uid)) continue;
    try {
      vfs.rm(files, `${LOG_ROOT}/${name}`, { recursive: true, force: true, mtimeMs: node.nowMs() });
    } catch {
      // A directory that cannot go now is tried again at the next collection.
    }
  }
}
