// killPodWithSyncResult (kuberuntime_manager.go): stop every running container of a pod with
// its grace period (StopContainer's timeout; at least minimumGracePeriodInSeconds = 2), then
// stop every sandbox. Removal comes later, from the garbage collector (housekeeping.ts).

import type { CriServices } from '../cri/index';
import type { Node } from '../node';
import { Bare, klog } from './klog';
import { CONTAINER_NAME_LABEL } from './pod-config';
import { isNotFoundRpc, rpcErrorText, type RuntimePod } from './runtime-view';

const MINIMUM_GRACE_PERIOD_S = 2;

/** Stops the pod's running containers and its sandboxes; returns the errors as the kubelet words them. */
export async function killPod(node: Node, cri: CriServices, pod: RuntimePod, gracePeriodS: number): Promise<string[]> {
  const errors: string[] = [];
  const grace = Math.max(gracePeriodS, MINIMUM_GRACE_PERIOD_S);
  for (const c of pod.containers) {
    if (c.state !== 'CONTAINER_RUNNING' && c.state !== 'CONTAINER_CREATED') continue;
    const name = c.labels[CONTAINER_NAME_LABEL] ?? c.metadata.name;
    klog(node, 'I', 'kuberuntime_container.go:709', 'Killing container with a grace period', [
      ['pod', `${pod.namespace}/${pod.name}`],
      ['podUID', new Bare(pod.uid)],
      ['containerName', name],
      ['containerID', `containerd://${c.id}`],
      ['gracePeriod', grace],
    ]);
    try {
      await cri.runtime.stopContainer({ containerId: c.id, timeout: grace });
    } catch (err) {
      if (isNotFoundRpc(err)) continue;
      klog(node, 'E', 'kuberuntime_container.go:714', 'Container termination failed with gracePeriod', [
        ['err', rpcErrorText(err)],
        ['pod', `${pod.namespace}/${pod.name}`],
        ['podUID', new Bare(pod.uid)],
        ['containerName', name],
        ['containerID', `containerd://${c.id}`],
        ['gracePeriod', grace],
      ]);
      errors.push(`failed to "KillContainer" for "${name}" with KillContainerError: "${rpcErrorText(err)}"`);
    }
  }
  for (const s of pod.sandboxes) {
    if (s.state !== 'SANDBOX_READY') continue;
    try {
      await cri.runtime.stopPodSandbox({ podSandboxId: s.id });
    } catch (err) {
      if (isNotFoundRpc(err)) continue;
      klog(node, 'E', 'remote_runtime.go:205', 'StopPodSandbox from runtime service failed', [['err', rpcErrorText(err)], ['podSandboxID', s.id]]);
      errors.push(`failed to "KillPodSandbox" for "${pod.uid}" with KillPodSandboxError: "${rpcErrorText(err)}"`);
    }
  }
  return errors;
}
