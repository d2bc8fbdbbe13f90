// startContainer (kuberuntime_container.go) with the steps before it: the restart back-off
// (doBackOff), the image (kuberuntime_image.go EnsureImageExists, by imagePullPolicy), the
// kubelet's own files for the container, then CreateContainer and StartContainer. A failure
// is returned as the sync result's text (`failed to "StartContainer" for "web" with …`).

import type { ContainerConfig, CriServices, PodSandboxConfig } from '../cri/index';
import { goQuote } from '../go/quote';
import { randomInt } from '../host/random';
import * as vfs from '../host/vfs';
import type { Node } from '../node';
import { inBackoffSince, nextBackoff } from './backoff';
import { goDuration, klog } from './klog';
import type { KubeletMemory } from './kubelet-memory';
import type { ContainerInstance } from './pod-actions';
import { containerConfig, containerHash, containerMounts, emptyDirPath, podDir } from './pod-config';
import { type Pod, type PodContainer, podDescription } from './pod-spec';
import { rpcErrorText } from './runtime-view';

export interface StartContext {
  node: Node;
  cri: CriServices;
  memory: KubeletMemory;
  pod: Pod;
  sandboxId: string;
  sandboxConfig: PodSandboxConfig;
  /** The sandbox's IP, for the pod's hosts file (none for a host-network pod). */
  podIp?: string;
}

const failed = (c: PodContainer, reason: string, message: string) =>
  `failed to "StartContainer" for "${c.name}" with ${reason}: ${goQuote(message)}`;

/** EnsureImageExists: the image's id, pulling it as the policy says; or the failure's text. */
async function ensureImage(ctx: StartContext, c: PodContainer): Promise<{ ref: string } | { error: string }> {
  const { node, cri, memory, pod } = ctx;
  const status = await cri.image.imageStatus({ image: { image: c.image } });
  const present = status.image?.id;
  if (present && c.imagePullPolicy !== 'Always') return { ref: present };
  if (c.imagePullPolicy === 'Never') {
    return { error: failed(c, 'ErrImageNeverPull', `Container image ${JSON.stringify(c.image)} is not present with pull policy of Never`) };
  }
  const key = `${pod.metadata.uid}_${c.image}`;
  const now = node.nowMs();
  const entry = memory.backoff[key];
  if (entry && inBackoffSince(memory.backoff, key, entry.lastUpdateMs, now)) {
    return { error: failed(c, 'ImagePullBackOff', `Back-off pulling image ${JSON.stringify(c.image)}`) };
  }
  try {
    const { imageRef } = await cri.image.pullImage({ image: { image: c.image }, sandboxConfig: ctx.sandboxConfig });
    delete memory.backoff[key];
    return { ref: imageRef };
  } catch (err) {
    nextBackoff(memory.backoff, key, now);
    klog(node, 'E', 'remote_image.go:171', 'PullImage from image service failed', [['err', rpcErrorText(err)], ['image', c.image]]);
    klog(node, 'E', 'kuberuntime_image.go:53', 'Failed to pull image', [['err', rpcErrorText(err)], ['image', c.image]]);
    return { error: failed(c, 'ErrImagePull', rpcErrorText(err)) };
  }
}

