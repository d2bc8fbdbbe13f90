// The create's checks of the HostConfig fields the kernel and the daemon's configuration judge
// (moby v20.10.24 daemon/daemon_unix.go verifyPlatformContainerSettings and
// verifyPlatformContainerResources, daemon/graphdriver/overlay2's storage options): an isolation
// other than `default`, an OOM score outside [-1000, 1000], a runtime the daemon does not know,
// any --storage-opt (this node's overlay2 sits on ext4, without project quota) are refused; the
// OOM killer disabled without a memory limit and a weight per device (no CFQ on this kernel)
// are warnings.

import { invalidParameter } from '../errors';

/** The runtimes a stock dockerd 20.10 knows (daemon/config: runc and containerd's two names). */
const RUNTIMES = new Set(['runc', 'io.containerd.runc.v2', 'io.containerd.runtime.v1.linux']);

interface PlatformFields {
  Isolation?: string;
  OomScoreAdj?: number;
  Runtime?: string;
  OomKillDisable?: boolean;
  Memory?: number;
  BlkioWeightDevice?: unknown[];
  StorageOpt?: Record<string, string>;
}

/** Refuses what the daemon refuses; returns the warnings, with the discarded settings emptied in `host`. */
export function verifyPlatformSettings(host: PlatformFields): string[] {
  const warnings: string[] = [];
  const isolation = host.Isolation ?? '';
  if (isolation !== '' && isolation.toLowerCase() !== 'default') throw invalidParameter(`Invalid isolation: ${JSON.stringify(isolation)} - linux only supports 'default'`);
  const oom = host.OomScoreAdj ?? 0;
  if (oom < -1000 || oom > 1000) throw invalidParameter(`Invalid value ${oom}, range for oom score adj is [-1000, 1000]`);
  if (host.Runtime !== undefined && host.Runtime !== '' && !RUNTIMES.has(host.Runtime)) throw invalidParameter(`Unknown runtime specified ${host.Runtime}`);
  if ((host.BlkioWeightDevice ?? []).length > 0) {
    warnings.push('Your kernel does not support Block I/O weight_device or the cgroup is not mounted. Weight-device discarded.');
    host.BlkioWeightDevice = [];
  }
  if (host.OomKillDisable && !host.Memory) warnings.push('OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources.');
  return warnings;
}

/**
 * containerCreate's warning for an image of another platform when none was asked for
 * (images.OnlyPlatformWithFallback of the node's linux/amd64, which also takes 386): the
 * container is still made; running another CPU's binaries is then runc's affair.
 */
export function platformWarning(image: { os?: string; architecture?: string; variant?: string }): string[] {
  const os = image.os ?? 'linux';
  const arch = image.architecture ?? 'amd64';
  if (os === 'linux' && (arch === 'amd64' || arch === '386')) return [];
  const wanted = [os, arch, image.variant].filter((x) => x).join('/');
  return [`The requested image's platform (${wanted}) does not match the detected host platform (linux/amd64) and no specific platform was requested`];
}

/** overlay2's answer to any --storage-opt when its backing filesystem has no project quota (at the layer's creation). */
export function verifyStorageOpts(host: PlatformFields): void {
  if (host.StorageOpt && Object.keys(host.StorageOpt).length > 0) throw invalidParameter("--storage-opt is supported only for overlay over xfs with 'pquota' mount option");
}
