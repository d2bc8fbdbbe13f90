// generateCgroupOpts (cmd/nerdctl/run_cgroup_linux.go@v0.22.2): the resource flags of `nerdctl
// run` / `create` read and checked in the released order, before the image is even looked at
// (setPlatformOptions runs first in createContainer). What the kernel refuses later (a cpuset
// past the node's CPUs, a swap limit below the memory limit) is runc's answer at task
// creation, not nerdctl's. On this cgroup v1 node --cgroup-conf is refused and a blkio weight
// is discarded with a warning (the kernel has no blkio.weight). --device is parsed here; the
// host node is looked up later, by the spec opt inside NewContainer.

import type { CgroupResources } from '../../../containerd/client/index';
import { ramInBytes } from '../../../go/units-size';
import type { NerdctlContext } from '../nerdctl-env';

export interface CgroupOpts {
  /** The spec's linux.resources beside its devices, in specs.LinuxResources' key order. */
  resources: CgroupResources;
  /** --cgroupns private: a cgroup namespace joins the spec's namespaces. */
  privateCgroupNs: boolean;
  /** --device: host paths and their cgroup access, for oci.WithLinuxDevice at NewContainer. */
  devices: Array<{ path: string; mode: string }>;
}

/** parseDevice: `host[:container][:mode]`, the container path the host's, mode of r, w and m. */
function parseDevice(s: string): { path: string; mode: string } {
  const split = s.split(':');
  let mode = 'rwm';
  const host = split[0] ?? '';
  let inContainer = host;
  if (split.length === 2) {
    if (!(split[1] ?? '').includes('/')) mode = split[1] ?? '';
    else inContainer = split[1] ?? '';
  } else if (split.length === 3) {
    inContainer = split[1] ?? '';
    mode = split[2] ?? '';
  } else if (split.length > 3) throw new Error('too many `:` symbols');
  if (inContainer !== host) throw new Error('changing the path inside the container is not supported yet');
  if (!host.startsWith('/')) throw new Error(`${JSON.stringify(host)} is not an absolute path`);
  for (const ch of mode) {
    // %v of a rune is its code point.
    if (ch !== 'r' && ch !== 'w' && ch !== 'm') throw new Error(`invalid mode ${JSON.stringify(mode)}: unexpected rune ${ch.codePointAt(0)}`);
  }
  return { path: host, mode };
}

/** units.RAMInBytes with nerdctl's `failed to parse <what> bytes` wrapping. */
export function bytes(text: string, what: string): number {
  try {
    return ramInBytes(text);
  } catch (err) {
    throw new Error(`failed to parse ${what} bytes ${JSON.stringify(text)}: ${(err as Error).message}`);
  }
}

/** The limits the flags ask for, or generateCgroupOpts' first error. */
export function generateCgroupOpts(c: NerdctlContext): CgroupOpts {
  const warn = (text: string) => c.env.log.warn(text);
  const cpus = c.float('cpus');
  const memStr = c.string('memory');
  const swapStr = c.string('memory-swap');
  const swappiness = c.int('memory-swappiness');
  if (c.string('kernel-memory') !== '' && c.isSet('kernel-memory')) warn('The --kernel-memory flag is no longer supported. This flag is a noop.');
  const reserveStr = c.string('memory-reservation');
  const disableOom = c.bool('oom-kill-disable');
  if (memStr === '' && disableOom) warn("Disabling the OOM killer on containers without setting a '-m/--memory' limit may be dangerous.");
  const pidsLimit = c.int('pids-limit');
  if (c.string('cgroup-manager') === 'none') throw new Error('cgroup-manager "none" is only supported for rootless');

  const cpu: NonNullable<CgroupResources['cpu']> = {};
  if (cpus > 0) {
    cpu.quota = Math.trunc(cpus * 100000);
    cpu.period = 100000;
  }
  const shares = c.int('cpu-shares');
  if (shares !== 0) cpu.shares = shares;
  const cpuset = c.string('cpuset-cpus');
  if (cpuset !== '') cpu.cpus = cpuset;
  const cpuQuota = c.int('cpu-quota');
  const cpuPeriod = c.int('cpu-period');
  if (cpuQuota !== -1 || cpuPeriod !== 0) {
    if (cpus > 0) throw new Error('cpus and quota/period should be used separately');
    // oci.WithCPUCFS sets both, a period of 0 included.
    cpu.quota = cpuQuota;
    cpu.period = cpuPeriod;
  }
  const mems = c.string('cpuset-mems');
  if (mems !== '') cpu.mems = mems;

  const memory = memStr !== '' ? bytes(memStr, 'memory') : 0;
  const reservation = reserveStr !== '' ? bytes(reserveStr, 'memory') : 0;
  let swap: number;
  if (swapStr === '-1') swap = -1;
  else if (swapStr !== '') {
    swap = bytes(swapStr, 'memory-swap');
    if (memory > 0 && swap > 0 && swap < memory) throw new Error('minimum memoryswap limit should be larger than memory limit, see usage');
  } else swap = memory * 2; // unset: as much swap as memory
  if (swap === 0) swap = memory * 2;
  if (memory > 0 && reservation > 0 && memory < reservation) {
    throw new Error('minimum memory limit can not be less than memory reservation limit, see usage');
  }
  if (swappiness > 100 || swappiness < -1) throw new Error(`invalid value: ${swappiness}, valid memory swappiness range is 0-100`);

  // specs.LinuxMemory's key order: limit, reservation, swap, kernel, kernelTCP, swappiness, disableOOMKiller.
  const mem: NonNullable<CgroupResources['memory']> = {};
  if (memory !== 0) mem.limit = memory;
  if (reservation >= 0 && c.isSet('memory-reservation')) mem.reservation = reservation;
  mem.swap = swap;
  if (swappiness >= 0 && c.isSet('memory-swappiness')) mem.swappiness = swappiness;
  if (disableOom) mem.disableOOMKiller = true;

  if (c.stringSlice('cgroup-conf').length > 0) throw new Error('cannot use --cgroup-conf without cgroup v2');
  if (c.int('blkio-weight') !== 0) warn('kernel support for cgroup blkio weight missing, weight discarded');

  const cgroupns = c.string('cgroupns');
  if (cgroupns !== 'private' && cgroupns !== 'host') throw new Error(`unknown cgroupns mode ${JSON.stringify(cgroupns)}`);
  const devices = c.stringSlice('device').map((f) => {
    try {
      return parseDevice(f);
    } catch (err) {
      throw new Error(`failed to parse device ${JSON.stringify(f)}: ${(err as Error).message}`);
    }
  });

  const resources: CgroupResources = { memory: mem };
  // specs.LinuxCPU's key order: shares, quota, period, realtimeRuntime, realtimePeriod, cpus, mems.
  if (Object.keys(cpu).length > 0) {
    const { shares: s, quota, period, cpus: set, mems: m } = cpu;
    resources.cpu = Object.fromEntries(Object.entries({ shares: s, quota, period, cpus: set, mems: m }).filter(([, v]) => v !== undefined));
  }
  if (pidsLimit > 0) resources.pids = { limit: pidsLimit };
  return { resources, privateCgroupNs: cgroupns === 'private', devices };
}
