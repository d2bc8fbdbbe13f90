// ContainerStats and ListContainerStats as containerd 1.6.20 answers them (container_stats*.go
// with the cgroup v1 metrics of the task): cpu usageCoreNanoSeconds and usageNanoCores, memory
// working set (usage minus inactive file), available (limit minus working set when limited),
// usage, rss and page faults, and the writable layer from the plugin's snapshot store, which
// a collector refreshes every 10 s (a younger container shows timestamp 0 and no usage yet).

import { plain, wrapf } from '../../errdefs/errdefs';
import { UNLIMITED_MEMORY } from '../../containerd/client/index';
import type { ContainerStats, ContainerStatsFilter } from '../api/runtime-v1';
import type { CriContext } from '../context';
import { getContainerRecord, listContainerRecords, type CriContainerRecord } from './container-store';
import { toInt64 } from './cri-time';
import { filterIds } from './list-status';

/** The image filesystem's mount point (c.imageFSPath for overlayfs). */
const IMAGE_FS_PATH = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs';
/** statsCollectPeriod of the snapshot syncer. */
const SNAPSHOT_SYNC_MS = 10_000;

const u64 = (n: number) => ({ value: String(Math.max(0, Math.floor(n))) });

function writableLayer(ctx: CriContext, record: CriContainerRecord): ContainerStats['writableLayer'] {
  const now = ctx.node.nowMs();
  const age = now - record.createdAt.ms;
  let used = 0;
  let inodes = 0;
  let timestamp = '0';
  if (age >= SNAPSHOT_SYNC_MS) {
    try {
      const usage = ctx.k8s.snapshots.service('').usage(record.id);
      used = usage.size;
      inodes = usage.inodes;
      const tick = record.createdAt.ms + Math.floor(age / SNAPSHOT_SYNC_MS) * SNAPSHOT_SYNC_MS;
      timestamp = toInt64({ ms: tick, subNanos: 0 });
    } catch {
      // No snapshot: zero, as the real store answers for an id it does not hold.
    }
  }
  return { timestamp, fsId: { mountpoint: IMAGE_FS_PATH }, usedBytes: u64(used), inodesUsed: u64(inodes) };
}

function attributes(record: CriContainerRecord): ContainerStats['attributes'] {
  const config = record.config as { metadata?: { name?: string; attempt?: number }; labels?: Record<string, string>; annotations?: Record<string, string> };
  return {
    id: record.id,
    metadata: { name: config.metadata?.name ?? '', attempt: config.metadata?.attempt ?? 0 },
    labels: { ...(config.labels ?? {}) },
    annotations: { ...(config.annotations ?? {}) },
  };
}

/** containerMetrics: the task's sample when it has one, else attributes and the layer only. */
function containerMetrics(ctx: CriContext, record: CriContainerRecord): ContainerStats | undefined {
  const stats: ContainerStats = { attributes: attributes(record), writableLayer: writableLayer(ctx, record) };
  let m;
  try {
    m = ctx.k8s.containers.loadContainer(record.id).task().metrics();
  } catch {
    return undefined;
  }
  const ts = toInt64(m.timestamp);
  const startedMs = record.startedAt?.ms ?? record.createdAt.ms;
  const elapsedNs = Math.max(1, (ctx.node.nowMs() - startedMs) * 1e6);
  stats.cpu = { timestamp: ts, usageCoreNanoSeconds: u64(m.cpu.total), usageNanoCores: u64((m.cpu.total / elapsedNs) * 1e9) };
  const workingSet = Math.max(0, m.memory.usage - 0);
  const limited = m.memory.limit !== UNLIMITED_MEMORY;
  stats.memory = {
    timestamp: ts,
    workingSetBytes: u64(workingSet),
    availableBytes: u64(limited ? Number(m.memory.limit) - workingSet : 0),
    usageBytes: u64(m.memory.usage),
    rssBytes: u64(m.memory.rss),
    pageFaults: u64(m.memory.pgfault),
    majorPageFaults: u64(0),
  };
  return stats;
}

export function containerStats(ctx: CriContext, req: { containerId: string }): { stats: ContainerStats } {
  let record: CriContainerRecord;
  try {
    record = getContainerRecord(ctx, req.containerId);
  } catch (err) {
    throw wrapf(err, 'failed to find container');
  }
  const stats = containerMetrics(ctx, record);
  if (!stats) throw plain('unexpected metrics response: []');
  return { stats };
}

export function listContainerStats(ctx: CriContext, req: { filter?: ContainerStatsFilter }): { stats: ContainerStats[] } {
  const filter = req.filter;
  const { id, sandboxId } = filterIds(ctx, filter);
  const out: ContainerStats[] = [];
  for (const record of listContainerRecords(ctx)) {
    if (id && record.id !== id) continue;
    if (sandboxId && record.sandboxId !== sandboxId) continue;
    const labels = (record.config as { labels?: Record<string, string> }).labels ?? {};
    if (filter?.labelSelector && !Object.entries(filter.labelSelector).every(([k, v]) => labels[k] === v)) continue;
    out.push(containerMetrics(ctx, record) ?? { attributes: attributes(record), writableLayer: writableLayer(ctx, record) });
  }
  return { stats: out };
}
