// A node for the container service's tests without the sandbox service: busybox pulled into
// k8s.io, and a pod whose "pause" container is a busybox `sleep` started with ctr (what the
// container RPCs need of a sandbox: the store's record and a running task in k8s.io).

import { createSession } from '../../index';
import { criContext, type CriContext } from '../context';
import type { ContainerConfig, PodSandboxConfig } from '../api/runtime-v1';
import type { SandboxRecord } from '../store/sandbox-record';
import { installNodePlugins } from '../../node-plugins';

const BUSYBOX = 'docker.io/library/busybox:latest';
export const POD_ID = `${'5a'.repeat(31)}01`;
/** The files RunPodSandbox writes for its containers' bind mounts. */
const SANDBOX_DIR = `/var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes/${POD_ID}`;
const SHM_DIR = `/run/containerd/io.containerd.grpc.v1.cri/sandboxes/${POD_ID}/shm`;

export const podConfig: PodSandboxConfig = {
  metadata: { name: 'web', uid: 'uid-web-1', namespace: 'default', attempt: 1 },
  logDirectory: '/tmp/pods/web',
  labels: { app: 'web' },
};

export function containerConfig(name: string, command: string[], extra: Partial<ContainerConfig> = {}): ContainerConfig {
  return { metadata: { name, attempt: 0 }, image: { image: 'busybox' }, command, logPath: `${name}.log`, labels: { tier: 'test' }, ...extra };
}

export async function podNode(seed = 11, now?: () => number) {
  const s = createSession(now ? { seed, now } : { seed });
  installNodePlugins(s.node);
  for (const line of [`ctr -n k8s.io i pull ${BUSYBOX}`, `ctr -n k8s.io c create ${BUSYBOX} ${POD_ID} sleep 100000`, `ctr -n k8s.io t start -d ${POD_ID}`, 'mkdir -p /tmp/pods/web',
    `mkdir -p ${SANDBOX_DIR} ${SHM_DIR}`,
    `touch ${SANDBOX_DIR}/hostname ${SANDBOX_DIR}/hosts ${SANDBOX_DIR}/resolv.conf`]) {
    const r = await s.run(line);
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
  }
  const record = {
    id: POD_ID,
    config: podConfig as Record<string, unknown>,
    runtimeHandler: '',
    state: 'SANDBOX_READY',
    createdAt: { ms: s.node.nowMs(), subNanos: 0 },
    ip: '',
  } as unknown as SandboxRecord;
  s.node.state.cri.sandboxes[POD_ID] = record;
  const ctx: CriContext = criContext(s.node);
  return { s, ctx };
}
