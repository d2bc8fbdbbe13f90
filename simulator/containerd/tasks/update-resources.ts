// The tasks service's Update of a task's cgroup (containerd 1.6 services/tasks → the shim's
// Update → `runc update -r -`): runc's cgroup v1 Set refuses what the kernel refuses, in its
// subsystems' order, and otherwise the change is merged into what the cgroup holds
// (cgroup-resources.ts). dockerd sends the whole updated HostConfig this way (`docker update` on a
// running container); `cat /sys/fs/cgroup/...` inside and `ctr t metrics` read the result.

import type { Node } from '../../node';
import { plain, unknown } from '../../errdefs/errdefs';
import { getContainer } from '../containers/containers';
import { liveResources, type CgroupResources } from './cgroup-resources';
import { cpusWriteError, memsWriteError } from './cpuset-list';
import { taskMetrics } from './metrics';
import { checkCpuSet } from './runc-checks';
import { getTask, taskStatus } from './task-lookup';

const PAGE = 4096;
/** Above any task's memory usage here (metrics.ts: a server's 3.1 MB baseline, 45 KB a process). */
const USAGE_CEILING = 16 * 1024 * 1024;

/** Non-zero numbers and non-empty strings of `change` over `current`. */
function merged<T extends object>(current: T | undefined, change: T | undefined): T | undefined {
  if (!change) return current;
  const next: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined || value === 0 || value === '') continue;
    next[key] = value;
  }
  return next as T;
}

/** Task.Update(resources): unknown `container not running` past its end, as runc refuses. */
export function updateTaskResources(node: Node, ns: string, id: string, change: CgroupResources): void {
  const task = getTask(node, ns, id);
  if (taskStatus(task) === 'STOPPED') throw plain(`container ${id} is not running`);
  // runc update's cgroup Set starts with the cpuset subsystem: cpus, then mems; a write the
  // kernel refuses ends runc with the error on its stderr, which go-runc appends to its own.
  const cgroupsPath = getContainer(node, ns, id).spec.linux?.cgroupsPath ?? `/${ns}/${id}`;
  for (const [file, value, why] of [
    ['cpuset.cpus', change.cpu?.cpus, change.cpu?.cpus ? cpusWriteError(change.cpu.cpus) : undefined],
    ['cpuset.mems', change.cpu?.mems, change.cpu?.mems ? memsWriteError(change.cpu.mems) : undefined],
  ] as const) {
    if (why) throw unknown(`runc did not terminate successfully: exit status 1: failed to write ${JSON.stringify(value)}: write /sys/fs/cgroup/cpuset${cgroupsPath}/${file}: ${why}\n`);
  }
  // Then (devices skipped) memory: a limit below what the cgroup holds now is refused (EBUSY)
  // and runc reads the usage and peak back for its message.
  const limit = change.memory?.limit ?? 0;
  // Only a limit that can be below the usage reads it (the first read samples the task's
  // baseline from the node's random stream; a usual limit leaves the stream alone).
  if (limit > 0 && limit < USAGE_CEILING) {
    const { usage, max } = taskMetrics(node, ns, id).memory;
    if (Math.floor(limit / PAGE) * PAGE < usage) {
      throw unknown(`runc did not terminate successfully: exit status 1: unable to set memory limit to ${limit} (current usage: ${usage}, peak usage: ${max})\n`);
    }
  }
  // Then the cpu subsystem.
  const cpuProblem = checkCpuSet(change, cgroupsPath);
  if (cpuProblem) throw unknown(`runc did not terminate successfully: exit status 1: ${cpuProblem}\n`);
  const current = liveResources(node, ns, id);
  const next: CgroupResources = { ...current };
  const memory = merged(current.memory, change.memory);
  if (memory) next.memory = memory;
  const cpu = merged(current.cpu, change.cpu);
  if (cpu) next.cpu = cpu;
  const blockIO = merged(current.blockIO, change.blockIO);
  if (blockIO) next.blockIO = blockIO;
  if (change.pids?.limit !== undefined && change.pids.limit !== 0) {
    if (change.pids.limit < 0) delete next.pids;
    else next.pids = { limit: change.pids.limit };
  }
  task.resources = structuredClone(next) as Record<string, unknown>;
}
