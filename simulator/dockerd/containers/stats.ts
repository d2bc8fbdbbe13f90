// GET /containers/{id}/stats (moby 20.10 daemon/stats.go, stats_unix.go over cgroup v1): one
// sample of the task's cgroup counters from containerd (`moby` namespace) — CPU totals, memory
// usage with the inactive file pages the client subtracts, the limit capped at the machine's
// memory as the daemon caps an unlimited cgroup (the cgroup's live limit: `docker update -m`
// changes it), PIDs. The node keeps no byte counters for links and block devices: networks and block I/O read 0. A container that is not running
// gives an empty sample (the client prints `--` and zeros for it, as docker stats -a does).

import { connect } from '../../containerd/client/index';
import type { Node } from '../../node';
import { systemInfo } from '../system/info';
import { findContainer } from './lookup';

export interface StatsSample {
  id: string;
  name: string;
  running: boolean;
  /** Container CPU nanoseconds, and the system's (cpu_stats.system_cpu_usage). */
  cpuTotal: number;
  systemCpu: number;
  onlineCpus: number;
  memUsage: number;
  /** total_inactive_file (cgroup v1), which docker leaves out of the usage it shows. */
  inactiveFile: number;
  memLimit: number;
  pids: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
}

export function containerStats(node: Node, ref: string): StatsSample {
  const record = findContainer(node, ref);
  const empty: StatsSample = { id: record.id, name: `/${record.name}`, running: false, cpuTotal: 0, systemCpu: 0, onlineCpus: 0, memUsage: 0, inactiveFile: 0, memLimit: 0, pids: 0, netRx: 0, netTx: 0, blockRead: 0, blockWrite: 0 };
  if (record.state.status !== 'running' && record.state.status !== 'paused') return empty;
  let m;
  try {
    m = connect(node).withNamespace('moby').containers.loadContainer(record.id).task().metrics();
  } catch {
    return empty;
  }
  const machine = systemInfo(node).MemTotal;
  const limit = Number(m.memory.limit);
  return {
    ...empty,
    running: true,
    cpuTotal: m.cpu.total,
    systemCpu: m.cpu.kernel,
    onlineCpus: m.cpu.perCpu.length,
    memUsage: m.memory.usage,
    inactiveFile: Math.max(0, m.memory.cache - m.memory.activeFile),
    memLimit: limit > machine && machine > 0 ? machine : limit,
    pids: m.pids.current,
  };
}
