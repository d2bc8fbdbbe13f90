// POST /containers/{id}/update (moby v20.10.24 api/server/router/container/container_routes.go
// postContainerUpdate, daemon/update.go, daemon/daemon_unix.go verifyPlatformContainerResources
// with update=true, container/container_unix.go UpdateContainer): a pids limit of 0 or less
// means unlimited (0); the settings are checked as at create (400 with their texts, and the
// warnings of what this node's kernel does not support); then each non-zero resource replaces
// the container's — refused, as `Cannot update container <id>: …`, where it conflicts with
// what is set (NanoCpus against CpuPeriod/CpuQuota, a memory above the swap limit without a
// new swap limit, a restart policy on a --rm container). A running container's task gets the
// new limits at once (containerd's task Update); a stopped one keeps them for its next start.
// An `update` event is logged.

import type { Node } from '../../node';
import { conflict, DockerdError, invalidParameter, isDockerdError } from '../errors';
import { logContainerEvent } from '../events/event-log';
import { findContainer } from './lookup';
import { connect } from '../../containerd/client/index';
import { updateResources } from '../runtime/resources';
import { verifyResources, type Resources } from './resource-checks';

/** container.Resources as `docker update` sends them (Go's JSON names), 0 / "" meaning unchanged. */
interface UpdateResources extends Resources {
  CpuShares?: number;
  CpuRealtimePeriod?: number;
  CpuRealtimeRuntime?: number;
  /** Absent: unchanged; 0 or less: unlimited. */
  PidsLimit?: number;
}

/** container.UpdateConfig. */
export interface UpdateConfig extends UpdateResources {
  RestartPolicy?: { Name: string; MaximumRetryCount: number };
}

const RESTART_POLICIES = new Set(['', 'no', 'always', 'unless-stopped', 'on-failure']);

/**
 * verifyContainerSettings for an update: the restart policy, then the resources on this node's
 * kernel (cgroup v1 with memory, swap, pids, CFS and cpuset, without a block I/O weight, as the
 * recorded node has). Returns the warnings; the discarded settings are zeroed in `r`.
 */
function verify(r: UpdateConfig): string[] {
  const policy = r.RestartPolicy ?? { Name: '', MaximumRetryCount: 0 };
  if (!RESTART_POLICIES.has(policy.Name)) throw invalidParameter(`invalid restart policy '${policy.Name}'`);
  if (policy.Name !== 'on-failure' && policy.Name !== '' && policy.MaximumRetryCount !== 0) throw invalidParameter(`maximum retry count cannot be used with restart policy '${policy.Name}'`);
  if (policy.Name === 'on-failure' && policy.MaximumRetryCount < 0) throw invalidParameter('maximum retry count cannot be negative');
  return verifyResources(r, true);
}

/** The HostConfig fields UpdateContainer replaces when the update gives them (non-zero). */
const REPLACED = ['BlkioWeight', 'CpuShares', 'NanoCpus', 'CpuPeriod', 'CpuQuota', 'CpusetCpus', 'CpusetMems', 'MemorySwap', 'MemoryReservation', 'KernelMemory', 'CpuRealtimePeriod', 'CpuRealtimeRuntime'] as const;

/** Container.UpdateContainer on a copy of the host config; Error with the conflict's text. */
function updatedHostConfig(current: Record<string, unknown>, r: UpdateConfig): Record<string, unknown> {
  const has = (key: string) => ((current[key] as number | undefined) ?? 0) > 0;
  const nano = r.NanoCpus ?? 0;
  if (nano > 0 && has('CpuPeriod')) throw new Error('Conflicting options: Nano CPUs cannot be updated as CPU Period has already been set');
  if (nano > 0 && has('CpuQuota')) throw new Error('Conflicting options: Nano CPUs cannot be updated as CPU Quota has already been set');
  if ((r.CpuPeriod ?? 0) > 0 && has('NanoCpus')) throw new Error('Conflicting options: CPU Period cannot be updated as NanoCPUs has already been set');
  if ((r.CpuQuota ?? 0) > 0 && has('NanoCpus')) throw new Error('Conflicting options: CPU Quota cannot be updated as NanoCPUs has already been set');
  const next = { ...current };
  const memory = r.Memory ?? 0;
  if (memory !== 0) {
    if (memory > ((current.MemorySwap as number | undefined) ?? 0) && (r.MemorySwap ?? 0) === 0) {
      throw new Error('Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time');
    }
    next.Memory = memory;
  }
  for (const key of REPLACED) {
    const value = r[key];
    if (value !== undefined && value !== 0 && value !== '') next[key] = value;
  }
  if (r.PidsLimit !== undefined) next.PidsLimit = r.PidsLimit;
  const policy = r.RestartPolicy;
  if (policy && policy.Name !== '') {
    if (current.AutoRemove === true && policy.Name !== 'no') throw new Error('Restart policy cannot be updated because AutoRemove is enabled for the container');
    next.RestartPolicy = { Name: policy.Name, MaximumRetryCount: policy.MaximumRetryCount };
  }
  return next;
}

/** ContainerUpdate: the warnings of the check, or DockerdError (404, 400, 409 `Cannot update container <id>: …`). */
export function updateContainer(node: Node, typed: string, config: UpdateConfig): { Warnings: string[] } {
  const request: UpdateConfig = { ...config };
  if (request.PidsLimit !== undefined && request.PidsLimit <= 0) request.PidsLimit = 0;
  const record = findContainer(node, typed);
  const warnings = verify(request);
  if (record.state.status === 'removing' || record.state.status === 'dead') {
    throw conflict(`Cannot update container ${record.id}: container is marked for removal and cannot be "update"`);
  }
  const previous = record.hostConfig;
  try {
    record.hostConfig = updatedHostConfig(record.hostConfig, request);
  } catch (err) {
    if (isDockerdError(err)) throw err;
    throw new DockerdError(409, `Cannot update container ${record.id}: ${(err as Error).message}`);
  }
  // A stopped container's next start builds its spec from the new limits (runtime/spec.ts); a
  // running or paused one's cgroup takes them now, through containerd's task Update.
  if (record.state.status === 'running' || record.state.status === 'paused') {
    try {
      connect(node).withNamespace('moby').containers.loadContainer(record.id).task().update(updateResources(record.hostConfig));
    } catch (err) {
      record.hostConfig = previous;
      throw new DockerdError(500, `Cannot update container ${record.id}: ${(err as Error).message}`);
    }
  }
  logContainerEvent(node, record, 'update');
  return { Warnings: warnings };
}
