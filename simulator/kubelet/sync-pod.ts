// SyncPod (kuberuntime_manager.go) for one static pod: compute the actions, kill if the
// sandbox must change, create the sandbox (RunPodSandbox), start the containers. Errors are
// gathered as the sync result's and logged once as the pod worker does ("Error syncing pod,
// skipping"), after which the pod is retried 10 s later (pod_workers.go backOffPeriod).

import { isNotFoundRpc } from './runtime-view';
import { goQuote } from '../go/quote';
import * as vfs from '../host/vfs';
import type { CriServices } from '../cri/index';
import type { Node } from '../node';
import { Bare, klog } from './klog';
import type { KubeletMemory } from './kubelet-memory';
import { killPod } from './kill-pod';
import { computePodActions, type ContainerInstance, latestByName } from './pod-actions';
import { podLogDirectory, sandboxConfig } from './pod-config';
import { type Pod, podDescription, podRef } from './pod-spec';
import { rpcErrorText, type RuntimePod } from './runtime-view';
import { startContainer } from './start-container';

/** A pod that failed to sync is tried again this long after (pod workers' backOffPeriod). */
export const POD_RETRY_MS = 10_000;

function nanosToMs(nanos: string): number {
  return Number(BigInt(nanos) / 1_000_000n);
}

/** The newest instance of each container, with exit code and finish time for exited ones. */
async function instances(cri: CriServices, runtime: RuntimePod | undefined): Promise<Map<string, ContainerInstance>> {
  const out = new Map<string, ContainerInstance>();
  for (const [name, container] of latestByName(runtime)) {
    const instance: ContainerInstance = { container };
    if (container.state === 'CONTAINER_EXITED') {
      try {
        const { status } = await cri.runtime.containerStatus({ containerId: container.id });
        instance.exitCode = status.exitCode;
        if (status.finishedAt !== '0') instance.finishedAtMs = nanosToMs(status.finishedAt);
      } catch (err) {
        if (!isNotFoundRpc(err)) throw err;
      }
    }
    out.set(name, instance);
  }
  return out;
}

function resolvConf(node: Node): string {
  const files = node.state.host.files;
  try {
    return vfs.binaryToText(vfs.readFile(files, '/etc/resolv.conf'));
  } catch {
    return '';
  }
}

/** One sync of `pod` against what the runtime holds for it. Returns the errors (empty: in sync). */
export async function syncPod(node: Node, cri: CriServices, memory: KubeletMemory, pod: Pod, runtime: RuntimePod | undefined): Promise<string[]> {
  const latest = await instances(cri, runtime);
  const actions = computePodActions(pod, runtime, latest);
  const errors: string[] = [];
  if (actions.killPod && runtime) errors.push(...(await killPod(node, cri, runtime, pod.spec.terminationGracePeriodSeconds)));
  let sandboxId = actions.sandboxId;
  const config = sandboxConfig(pod, actions.createSandboxAttempt ?? runtime?.sandboxes[0]?.metadata.attempt ?? 0, resolvConf(node));
  if (actions.createSandboxAttempt !== undefined) {
    try {
      vfs.mkdir(node.state.host.files, podLogDirectory(pod), { parents: true, mode: 0o755, mtimeMs: node.nowMs() });
      ({ podSandboxId: sandboxId } = await cri.runtime.runPodSandbox({ config }));
    } catch (err) {
      const text = `Failed to create sandbox for pod ${goQuote(podDescription(pod))}: ${rpcErrorText(err)}`;
      klog(node, 'E', 'kuberuntime_manager.go:782', 'CreatePodSandbox for pod failed', [['err', rpcErrorText(err)], ['pod', podRef(pod)]]);
      errors.push(`failed to "CreatePodSandbox" for ${goQuote(podDescription(pod))} with CreatePodSandboxError: ${goQuote(text)}`);
    }
  }
  if (sandboxId !== undefined) {
    let podIp: string | undefined;
    if (!pod.spec.hostNetwork) {
      try {
        podIp = (await cri.runtime.podSandboxStatus({ podSandboxId: sandboxId })).status.network?.ip || undefined;
      } catch {
        podIp = undefined;
      }
    }
    const ctx = { node, cri, memory, pod, sandboxId, sandboxConfig: config, podIp };
    for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers]) {
      if (!actions.containersToStart.includes(c.name)) continue;
      // A new sandbox starts every container afresh, counting on from its last attempt.
      const error = await startContainer(ctx, c, latest.get(c.name));
      if (error) errors.push(error);
    }
  }
  if (errors.length > 0) {
    klog(node, 'E', 'pod_workers.go:965', 'Error syncing pod, skipping', [
      ['err', errors.length === 1 ? (errors[0] as string) : `[${errors.join(', ')}]`],
      ['pod', podRef(pod)],
      ['podUID', new Bare(pod.metadata.uid)],
    ]);
    memory.retryAtMs[pod.metadata.uid] = node.nowMs() + POD_RETRY_MS;
  } else {
    delete memory.retryAtMs[pod.metadata.uid];
  }
  return errors;
}
