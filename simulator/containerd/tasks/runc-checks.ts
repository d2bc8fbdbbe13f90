// What runc checks before and while it sets up a container's init process (runc 1.1 as
// Debian bookworm ships it): the spec's cwd must be absolute; runc init then drops env
// entries without '=' and refuses an empty name, mounts each extra mount (a "bind" type
// without the bind flag reaches mount(2) as a filesystem named "bind": ENODEV), and creates
// the cwd. Each check returns runc's wording, or undefined when the step succeeds.

import type { Node } from '../../node';
import type { ContainerRecord } from '../metadata/schema';
import { usesSystemdCgroup } from '../containers/containers';
import { randomInt } from '../../host/random';
import type { CgroupResources } from './cgroup-resources';
import { cpusWriteError, memsWriteError } from './cpuset-list';
import { tmpfsDataRefused } from './tmpfs-data';

/** mount(2) flags of runc's parseMountOptions; `clear` options unset the flag instead. */
const MOUNT_FLAGS: Record<string, { clear: boolean; flag: number }> = {
  acl: { clear: false, flag: 0x10000 },
  async: { clear: true, flag: 0x10 },
  atime: { clear: true, flag: 0x400 },
  bind: { clear: false, flag: 0x1000 },
  defaults: { clear: false, flag: 0 },
  dev: { clear: true, flag: 0x4 },
  diratime: { clear: true, flag: 0x800 },
  dirsync: { clear: false, flag: 0x80 },
  exec: { clear: true, flag: 0x8 },
  iversion: { clear: false, flag: 0x800000 },
  lazytime: { clear: false, flag: 0x2000000 },
  loud: { clear: true, flag: 0x8000 },
  mand: { clear: false, flag: 0x40 },
  noacl: { clear: true, flag: 0x10000 },
  noatime: { clear: false, flag: 0x400 },
  nodev: { clear: false, flag: 0x4 },
  nodiratime: { clear: false, flag: 0x800 },
  noexec: { clear: false, flag: 0x8 },
  noiversion: { clear: true, flag: 0x800000 },
  nolazytime: { clear: true, flag: 0x2000000 },
  nomand: { clear: true, flag: 0x40 },
  norelatime: { clear: true, flag: 0x200000 },
  nostrictatime: { clear: true, flag: 0x1000000 },
  nosuid: { clear: false, flag: 0x2 },
  rbind: { clear: false, flag: 0x1000 | 0x4000 },
  relatime: { clear: false, flag: 0x200000 },
  remount: { clear: false, flag: 0x20 },
  ro: { clear: false, flag: 0x1 },
  rw: { clear: true, flag: 0x1 },
  silent: { clear: false, flag: 0x8000 },
  strictatime: { clear: false, flag: 0x1000000 },
  suid: { clear: true, flag: 0x2 },
  sync: { clear: false, flag: 0x10 },
};
const MS_BIND = 0x1000;

/** Options runc takes out before mount(2) sees the rest as filesystem data. */
const NOT_DATA = new Set([
  'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'unbindable', 'runbindable',
  'rro', 'rrw', 'rnosuid', 'rsuid', 'rnodev', 'rdev', 'rnoexec', 'rexec', 'rnoatime', 'ratime',
  'rnodiratime', 'rdiratime', 'rrelatime', 'rnorelatime', 'rstrictatime', 'rnostrictatime', 'tmpcopyup',
]);

/** Filesystem types the kernel knows; any other reaches mount(2) and fails with ENODEV. */
const KNOWN_TYPES = new Set(['tmpfs', 'proc', 'sysfs', 'devpts', 'mqueue', 'cgroup', 'cgroup2', 'overlay', 'ramfs']);

export interface ParsedMountOptions {
  flags: number;
  data: string;
}

