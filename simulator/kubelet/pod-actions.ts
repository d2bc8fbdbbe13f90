// computePodActions (kuberuntime_manager.go): what one sync of a pod must do, from the pod's
// spec and what the runtime holds for it. Pure, so its cases are tested without a runtime.
//
// - No sandbox, a sandbox that is not ready, or more than one ready: kill what runs and create
//   sandbox attempt (latest + 1), then start every container — except, under OnFailure, those
//   that already succeeded; under Never a pod whose containers already ran gets no new sandbox.
// - Otherwise: each container whose newest instance is not running is started again when the
//   restart policy says so (ShouldContainerBeRestarted): Always always, OnFailure after a
//   non-zero exit, Never never; one never created, or only created, is started.
// - Init containers come first (findNextInitContainerToRun): a new sandbox starts the first;
//   then each runs to success, one at a time (a failed one is run again unless the policy is
//   Never), and only when all have succeeded do the containers start.

import type { Container } from '../cri/index';
import { CONTAINER_NAME_LABEL } from './pod-config';
import type { Pod, RestartPolicy } from './pod-spec';
import type { RuntimePod } from './runtime-view';

/** The newest instance of a container, with the exit code when it has exited. */
export interface ContainerInstance {
  container: Container;
  exitCode?: number;
  /** When it exited (ContainerStatus.finishedAt), for the restart back-off. */
  finishedAtMs?: number;
}

export interface PodActions {
  /** Kill the running containers and sandboxes first. */
  killPod: boolean;
  /** Create a sandbox with this attempt; undefined: keep the ready one. */
  createSandboxAttempt?: number;
  /** The ready sandbox to start containers in, when none is created. */
  sandboxId?: string;
  /** Names of the containers to start, in spec order. */
  containersToStart: string[];
}

/** The newest instance of each container name (the relist is newest first). */
export function latestByName(pod: RuntimePod | undefined): Map<string, Container> {
  const out = new Map<string, Container>();
  for (const c of pod?.containers ?? []) {
    const name = c.labels[CONTAINER_NAME_LABEL] ?? c.metadata.name;
    if (!out.has(name)) out.set(name, c);
  }
  return out;
}

function shouldRestart(policy: RestartPolicy, instance: ContainerInstance | undefined): boolean {
  if (!instance) return true;
  const state = instance.container.state;
  if (state === 'CONTAINER_RUNNING') return false;
  if (state === 'CONTAINER_UNKNOWN' || state === 'CONTAINER_CREATED') return true;
  if (policy === 'Never') return false;
  if (policy === 'OnFailure' && instance.exitCode === 0) return false;
  return true;
}

function succeeded(instance: ContainerInstance | undefined): boolean {
  return instance?.container.state === 'CONTAINER_EXITED' && instance.exitCode === 0;
}

/** The next init container to start, or `wait` while one runs or failed for good, or `done`. */
function nextInit(pod: Pod, latest: Map<string, ContainerInstance>): string | 'wait' | 'done' {
  for (const c of pod.spec.initContainers ?? []) {
    const instance = latest.get(c.name);
    if (succeeded(instance)) continue;
    if (instance?.container.state === 'CONTAINER_RUNNING') return 'wait';
    if (instance?.container.state === 'CONTAINER_EXITED' && pod.spec.restartPolicy === 'Never') return 'wait';
    return c.name;
  }
  return 'done';
}

export function computePodActions(pod: Pod, runtime: RuntimePod | undefined, latest: Map<string, ContainerInstance>): PodActions {
  const sandboxes = runtime?.sandboxes ?? [];
  const newest = sandboxes[0];
  const readyCount = sandboxes.filter((s) => s.state === 'SANDBOX_READY').length;
  const policy = pod.spec.restartPolicy;
  const sandboxChanged = !newest || readyCount > 1 || newest.state !== 'SANDBOX_READY';
  if (sandboxChanged) {
    const attempt = newest ? newest.metadata.attempt + 1 : 0;
    const anyRan = (runtime?.containers.length ?? 0) > 0;
    if (policy === 'Never' && attempt !== 0 && anyRan) return { killPod: true, containersToStart: [] };
    const firstInit = pod.spec.initContainers?.[0];
    const toStart = firstInit
      ? [firstInit.name]
      : pod.spec.containers.filter((c) => !(policy === 'OnFailure' && succeeded(latest.get(c.name)))).map((c) => c.name);
    if (toStart.length === 0) return { killPod: true, containersToStart: [] };
    return { killPod: true, createSandboxAttempt: attempt, containersToStart: toStart };
  }
  const init = nextInit(pod, latest);
  if (init !== 'done') return { killPod: false, sandboxId: newest.id, containersToStart: init === 'wait' ? [] : [init] };
  const toStart = pod.spec.containers.filter((c) => shouldRestart(policy, latest.get(c.name))).map((c) => c.name);
  return { killPod: false, sandboxId: newest.id, containersToStart: toStart };
}
