// `nerdctl update` (cmd/nerdctl/update.go@v0.22.2): the limits of one or more containers. The
// flags are read as getUpdateOption reads them (a memory limit brings twice itself as swap
// unless --memory-swap says otherwise; --cpus and --cpu-quota/--cpu-period refused together;
// a blkio weight refused on this cgroup v1 kernel without blkio.weight), then each container's
// spec takes what was changed and, when the container is Up, its task the spec's whole
// resources (task.Update with WithResources). As in v0.22.2, --cpus alone changes only the
// spec's cpuset (it copies --cpuset-cpus there) and leaves the CFS quota as it was; a paused
// container's spec changes but its cgroup does not. When runc refuses the update (a cpuset the
// node lacks, cpu shares or a CFS period the kernel refuses), the spec goes back as it was and
// the error is runc's, through go-runc and the shim.

import type { CgroupResources, Container, OciSpec } from '../../../containerd/client/index';
import { bytes } from './cgroup-opts';
import { clientOf, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { containerStatus } from './container-status';
import { forEachContainer } from './for-each';

interface UpdateOptions {
  cpuPeriod: number;
  cpuQuota: number;
  cpuShares: number;
  memory: number;
  memoryReservation: number;
  memorySwap: number;
  cpusetCpus: string;
  cpusetMems: string;
  pidsLimit: number;
  blkioWeight: number;
}


/** getUpdateOption: the options, or the first error it returns. */
function updateOptions(c: NerdctlContext): UpdateOptions {
  const cpus = c.float('cpus');
  let cpuPeriod = c.int('cpu-period');
  let cpuQuota = c.int('cpu-quota');
  if ((cpuQuota !== -1 || cpuPeriod !== 0) && cpus > 0) throw new Error('cpus and quota/period should be used separately');
  if (cpus > 0) {
    cpuPeriod = 100000;
    cpuQuota = Math.trunc(cpus * 100000);
  }
  const memStr = c.string('memory');
  const swapStr = c.string('memory-swap');
  const memory = memStr !== '' ? bytes(memStr, 'memory') : 0;
  let memorySwap = memory * 2;
  if (swapStr === '-1') memorySwap = -1;
  else if (swapStr !== '') {
    memorySwap = bytes(swapStr, 'memory-swap');
    if (memory > 0 && memorySwap > 0 && memorySwap < memory) throw new Error('minimum memoryswap limit should be larger than memory limit, see usage');
  }
  if (memorySwap === 0) memorySwap = memory * 2;
  const reserveStr = c.string('memory-reservation');
  const memoryReservation = reserveStr !== '' ? bytes(reserveStr, 'memory') : 0;
  if (memory > 0 && memoryReservation > 0 && memory < memoryReservation) {
    throw new Error('minimum memory limit can not be less than memory reservation limit, see usage');
  }
  if (c.string('kernel-memory') !== '' && c.isSet('kernel-memory')) c.env.log.warn('The --kernel-memory flag is no longer supported. This flag is a noop.');
  const blkioWeight = c.int('blkio-weight');
  // infoutil.BlockIOWeight: the recorded node's cgroup v1 has no blkio.weight file.
  if (blkioWeight !== 0) throw new Error('kernel support for cgroup blkio weight missing, weight discarded');
  return {
    cpuPeriod,
    cpuQuota,
    cpuShares: c.int('cpu-shares'),
    memory,
    memoryReservation,
    memorySwap,
    cpusetCpus: c.string('cpuset-cpus'),
    cpusetMems: c.string('cpuset-mems'),
    pidsLimit: c.int('pids-limit'),
    blkioWeight,
  };
}

/** updateContainer's edits of the spec's resources, for the flags that were changed. */
function updatedResources(c: NerdctlContext, current: CgroupResources | undefined, o: UpdateOptions): CgroupResources {
  const r: CgroupResources = structuredClone(current ?? {});
  r.blockIO ??= {};
  if (c.isSet('blkio-weight')) r.blockIO.weight = o.blkioWeight;
  r.cpu ??= {};
  if (c.isSet('cpu-shares')) r.cpu.shares = o.cpuShares;
  if (c.isSet('cpu-quota')) r.cpu.quota = o.cpuQuota;
  if (c.isSet('cpu-period')) r.cpu.period = o.cpuPeriod;
  if (c.isSet('cpus') || c.isSet('cpuset-cpus')) r.cpu.cpus = o.cpusetCpus;
  if (c.isSet('cpuset-mems')) r.cpu.mems = o.cpusetMems;
  r.memory ??= {};
  if (c.isSet('memory')) {
    r.memory.limit = o.memory;
    r.memory.swap = o.memorySwap;
  }
  if (c.isSet('memory-reservation')) r.memory.reservation = o.memoryReservation;
  r.pids ??= {};
  if (c.isSet('pids-limit')) r.pids.limit = o.pidsLimit;
  return r;
}

function updateContainer(c: NerdctlContext, container: Container, o: UpdateOptions): void {
  const status = containerStatus(container, c.env.node.nowMs());
  if (status === 'pausing') throw new Error(`container ${JSON.stringify(container.id)} is in pausing state`);
  const oldSpec = container.info().spec;
  const spec = structuredClone(oldSpec) as OciSpec & { linux?: { resources?: CgroupResources } };
  const linux = (spec.linux ??= {} as NonNullable<typeof spec.linux>);
  const resources = updatedResources(c, linux.resources, o);
  linux.resources = resources;
  container.updateSpec(spec);
  // Only an Up container's cgroup changes now; the others take the spec at their next start.
  if (status !== 'Up') return;
  let task;
  try {
    task = container.task();
  } catch {
    return;
  }
  try {
    task.update(resources);
  } catch (err) {
    // The deferred reset: a refused update leaves the spec as it was.
    container.updateSpec(oldSpec);
    throw err;
  }
}

export const updateCommand: NerdctlCommand = {
  name: 'update',
  usage: 'Update one or more running containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  skipArgReorder: true,
  flags: [
    { names: ['cpus'], kind: 'float64', usage: 'Number of CPUs', value: 0 },
    { names: ['cpu-period'], kind: 'uint64', usage: 'Limit CPU CFS (Completely Fair Scheduler) period', value: 0 },
    { names: ['cpu-quota'], kind: 'int64', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota', value: -1 },
    { names: ['cpu-shares'], kind: 'uint64', usage: 'CPU shares (relative weight)', value: 0 },
    { names: ['memory', 'm'], kind: 'string', usage: 'Memory limit' },
    { names: ['memory-reservation'], kind: 'string', usage: 'Memory soft limit' },
    { names: ['memory-swap'], kind: 'string', usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap" },
    { names: ['kernel-memory'], kind: 'string', usage: 'Kernel memory limit (deprecated)' },
    { names: ['cpuset-cpus'], kind: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
    { names: ['cpuset-mems'], kind: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
    { names: ['pids-limit'], kind: 'int64', usage: 'Tune container pids limit (set -1 for unlimited)', value: -1 },
    { names: ['blkio-weight'], kind: 'uint16', usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)', value: 0 },
  ],
  action: async (c) => {
    const options = updateOptions(c);
    await forEachContainer(clientOf(c), c.args, (found) => updateContainer(c, found.container, options));
  },
};
