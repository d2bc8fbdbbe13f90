// PodSandboxStats and ListPodSandboxStats as containerd 1.6.20 answer them on cgroup v1
// (pkg/cri/server/sandbox_stats*.go): the numbers come from the pod's cgroup, named by the
// config's cgroup_parent. crictl's pod configs rarely set one, and then the real plugin
// fails (`... because cgroupPath is empty`, recorded in
// tests/oracle/cri/fixtures/configs-streams-stats.json); with one, the pause task's cgroup
// counters stand for the pod's, with the running containers' process count and stats.

import { ContainerdError, plain, wrapf } from '../../errdefs/errdefs';
import type { PodSandboxConfig, PodSandboxStats, PodSandboxStatsFilter } from '../api/runtime-v1';
import type { ContainerRpcs } from '../api/services';
import type { CriContext } from '../context';
import { toInt64, nowNanoTime } from '../container/cri-time';
import type { SandboxRecord } from '../store/sandbox-record';
import { metadataOf } from './status';
import { getSandbox, sandboxRecords } from './sandbox-store';

interface PodMetrics {
  cpu: { total: number };
  memory: { usage: number; cache: number; rss: number; pgfault: number };
}

/**
 * metricsForSandbox: the pod cgroup's counters, which hold the pause task's and those of the
 * containers running under it (each task's cgroup is a child of the pod's).
 */
function metricsForSandbox(ctx: CriContext, record: SandboxRecord): PodMetrics {
  const cgroupPath = (record.config as PodSandboxConfig).linux?.cgroupParent ?? '';
  if (cgroupPath === '') throw plain(`failed to get cgroup metrics for sandbox ${record.id} because cgroupPath is empty`);
  const total: PodMetrics = { cpu: { total: 0 }, memory: { usage: 0, cache: 0, rss: 0, pgfault: 0 } };
  const add = (id: string) => {
    const m = ctx.k8s.containers.loadContainer(id).task().metrics();
    total.cpu.total += m.cpu.total;
    total.memory.usage += m.memory.usage;
    total.memory.cache += m.memory.cache;
    total.memory.rss += m.memory.rss;
    total.memory.pgfault += m.memory.pgfault;
  };
  // The pod's cgroup outlives its tasks (runc removes only their own leaves): a task that is
  // gone adds nothing, and a stopped pod is refused later, by podSandboxStats.
  for (const id of [record.id, ...Object.values(ctx.node.state.cri.containers).filter((c) => c.sandboxId === record.id && c.state === 'CONTAINER_RUNNING').map((c) => c.id)]) {
    try {
      add(id);
    } catch (err) {
      if (!(err instanceof ContainerdError)) throw err;
    }
  }
  return total;
}

async function podSandboxStats(ctx: CriContext, containers: ContainerRpcs, record: SandboxRecord, metrics: PodMetrics): Promise<PodSandboxStats> {
  if (record.state !== 'SANDBOX_READY') {
    throw plain(`failed to get pod sandbox stats since sandbox container ${JSON.stringify(record.id)} is not in ready state`);
  }
  const config = record.config as PodSandboxConfig;
  const timestamp = toInt64(nowNanoTime(ctx.node));
  let processCount = 0;
  for (const c of Object.values(ctx.node.state.cri.containers)) {
    if (c.sandboxId !== record.id || c.state !== 'CONTAINER_RUNNING') continue;
    processCount += ctx.k8s.containers.loadContainer(c.id).task().pids().length;
  }
  let containerStats;
  try {
    containerStats = (await containers.listContainerStats({ filter: { podSandboxId: record.id } })).stats;
  } catch (err) {
    throw wrapf(err, 'failed to obtain container stats during podSandboxStats call');
  }
  return {
    attributes: { id: record.id, metadata: metadataOf(record), labels: { ...(config.labels ?? {}) }, annotations: { ...(config.annotations ?? {}) } },
    linux: {
      cpu: { timestamp, usageCoreNanoSeconds: { value: String(metrics.cpu.total) } },
      memory: {
        timestamp,
        workingSetBytes: { value: String(Math.max(0, metrics.memory.usage - metrics.memory.cache)) },
        availableBytes: { value: '0' },
        usageBytes: { value: String(metrics.memory.usage) },
        rssBytes: { value: String(metrics.memory.rss) },
        pageFaults: { value: String(metrics.memory.pgfault) },
        majorPageFaults: { value: '0' },
      },
      ...(record.netnsPath
        ? { network: { timestamp, defaultInterface: { name: 'eth0', rxBytes: { value: '0' }, rxErrors: { value: '0' }, txBytes: { value: '0' }, txErrors: { value: '0' } } } }
        : {}),
      process: { timestamp, processCount: { value: String(processCount) } },
      containers: containerStats,
    },
  };
}

export async function podSandboxStatsRpc(ctx: CriContext, containers: ContainerRpcs, idOrPrefix: string): Promise<PodSandboxStats> {
  let record;
  try {
    record = getSandbox(ctx, idOrPrefix);
  } catch (err) {
    throw wrapf(err, `an error occurred when trying to find sandbox ${idOrPrefix}`);
  }
  let metrics;
  try {
    metrics = metricsForSandbox(ctx, record);
  } catch (err) {
    throw wrapf(err, `failed getting metrics for sandbox ${idOrPrefix}`);
  }
  try {
    return await podSandboxStats(ctx, containers, record, metrics);
  } catch (err) {
    throw wrapf(err, `failed to decode pod sandbox metrics ${idOrPrefix}`);
  }
}

export async function listPodSandboxStatsRpc(ctx: CriContext, containers: ContainerRpcs, filter: PodSandboxStatsFilter | undefined): Promise<PodSandboxStats[]> {
  let records = Object.values(sandboxRecords(ctx));
  if (filter) {
    let id = filter.id ?? '';
    if (id !== '') {
      try {
        id = getSandbox(ctx, id).id;
      } catch {
        // compared as given
      }
    }
    const selector = filter.labelSelector ?? {};
    records = records.filter((r) => {
      const labels = (r.config as PodSandboxConfig).labels ?? {};
      return (id === '' || r.id === id) && Object.entries(selector).every(([k, v]) => labels[k] === v) && r.state === 'SANDBOX_READY';
    });
  }
  const out: PodSandboxStats[] = [];
  for (const record of records) {
    let metrics;
    try {
      metrics = metricsForSandbox(ctx, record);
    } catch (err) {
      throw wrapf(err, `failed to obtain metrics for sandbox ${JSON.stringify(record.id)}`);
    }
    try {
      out.push(await podSandboxStats(ctx, containers, record, metrics));
    } catch (err) {
      throw wrapf(err, `failed to decode sandbox container metrics for sandbox ${JSON.stringify(record.id)}`);
    }
  }
  return out;
}
