// The kubelet's view of the runtime: one relist of CRI's sandboxes and containers grouped by
// pod UID (kuberuntime_manager.go GetPods / GetPodStatus). A container names its pod with the
// io.kubernetes.pod.uid label the kubelet gave it; one created by hand without that label
// belongs to its sandbox's pod.

import { isActive } from '../host/systemd';
import { CONTAINERD_SOCKET } from '../host/installed-versions';
import * as vfs from '../host/vfs';
import { ContainerdError } from '../errdefs/errdefs';
import { rpcStatusText } from '../errdefs/grpc-status';
import type { Container, CriServices, PodSandbox } from '../cri/index';
import type { Node } from '../node';
import { POD_UID_LABEL } from './pod-config';

export interface RuntimePod {
  uid: string;
  name: string;
  namespace: string;
  /** Newest first. */
  sandboxes: PodSandbox[];
  /** Newest first. */
  containers: Container[];
}

/** A CRI failure as the kubelet's gRPC client words it: `rpc error: code = X desc = Y`. */
export function rpcErrorText(err: unknown): string {
  if (err instanceof ContainerdError) return rpcStatusText(err);
  return `rpc error: code = Unknown desc = ${err instanceof Error ? err.message : String(err)}`;
}

export function isNotFoundRpc(err: unknown): boolean {
  return err instanceof ContainerdError && err.errClass === 'not found';
}

/**
 * Reaching containerd's CRI socket: while containerd is stopped the dial fails, "connection
 * refused" while the socket file is still there and "no such file or directory" once it is gone.
 */
export function dialCri(node: Node, services: (node: Node) => CriServices): CriServices {
  if (!isActive(node, 'containerd')) {
    const why = vfs.exists(node.state.host.files, CONTAINERD_SOCKET) ? 'connection refused' : 'no such file or directory';
    throw new ContainerdError(
      'unavailable',
      `connection error: desc = "transport: Error while dialing dial unix ${CONTAINERD_SOCKET}: connect: ${why}"`,
    );
  }
  return services(node);
}

/** Newest first by creation time, then by attempt (records that never got a time say 0). */
const newestFirst = <T extends { createdAt: string; metadata: { attempt: number } }>(a: T, b: T) => {
  const x = BigInt(a.createdAt);
  const y = BigInt(b.createdAt);
  return x > y ? -1 : x < y ? 1 : b.metadata.attempt - a.metadata.attempt;
};

/** One relist: every pod the runtime holds, by UID. */
export async function relist(cri: CriServices): Promise<Map<string, RuntimePod>> {
  const { items } = await cri.runtime.listPodSandbox({});
  const { containers } = await cri.runtime.listContainers({});
  const pods = new Map<string, RuntimePod>();
  const podOf = (uid: string, name: string, namespace: string): RuntimePod => {
    let pod = pods.get(uid);
    if (!pod) {
      pod = { uid, name, namespace, sandboxes: [], containers: [] };
      pods.set(uid, pod);
    }
    return pod;
  };
  const sandboxUid = new Map<string, string>();
  for (const s of items) {
    podOf(s.metadata.uid, s.metadata.name, s.metadata.namespace).sandboxes.push(s);
    sandboxUid.set(s.id, s.metadata.uid);
  }
  for (const c of containers) {
    const uid = c.labels[POD_UID_LABEL] ?? sandboxUid.get(c.podSandboxId) ?? '';
    const existing = pods.get(uid);
    podOf(uid, existing?.name ?? '', existing?.namespace ?? '').containers.push(c);
  }
  for (const pod of pods.values()) {
    pod.sandboxes.sort(newestFirst);
    pod.containers.sort(newestFirst);
  }
  return pods;
}

/** Whether the pod still runs anything (GetPods(false): a ready sandbox or a running container). */
export function isRunning(pod: RuntimePod): boolean {
  return pod.sandboxes.some((s) => s.state === 'SANDBOX_READY') || pod.containers.some((c) => c.state === 'CONTAINER_RUNNING');
}