/** The kubelet's files a container mounts: the pod's hosts file and its termination log. */
function writeKubeletFiles(ctx: StartContext, c: PodContainer): string {
  const { node, pod } = ctx;
  const files = node.state.host.files;
  const dir = podDir(pod.metadata.uid);
  const mtimeMs = node.nowMs();
  const logName = Array.from({ length: 8 }, () => randomInt(node.state.random, 0, 15).toString(16)).join('');
  vfs.mkdir(files, `${dir}/containers/${c.name}`, { parents: true, mode: 0o750, mtimeMs });
  vfs.writeFile(files, `${dir}/containers/${c.name}/${logName}`, '', { mode: 0o666, mtimeMs });
  if (!vfs.exists(files, `${dir}/etc-hosts`)) {
    const hosts = pod.spec.hostNetwork
      ? `# Kubernetes-managed hosts file (host network).\n${vfs.exists(files, '/etc/hosts') ? vfs.readFile(files, '/etc/hosts') : ''}`
      : '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n' +
        `fe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ctx.podIp ? `${ctx.podIp}\t${ctx.sandboxConfig.hostname ?? pod.metadata.name}\n` : ''}`;
    vfs.writeFile(files, `${dir}/etc-hosts`, hosts, { mode: 0o644, mtimeMs });
  }
  // The volumes this container mounts: an emptyDir's directory, a hostPath of type
  // DirectoryOrCreate or FileOrCreate made when missing (others must already be there).
  for (const m of c.volumeMounts ?? []) {
    const v = pod.spec.volumes?.find((x) => x.name === m.name);
    if (v?.emptyDir) vfs.mkdir(files, emptyDirPath(pod.metadata.uid, v.name), { parents: true, mode: 0o777, mtimeMs });
    else if (v?.hostPath?.type === 'DirectoryOrCreate') vfs.mkdir(files, v.hostPath.path, { parents: true, mode: 0o755, mtimeMs });
    else if (v?.hostPath?.type === 'FileOrCreate' && !vfs.exists(files, v.hostPath.path)) {
      vfs.mkdir(files, vfs.dirname(v.hostPath.path), { parents: true, mode: 0o755, mtimeMs });
      vfs.writeFile(files, v.hostPath.path, '', { mode: 0o644, mtimeMs });
    }
  }
  return logName;
}

/**
 * Starts attempt `restartCount` of `c`; `previous` is its newest instance (exited or absent).
 * Returns undefined on success, else the sync error.
 */
export async function startContainer(ctx: StartContext, c: PodContainer, previous: ContainerInstance | undefined): Promise<string | undefined> {
  const { node, cri, memory, pod } = ctx;
  const restartCount = previous ? previous.container.metadata.attempt + 1 : 0;
  if (previous && previous.container.state === 'CONTAINER_EXITED') {
    const key = `${pod.metadata.name}_${pod.metadata.namespace}_${pod.metadata.uid}_${c.name}_${containerHash(c)}`;
    const finishedAt = previous.finishedAtMs ?? node.nowMs();
    const entry = inBackoffSince(memory.backoff, key, finishedAt, node.nowMs());
    if (entry) {
      return failed(c, 'CrashLoopBackOff', `back-off ${goDuration(entry.durationMs)} restarting failed container=${c.name} pod=${podDescription(pod)}`);
    }
    nextBackoff(memory.backoff, key, finishedAt);
  }
  const image = await ensureImage(ctx, c);
  if ('error' in image) return image.error;
  let config: ContainerConfig;
  try {
    const logName = writeKubeletFiles(ctx, c);
    config = containerConfig(pod, c, restartCount, image.ref, containerMounts(pod, c, logName));
  } catch (err) {
    return failed(c, 'CreateContainerConfigError', err instanceof Error ? err.message : String(err));
  }
  let containerId: string;
  try {
    ({ containerId } = await cri.runtime.createContainer({ podSandboxId: ctx.sandboxId, config, sandboxConfig: ctx.sandboxConfig }));
  } catch (err) {
    klog(node, 'E', 'remote_runtime.go:326', 'CreateContainer in sandbox from runtime service failed', [['err', rpcErrorText(err)], ['podSandboxID', ctx.sandboxId]]);
    return failed(c, 'CreateContainerError', rpcErrorText(err));
  }
  try {
    await cri.runtime.startContainer({ containerId });
  } catch (err) {
    klog(node, 'E', 'remote_runtime.go:372', 'StartContainer from runtime service failed', [['err', rpcErrorText(err)], ['containerID', containerId]]);
    return failed(c, 'RunContainerError', rpcErrorText(err));
  }
  return undefined;
}
