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

/** overlay2's answer to any --storage-opt when its backing filesystem has no project quota (at the layer's creation). */
export function verifyStorageOpts(host: PlatformFields): void {
  if (host.StorageOpt && Object.keys(host.StorageOpt).length > 0) throw invalidParameter("--storage-opt is supported only for overlay over xfs with 'pquota' mount option");
}
