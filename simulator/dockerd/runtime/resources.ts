// The cgroup resources dockerd asks for (moby v20.10.24): at a start, WithResources in
// daemon/oci_linux.go (getMemoryResources, getCPUResources, getPidsLimit) puts HostConfig's
// into the spec in specs.LinuxResources' field order; `docker update` of a running container
// sends the whole updated HostConfig through toContainerdResources (daemon/update_linux.go) to
// containerd's task Update, with a period and quota of 0 when none is set (runc then leaves
// them) and a pids limit of -1 to lift one.

import type { CgroupResources } from '../../containerd/client/index';

/** HostConfig's resource fields (container.Resources, Go's JSON names). */
interface HostResources {
  Memory?: number;
  MemoryReservation?: number;
  MemorySwap?: number;
  MemorySwappiness?: number | null;
  KernelMemory?: number;
  OomKillDisable?: boolean | null;
  CpuShares?: number;
  CpusetCpus?: string;
  CpusetMems?: string;
  NanoCpus?: number;
  CpuPeriod?: number;
  CpuQuota?: number;
  BlkioWeight?: number;
  PidsLimit?: number | null;
}

/** The CFS period --cpus uses: 100 ms in µs. */
const NANO_CPUS_PERIOD = 100_000;

function pidsLimit(r: HostResources): { limit: number } | undefined {
  if (r.PidsLimit === undefined || r.PidsLimit === null) return undefined;
  return { limit: r.PidsLimit <= 0 ? -1 : r.PidsLimit };
}

/** linux.resources of the spec, with the default device rules `devices` first. */
export function specResources(hostConfig: Record<string, unknown>, devices: unknown[]): Record<string, unknown> {
  const r = hostConfig as HostResources;
  const memory: Record<string, unknown> = {};
  if ((r.Memory ?? 0) > 0) memory.limit = r.Memory;
  if ((r.MemoryReservation ?? 0) > 0) memory.reservation = r.MemoryReservation;
  if ((r.MemorySwap ?? 0) > 0) memory.swap = r.MemorySwap;
  if (r.KernelMemory) memory.kernel = r.KernelMemory;
  if (r.MemorySwappiness !== undefined && r.MemorySwappiness !== null && r.MemorySwappiness >= 0) memory.swappiness = r.MemorySwappiness;
  memory.disableOOMKiller = r.OomKillDisable ?? false;
  const cpu: Record<string, unknown> = { shares: r.CpuShares ?? 0 };
  let quota: number | undefined;
  let period: number | undefined;
  if ((r.NanoCpus ?? 0) > 0) {
    period = NANO_CPUS_PERIOD;
    quota = Math.trunc(((r.NanoCpus ?? 0) * NANO_CPUS_PERIOD) / 1e9);
  }
  if (r.CpuPeriod) period = r.CpuPeriod;
  if (r.CpuQuota) quota = r.CpuQuota;
  if (quota !== undefined) cpu.quota = quota;
  if (period !== undefined) cpu.period = period;
  if (r.CpusetCpus) cpu.cpus = r.CpusetCpus;
  if (r.CpusetMems) cpu.mems = r.CpusetMems;
  const pids = pidsLimit(r);
  return { devices, memory, cpu, ...(pids ? { pids } : {}), blockIO: { weight: r.BlkioWeight ?? 0 } };
}

/** toContainerdResources: what an update asks the running task's cgroup to take. */
export function updateResources(hostConfig: Record<string, unknown>): CgroupResources {
  const r = hostConfig as HostResources;
  let period = 0;
  let quota = 0;
  if ((r.NanoCpus ?? 0) > 0) {
    period = NANO_CPUS_PERIOD;
    quota = Math.trunc(((r.NanoCpus ?? 0) * NANO_CPUS_PERIOD) / 1e9);
  }
  if (quota === 0 && r.CpuQuota) quota = r.CpuQuota;
  if (period === 0 && r.CpuPeriod) period = r.CpuPeriod;
  const memory: NonNullable<CgroupResources['memory']> = {};
  if (r.Memory) memory.limit = r.Memory;
  if (r.MemoryReservation) memory.reservation = r.MemoryReservation;
  if (r.KernelMemory) memory.kernel = r.KernelMemory;
  if ((r.MemorySwap ?? 0) > 0) memory.swap = r.MemorySwap;
  const pids = pidsLimit(r);
  return {
    ...(r.BlkioWeight ? { blockIO: { weight: r.BlkioWeight } } : {}),
    cpu: { ...(r.CpuShares ? { shares: r.CpuShares } : {}), period, quota, ...(r.CpusetCpus ? { cpus: r.CpusetCpus } : {}), ...(r.CpusetMems ? { mems: r.CpusetMems } : {}) },
    memory,
    ...(pids ? { pids } : {}),
  };
}