export function parseMountOptions(options: readonly string[] = []): ParsedMountOptions {
  let flags = 0;
  const data: string[] = [];
  for (const o of options) {
    const known = Object.hasOwn(MOUNT_FLAGS, o) ? MOUNT_FLAGS[o] : undefined;
    if (known) flags = known.clear ? flags & ~known.flag : flags | known.flag;
    else if (!NOT_DATA.has(o)) data.push(o);
  }
  return { flags, data: data.join(',') };
}

/** True when runc bind-mounts this spec mount (the bind flag, whatever the type says). */
export function isBindMount(m: { options?: string[] }): boolean {
  return (parseMountOptions(m.options).flags & MS_BIND) !== 0;
}

/** `Cwd must be an absolute path`, checked before runc starts anything. */
export function checkCwd(cwd: string): string | undefined {
  if (cwd === '') return 'Cwd property must not be empty';
  if (!cwd.startsWith('/')) return 'Cwd must be an absolute path';
  return undefined;
}

/**
 * validate.intelrdt (runc 1.1 libcontainer/configs/validate/validator.go): a CLOS id must name
 * one directory under resctrl. Without resctrl mounted (this node: no RDT) runc has no Intel
 * RDT manager, so a valid id is then ignored and the task runs.
 */
export function checkIntelRdt(container: ContainerRecord): string | undefined {
  const closID = (container.spec.linux as { intelRdt?: { closID?: string } } | undefined)?.intelRdt?.closID;
  if (closID === undefined) return undefined;
  return closID === '.' || closID === '..' || closID.includes('/') ? `invalid intelRdt.ClosID ${JSON.stringify(closID)}` : undefined;
}

/** The environment runc init hands to the process, or its complaint about an entry. */
export function processEnv(env: readonly string[]): { env: string[] } | { error: string } {
  const out: string[] = [];
  // runc 1.1's populateProcessEnvironment sets each entry with os.Setenv: a key given twice
  // (the spec may hold both, `ctr run --env A=1 --env A=2`) keeps its first place and its last
  // value in the process's environment.
  const at = new Map<string, number>();
  for (const entry of env) {
    const eq = entry.indexOf('=');
    if (eq < 0) continue;
    if (eq === 0) return { error: `environment variable name can't be empty: ${JSON.stringify(entry)}` };
    const key = entry.slice(0, eq);
    const i = at.get(key);
    if (i !== undefined) out[i] = entry;
    else at.set(key, out.push(entry) - 1);
  }
  return { env: out };
}

/** Files every Linux host has even where the simulated node's files leave them out. */
const ALWAYS_ON_HOST = new Set(['/', '/tmp', '/etc/hosts', '/etc/resolv.conf', '/proc', '/sys', '/dev', '/dev/shm', '/dev/mqueue']);

function hostHas(node: Node, path: string): boolean {
  return ALWAYS_ON_HOST.has(path) || Object.hasOwn(node.state.host.files, path.replace(/(.)\/+$/, '$1'));
}

/**
 * The container's extra mounts (after the default ones), as runc init mounts them. Returns
 * the text after `unable to start container process: ` of the first failure.
 */
export function checkMounts(node: Node, container: ContainerRecord, bundle: string): string | undefined {
  for (const m of container.spec.mounts) {
    const { flags, data } = parseMountOptions(m.options);
    const bind = (flags & MS_BIND) !== 0;
    // An empty type is no filesystem: mount(2) fails with ENODEV like an unknown type's.
    const badTmpfs = !bind && m.type === 'tmpfs' && tmpfsDataRefused(data);
    if (!bind && m.type !== 'bind' && KNOWN_TYPES.has(m.type) && !badTmpfs) continue;
    const at = `error during container init: error mounting ${JSON.stringify(m.source)} to rootfs at ${JSON.stringify(m.destination)}`;
    if (m.type === 'bind' || bind) {
      // A bind flag makes a relative source relative to the bundle; without it stays as given.
      const source = bind && !m.source.startsWith('/') ? (m.source === '' ? bundle : `${bundle}/${m.source}`) : m.source;
      if (source !== bundle && !hostHas(node, source)) return `${at}: stat ${source}: no such file or directory`;
      // Bind-mounting over the root itself leaves init without /proc.
      if (bind && m.destination.replace(/\/+$/, '') === '') return 'error closing exec fds: open /proc/self/fd: no such file or directory';
      if (bind) continue;
    }
    // runc's mountError: "source:" only when there is a source, and the /proc/self/fd path it
    // mounted through (every mount of this branch goes through one).
    let detail = `mount ${m.source === '' ? '' : `${m.source}:`}${m.destination} (via /proc/self/fd/6)`;
    if (flags !== 0) detail += `, flags: 0x${flags.toString(16)}`;
    if (data !== '') detail += `, data: ${data}`;
    return `${at}: ${detail}: ${badTmpfs ? 'invalid argument' : 'no such device'}`;
  }
  return undefined;
}

