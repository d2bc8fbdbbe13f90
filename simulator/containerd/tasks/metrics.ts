// cgroup v1 metrics of a task (the shim's Stats → cgroups v1 Metrics), as the recorded node
// runs cgroup v1. The numbers are plausible rather than measured: a base cost per process
// sampled once when the task started, plus CPU time that grows slowly with the task's age.

import type { Node } from '../../node';
import { randomInt } from '../../host/random';
import type { TaskRecord } from '../metadata/schema';
import { planOf } from './process-plan';
import { getTask, taskPids } from './task-lookup';
import { liveResources } from './cgroup-resources';

/** memory.limit_in_bytes of an unlimited cgroup: 2^63-1 rounded down to a page (as text: above 2^53). */
export const UNLIMITED_MEMORY = '9223372036854771712';

export interface TaskMetrics {
  pids: { current: number; limit: number };
  cpu: { total: number; kernel: number; user: number; perCpu: [number, number] };
  memory: {
    /** memory.limit_in_bytes as decimal text (the unlimited value is above 2^53). */
    limit: string;
    usage: number;
    max: number;
    cache: number;
    rss: number;
    pgpgin: number;
    pgpgout: number;
    pgfault: number;
    inactiveAnon: number;
    activeAnon: number;
    activeFile: number;
    kernelUsage: number;
    kernelMax: number;
  };
}

/**
 * memory.limit_in_bytes: the cgroup's limit as the kernel keeps it (rounded down to a page,
 * 10000000 → 9998336), else the unlimited value. ctr's --memory-limit moves only this one; the
 * swap and kernel limits stay unlimited, as runc sets no memsw limit for it.
 */
export function memoryLimitText(limit: number | undefined): string {
  return limit !== undefined && limit > 0 ? String(Math.floor(limit / 4096) * 4096) : UNLIMITED_MEMORY;
}

/** Samples the per-task base numbers once, at first use (kept in the task record). */
function baseline(node: Node, task: TaskRecord): TaskRecord['cgroup'] {
  if (task.cgroup.memoryUsage > 0) return task.cgroup;
  const r = node.state.random;
  const server = planOf(task.init).listens.length > 0;
  task.cgroup = {
    memoryUsage: (server ? 3_100_000 : 580_000) + randomInt(r, 0, 16) * 4096,
    // A shell or sleep has spent a few milliseconds of CPU (runc init included) and owns no
    // page cache: its kernel and user tick counts are still 0, which JSON then leaves out.
    memoryCache: server ? 1_400_832 : 0,
    cpuUsageNs: server
      ? [randomInt(r, 60_000_000, 120_000_000), randomInt(r, 10_000_000, 40_000_000)]
      : [randomInt(r, 3_000_000, 6_000_000), randomInt(r, 1_500_000, 3_500_000)],
    pidsCurrent: 0,
  };
  return task.cgroup;
}

export function taskMetrics(node: Node, ns: string, id: string): TaskMetrics {
  const task = getTask(node, ns, id);
  const resources = liveResources(node, ns, id);
  const base = baseline(node, task);
  const live = taskPids(node, ns, id).length;
  const stopped = live === 0;
  const server = planOf(task.init).listens.length > 0;
  // Idle processes still wake now and then: about 2 µs of CPU a second, more for a server.
  const ageS = Math.max(0, (node.nowMs() - planOf(task.init).startedAtMs) / 1000);
  const growth = Math.floor(ageS * (server ? 90_000 : 2_000));
  const perCpu: [number, number] = [base.cpuUsageNs[0] + Math.floor(growth * 0.7), base.cpuUsageNs[1] + Math.floor(growth * 0.3)];
  const total = perCpu[0] + perCpu[1];
  const usage = stopped ? Math.floor(base.memoryUsage * 0.63 / 4096) * 4096 : base.memoryUsage + (live - 1) * 45_056;
  const cache = stopped ? 0 : base.memoryCache;
  const rss = stopped ? 0 : 49_152 * live;
  const tens = (ns: number): number => Math.floor(ns / 10_000_000) * 10_000_000;
  return {
    pids: { current: live, limit: Math.max(0, resources.pids?.limit ?? 0) },
    cpu: { total, kernel: tens(total * 0.6), user: tens(total * 0.37), perCpu },
    memory: {
      limit: memoryLimitText(resources.memory?.limit),
      usage,
      max: Math.floor(usage * 4.04 / 4096) * 4096,
      cache,
      rss,
      pgpgin: 1800 + live * 13,
      pgpgout: 1786 + live * 13,
      pgfault: 2500 + live * 56,
      inactiveAnon: stopped ? 0 : rss - 4096,
      activeAnon: stopped ? 0 : 4096,
      activeFile: cache,
      kernelUsage: Math.floor(usage * 0.37 / 4096) * 4096,
      kernelMax: Math.floor(usage * 0.78 / 4096) * 4096,
    },
  };
}
