// The resource checks dockerd makes of a container's limits, at create and at update alike
// (moby v20.10.24 daemon/daemon_unix.go verifyPlatformContainerResources), on this node's kernel:
// cgroup v1 with memory, swap, pids, CFS and cpuset, without a block I/O weight, as the recorded
// node has. An error is a 400 with moby's text; what the kernel lacks is a warning, and the
// setting is dropped.

import { invalidParameter } from '../errors';
import { NCPU } from '../system/info';

/** The fields of container.Resources these checks read (Go's JSON names). */
export interface Resources {
  BlkioWeight?: number;
  NanoCpus?: number;
  CpuPeriod?: number;
  CpuQuota?: number;
  CpusetCpus?: string;
  CpusetMems?: string;
  Memory?: number;
  MemoryReservation?: number;
  MemorySwap?: number;
  KernelMemory?: number;
}

/** linuxMinMemory. */
const MIN_MEMORY = 6 * 1024 * 1024;
/** The node's cpuset.cpus and cpuset.mems (two CPUs, one memory node). */
const CPUSET_CPUS = `0-${NCPU - 1}`;
const CPUSET_MEMS = '0';

/** parsers.parseUintList: "0-2,5" → {0,1,2,5}; Go's texts for a bad list. */
function uintList(value: string, maximum = 0): Set<number> {
  const out = new Set<number>();
  if (value === '') return out;
  const invalid = () => new Error(`invalid format: ${value}`);
  const atoi = (s: string) => {
    if (!/^[+-]?\d+$/.test(s)) throw invalid();
    return Number(s);
  };
  const tooBig = () => new Error(`value of out range, maximum is ${maximum}`);
  for (const part of value.split(',')) {
    if (!part.includes('-')) {
      const v = atoi(part);
      if (maximum !== 0 && v > maximum) throw tooBig();
      out.add(v);
      continue;
    }
    const dash = part.indexOf('-');
    const lo = atoi(part.slice(0, dash));
    const hi = atoi(part.slice(dash + 1));
    if (hi < lo) throw invalid();
    if (maximum !== 0 && hi > maximum) throw tooBig();
    for (let i = lo; i <= hi; i++) out.add(i);
  }
  return out;
}

/** isCpusetListAvailable; `what` names the list in the error (`cpus`, `mems`). */
function checkCpuset(provided: string, available: string, what: 'cpus' | 'mems'): void {
  let wanted: Set<number>;
  try {
    wanted = uintList(provided, 8192);
  } catch (err) {
    throw invalidParameter(`Invalid value ${provided} for cpuset ${what}: ${(err as Error).message}`);
  }
  const have = uintList(available);
  if ([...wanted].some((n) => !have.has(n))) {
    const kind = what === 'cpus' ? 'CPUs' : 'memory nodes';
    throw invalidParameter(`Requested ${kind} are not available - requested ${provided}, available: ${available}`);
  }
}

/**
 * Refuses limits the daemon refuses; returns the warnings, with the discarded settings zeroed in
 * `r`. `update` is docker update's call, which lets a swap limit come without a memory limit.
 */
export function verifyResources(r: Resources, update: boolean): string[] {
  const warnings: string[] = [];
  const memory = r.Memory ?? 0;
  const swap = r.MemorySwap ?? 0;
  const reservation = r.MemoryReservation ?? 0;
  const kernel = r.KernelMemory ?? 0;
  const nano = r.NanoCpus ?? 0;
  const period = r.CpuPeriod ?? 0;
  const quota = r.CpuQuota ?? 0;
  if (memory !== 0 && memory < MIN_MEMORY) throw invalidParameter('Minimum memory limit allowed is 6MB');
  if (memory > 0 && swap > 0 && swap < memory) throw invalidParameter('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (memory === 0 && swap > 0 && !update) throw invalidParameter('You should always set the Memory limit when using Memoryswap limit, see usage');
  if (reservation > 0 && reservation < MIN_MEMORY) throw invalidParameter('Minimum memory reservation allowed is 6MB');
  if (memory > 0 && reservation > 0 && memory < reservation) throw invalidParameter('Minimum memory limit can not be less than memory reservation limit, see usage');
  if (kernel > 0) warnings.push('Specifying a kernel memory limit is deprecated and will be removed in a future release.');
  if (kernel > 0 && kernel < MIN_MEMORY) throw invalidParameter('Minimum kernel memory limit allowed is 6MB');
  if (nano > 0 && period > 0) throw invalidParameter('Conflicting options: Nano CPUs and CPU Period cannot both be set');
  if (nano > 0 && quota > 0) throw invalidParameter('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
  if (nano < 0 || nano > NCPU * 1e9) throw invalidParameter(`Range of CPUs is from 0.01 to ${NCPU}.00, as there are only ${NCPU} CPUs available`);
  if (period !== 0 && (period < 1000 || period > 1_000_000)) throw invalidParameter('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  if (quota > 0 && quota < 1000) throw invalidParameter('CPU cfs quota can not be less than 1ms (i.e. 1000)');
  checkCpuset(r.CpusetCpus ?? '', CPUSET_CPUS, 'cpus');
  checkCpuset(r.CpusetMems ?? '', CPUSET_MEMS, 'mems');
  if ((r.BlkioWeight ?? 0) > 0) {
    warnings.push('Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.');
    r.BlkioWeight = 0;
  }
  return warnings;
}