const PAGE = 4096;
/**
 * What the cgroup holds when runc applies the limits (runc init and its Go runtime, before
 * the process runs): about 1.8 to 2.4 MB on the recorded node. A memory limit below it fails.
 */
const INIT_USAGE_MIN = 1_777_664;
const INIT_USAGE_MAX = 2_367_488;
/** The kernel's bounds for cpu.cfs_period_us and the smallest cpu.cfs_quota_us (µs). */
const CFS_MIN_US = 1000;
const CFS_MAX_PERIOD_US = 1_000_000;
/** The kernel's bounds for cpu.shares (MIN_SHARES, MAX_SHARES). */
const CPU_SHARES_MIN = 2;
const CPU_SHARES_MAX = 262_144;

/**
 * runc's cgroup v1 Set at the procHooks sync (memory before cpu, as its subsystem list runs).
 * Returns the text after `unable to start container process: ` of the first write the kernel
 * refuses, or undefined. The usage in the memory error is sampled only when the limit can
 * fail, so containers without limits draw nothing from the random stream.
 */
export function checkCgroupResources(node: Node, container: ContainerRecord, ns: string): string | undefined {
  const linux = container.spec.linux;
  const resources = (linux?.resources ?? {}) as CgroupResources;
  const at = 'error during container init: error setting cgroup config for procHooks process';
  const limit = resources.memory?.limit;
  if (limit !== undefined && limit > 0 && Math.floor(limit / PAGE) * PAGE < INIT_USAGE_MAX) {
    const r = node.state.random;
    const usage = INIT_USAGE_MIN + randomInt(r, 0, (INIT_USAGE_MAX - INIT_USAGE_MIN) / PAGE) * PAGE;
    if (Math.floor(limit / PAGE) * PAGE < usage) {
      const peak = usage + randomInt(r, 0, 80) * PAGE;
      return `${at}: unable to set memory limit to ${limit} (current usage: ${usage}, peak usage: ${peak})`;
    }
  }
  // setMemoryAndSwap: with the limit in place, a memory+swap limit below it is refused (the
  // kernel keeps memsw >= memory; without a limit the memory limit is the whole machine).
  const swap = resources.memory?.swap ?? 0;
  if (swap > 0 && Math.floor(swap / PAGE) < (limit !== undefined && limit > 0 ? Math.floor(limit / PAGE) : Infinity)) {
    return `${at}: failed to write ${JSON.stringify(String(swap))}: write /sys/fs/cgroup/memory${cgroupPath(container, ns)}/memory.memsw.limit_in_bytes: invalid argument`;
  }
  const cpuProblem = checkCpuSet(resources, cgroupPath(container, ns));
  return cpuProblem ? `${at}: ${cpuProblem}` : undefined;
}

/**
 * runc's cpu subsystem Set (at create and at `runc update`): the first write of the shares or
 * the CFS period and quota the kernel refuses, or undefined.
 */
