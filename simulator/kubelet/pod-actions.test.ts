// computePodActions' cases (kuberuntime_manager.go v1.26), without a runtime.

import { describe, expect, it } from 'vitest';
import type { Container, ContainerState, PodSandbox, PodSandboxState } from '../cri/index';
import { computePodActions, type ContainerInstance } from './pod-actions';
import type { Pod, RestartPolicy } from './pod-spec';
import type { RuntimePod } from './runtime-view';

function pod(restartPolicy: RestartPolicy, names = ['a', 'b']): Pod {
  return {
    metadata: { name: 'p-node1', namespace: 'default', uid: 'u', labels: {}, annotations: {} },
    spec: {
      containers: names.map((name) => ({ name, image: 'busybox', imagePullPolicy: 'IfNotPresent', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File' })),
      restartPolicy,
      hostNetwork: true,
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
    },
  };
}

function sandbox(id: string, state: PodSandboxState, attempt: number, createdAt: string): PodSandbox {
  return { id, metadata: { name: 'p-node1', namespace: 'default', uid: 'u', attempt }, state, createdAt, labels: {}, annotations: {}, runtimeHandler: '' };
}

function instance(name: string, state: ContainerState, exitCode?: number): ContainerInstance {
  const container: Container = {
    id: `c-${name}`,
    podSandboxId: 's1',
    metadata: { name, attempt: 0 },
    image: { image: 'busybox' },
    imageRef: 'sha256:x',
    state,
    createdAt: '1',
    labels: { 'io.kubernetes.container.name': name },
    annotations: {},
  };
  return { container, ...(exitCode !== undefined ? { exitCode } : {}) };
}

function runtime(sandboxes: PodSandbox[], instances: ContainerInstance[]): RuntimePod {
  return { uid: 'u', name: 'p-node1', namespace: 'default', sandboxes, containers: instances.map((i) => i.container) };
}

const latest = (...list: ContainerInstance[]) => new Map(list.map((i) => [i.container.metadata.name, i]));

describe('computePodActions', () => {
  it('creates sandbox attempt 0 and starts every container for a new pod', () => {
    expect(computePodActions(pod('Always'), undefined, new Map())).toEqual({ killPod: true, createSandboxAttempt: 0, containersToStart: ['a', 'b'] });
  });

  it('replaces a sandbox that is not ready with the next attempt', () => {
    const rt = runtime([sandbox('s1', 'SANDBOX_NOTREADY', 2, '5')], [instance('a', 'CONTAINER_EXITED', 0)]);
    expect(computePodActions(pod('Always'), rt, latest(instance('a', 'CONTAINER_EXITED', 0)))).toMatchObject({ killPod: true, createSandboxAttempt: 3 });
  });

  it('under Never gives a pod whose containers ran no new sandbox; under OnFailure skips the ones that succeeded', () => {
    const exited = [instance('a', 'CONTAINER_EXITED', 0), instance('b', 'CONTAINER_EXITED', 1)];
    const rt = runtime([sandbox('s1', 'SANDBOX_NOTREADY', 0, '5')], exited);
    expect(computePodActions(pod('Never'), rt, latest(...exited))).toEqual({ killPod: true, containersToStart: [] });
    expect(computePodActions(pod('OnFailure'), rt, latest(...exited))).toEqual({ killPod: true, createSandboxAttempt: 1, containersToStart: ['b'] });
  });

  it('in a ready sandbox restarts exited containers as the policy says', () => {
    const list = [instance('a', 'CONTAINER_EXITED', 0), instance('b', 'CONTAINER_EXITED', 2)];
    const rt = runtime([sandbox('s1', 'SANDBOX_READY', 0, '5')], list);
    expect(computePodActions(pod('Always'), rt, latest(...list))).toEqual({ killPod: false, sandboxId: 's1', containersToStart: ['a', 'b'] });
    expect(computePodActions(pod('OnFailure'), rt, latest(...list)).containersToStart).toEqual(['b']);
    expect(computePodActions(pod('Never'), rt, latest(...list)).containersToStart).toEqual([]);
    const running = [instance('a', 'CONTAINER_RUNNING'), instance('b', 'CONTAINER_CREATED')];
    expect(computePodActions(pod('Never'), rt, latest(...running)).containersToStart).toEqual(['b']);
  });

  it('kills and recreates when more than one sandbox is ready', () => {
    const rt = runtime([sandbox('s2', 'SANDBOX_READY', 1, '6'), sandbox('s1', 'SANDBOX_READY', 0, '5')], []);
    expect(computePodActions(pod('Always'), rt, new Map())).toMatchObject({ killPod: true, createSandboxAttempt: 2 });
  });

  it('runs the init containers one at a time to success before the containers', () => {
    const withInit = { ...pod('Always', ['app']), spec: { ...pod('Always', ['app']).spec, initContainers: pod('Always', ['i1', 'i2']).spec.containers } };
    expect(computePodActions(withInit, undefined, new Map())).toEqual({ killPod: true, createSandboxAttempt: 0, containersToStart: ['i1'] });
    const ready = [sandbox('s1', 'SANDBOX_READY', 0, '5')];
    expect(computePodActions(withInit, runtime(ready, []), latest(instance('i1', 'CONTAINER_RUNNING'))).containersToStart).toEqual([]);
    expect(computePodActions(withInit, runtime(ready, []), latest(instance('i1', 'CONTAINER_EXITED', 1))).containersToStart).toEqual(['i1']);
    expect(computePodActions(withInit, runtime(ready, []), latest(instance('i1', 'CONTAINER_EXITED', 0))).containersToStart).toEqual(['i2']);
    const initsDone = latest(instance('i1', 'CONTAINER_EXITED', 0), instance('i2', 'CONTAINER_EXITED', 0));
    expect(computePodActions(withInit, runtime(ready, []), initsDone).containersToStart).toEqual(['app']);
    const never = { ...withInit, spec: { ...withInit.spec, restartPolicy: 'Never' as const } };
    expect(computePodActions(never, runtime(ready, []), latest(instance('i1', 'CONTAINER_EXITED', 1))).containersToStart).toEqual([]);
  });
});