export function checkCpuSet(resources: CgroupResources, cgroupsPath: string): string | undefined {
  const cpuDir = `/sys/fs/cgroup/cpu${cgroupsPath}`;
  const refused = (value: number, file: string) => `failed to write ${JSON.stringify(String(value))}: write ${cpuDir}/${file}: invalid argument`;
  // cpu Set writes the shares first and reads them back: the kernel keeps them in [2, 262144].
  const shares = resources.cpu?.shares ?? 0;
  if (shares > 0 && shares < CPU_SHARES_MIN) return `the minimum allowed cpu-shares is ${CPU_SHARES_MIN}`;
  // A negative value is CRI's int64 cast to the spec's uint64: far above the maximum.
  if (shares > CPU_SHARES_MAX || shares < 0) return `the maximum allowed cpu-shares is ${CPU_SHARES_MAX}`;
  const quota = resources.cpu?.quota ?? 0;
  const period = resources.cpu?.period ?? 0;
  const badPeriod = period !== 0 && (period < CFS_MIN_US || period > CFS_MAX_PERIOD_US);
  // runc retries a refused period after the quota when it also sets a quota.
  if (badPeriod && quota === 0) return refused(period, 'cpu.cfs_period_us');
  // Any negative quota means "unlimited" to the v1 kernel.
  if (quota > 0 && quota < CFS_MIN_US) return refused(quota, 'cpu.cfs_quota_us');
  if (badPeriod) return refused(period, 'cpu.cfs_period_us');
  return undefined;
}

function cgroupPath(container: ContainerRecord, ns: string): string {
  return container.spec.linux?.cgroupsPath ?? `/${ns}/${container.id}`;
}

/**
 * specconv's cgroup config under the systemd cgroup manager (runc --systemd-cgroup, which the
 * shim passes when the container's runc options have SystemdCgroup): the spec's cgroupsPath
 * must be slice:prefix:name (an empty one gets runc's default). Recorded on containerd 1.6.20
 * with runc 1.1.5: config-systemd-cgroup.json.
 */
export function checkSystemdCgroupsPath(container: ContainerRecord): string | undefined {
  if (!usesSystemdCgroup(container)) return undefined;
  const path = container.spec.linux?.cgroupsPath ?? '';
  if (path === '' || path.split(':').length === 3) return undefined;
  return `expected cgroupsPath to be of format "slice:prefix:name" for systemd cgroups, got ${JSON.stringify(path)} instead`;
}

/**
 * runc's cgroup Apply, before the init process runs: the cpuset subsystem writes the spec's
 * cpus, then its mems, so the new cgroup holds them before the process joins it. Returns the
 * text after `unable to start container process: ` of a refused write, or undefined.
 */
export function checkCgroupApply(container: ContainerRecord, ns: string): string | undefined {
  const cpu = ((container.spec.linux?.resources ?? {}) as CgroupResources).cpu;
  const dir = `/sys/fs/cgroup/cpuset${cgroupPath(container, ns)}`;
  for (const [file, value, why] of [
    ['cpuset.cpus', cpu?.cpus, cpu?.cpus ? cpusWriteError(cpu.cpus) : undefined],
    ['cpuset.mems', cpu?.mems, cpu?.mems ? memsWriteError(cpu.mems) : undefined],
  ] as const) {
    if (why) return `unable to apply cgroup configuration: failed to write ${JSON.stringify(value)}: write ${dir}/${file}: ${why}`;
  }
  return undefined;
}

/** The propagation names runc's specconv knows (libcontainer/specconv/spec_linux.go mountPropagationMapping). */
const ROOTFS_PROPAGATIONS = new Set(['', 'rprivate', 'private', 'rslave', 'slave', 'rshared', 'shared', 'runbindable', 'unbindable']);

/**
 * specconv.CreateLibcontainerConfig, after the mounts: an unknown linux.rootfsPropagation
 * (`ctr run --rootfs-propagation bogus`) is refused before anything is set up.
 */
export function checkRootfsPropagation(container: ContainerRecord): string | undefined {
  const value = (container.spec.linux as { rootfsPropagation?: unknown } | undefined)?.rootfsPropagation;
  return typeof value === 'string' && !ROOTFS_PROPAGATIONS.has(value) ? `rootfsPropagation=${value} is not supported` : undefined;
}
