// What a container's processes read of their cgroups on this cgroup v1 node: runc mounts each
// hierarchy's own cgroup of the task at /sys/fs/cgroup/<name> when the spec asks for a
// `cgroup` mount there (dockerd's and the CRI plugin's specs do; ctr's default spec does not),
// and /proc/<pid>/cgroup names the task's cgroup path in every hierarchy. The file names, modes
// and idle values are a fresh cgroup's on the recorded kernel; the values that move are the
// cgroup's live resources (cgroup-resources.ts, which `docker update` rewrites), its frozen
// state and its processes, read when a process starts (each `exec` sees the cgroup of its time).

import type { Node } from '../../node';
import type { ContainerFile } from '../../programs/program';
import type { ContainerRecord, TaskRecord } from '../metadata/schema';
import { liveResources, type CgroupResources } from './cgroup-resources';
import { memoryLimitText, taskMetrics, UNLIMITED_MEMORY } from './metrics';
import { liveHelpers, planOf } from './process-plan';

interface FileSink {
  has(path: string): boolean;
  set(path: string, file: ContainerFile): void;
}

/** Hierarchies as /proc/self/cgroup numbers them on the recorded node (cpu and cpuacct apart). */
export const HIERARCHIES = ['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'blkio', 'pids', 'name=systemd'];
/** node1's CPUs and memory node (docker info: CPUs: 2). */
const NODE_CPUS = '0-1';
const NODE_MEMS = '0';

const RW = 0o644;
const RO = 0o444;
const WO = 0o200;

/** runc's specconv.AllowedDevices, which it adds to every spec's device rules. */
const RUNC_DEVICES = ['c *:* m', 'b *:* m', 'c 1:3 rwm', 'c 1:8 rwm', 'c 1:7 rwm', 'c 5:0 rwm', 'c 1:5 rwm', 'c 1:9 rwm', 'c 5:1 rwm', 'c 136:* rwm', 'c 5:2 rwm', 'c 10:200 rwm'];

interface DeviceRule {
  allow?: boolean;
  type?: string;
  major?: number;
  minor?: number;
  access?: string;
}

/** devices.list: the allowed rules, block before char, by major then minor (a wildcard first). */
function devicesList(container: ContainerRecord): string {
  const resources = (container.spec.linux as { resources?: { devices?: DeviceRule[] } } | undefined)?.resources;
  const rules = new Set(RUNC_DEVICES);
  for (const d of resources?.devices ?? []) {
    if (d.allow !== true) continue;
    rules.add(`${d.type ?? 'a'} ${d.major ?? '*'}:${d.minor ?? '*'} ${d.access ?? 'rwm'}`);
  }
  const num = (s: string) => (s === '*' ? -1 : Number(s));
  const key = (rule: string) => {
    const [type = '', nums = ''] = rule.split(' ');
    const [major = '', minor = ''] = nums.split(':');
    return { type, major: num(major), minor: num(minor) };
  };
  const sorted = [...rules].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x.type !== y.type ? (x.type < y.type ? -1 : 1) : x.major !== y.major ? x.major - y.major : x.minor - y.minor;
  });
  return sorted.map((r) => `${r}\n`).join('');
}

/** Inner PIDs of the task's live processes (cgroup.procs reads them in the reader's namespace). */
function innerPids(task: TaskRecord | undefined, nowMs: number): number[] {
  if (!task) return [];
  const pids: number[] = [];
  for (const p of [task.init, ...Object.values(task.execs)]) {
    if (p.status === 'STOPPED' || p.args.length === 0) continue;
    const plan = planOf(p);
    // A job not forked yet or ended (a zombie too) is not in the cgroup.
    pids.push(plan.innerPid, ...liveHelpers(plan, nowMs).map((h) => h.innerPid));
  }
  return pids.sort((a, b) => a - b);
}

function memoryStat(limit: string, memsw: string, usage: { cache: number; rss: number; pgpgin: number; pgpgout: number; pgfault: number; inactiveAnon: number; activeAnon: number; activeFile: number }): string {
  const own: Array<[string, number]> = [
    ['cache', usage.cache], ['rss', usage.rss], ['rss_huge', 0], ['shmem', 0], ['mapped_file', 0], ['dirty', 0], ['writeback', 0],
    ['workingset_refault_anon', 0], ['workingset_refault_file', 0], ['swap', 0], ['swapcached', 0],
    ['pgpgin', usage.pgpgin], ['pgpgout', usage.pgpgout], ['pgfault', usage.pgfault], ['pgmajfault', 0],
    ['inactive_anon', usage.inactiveAnon], ['active_anon', usage.activeAnon], ['inactive_file', 0], ['active_file', usage.activeFile], ['unevictable', 0],
  ];
  const lines = own.map(([k, n]) => `${k} ${n}`);
  lines.push(`hierarchical_memory_limit ${limit}`, `hierarchical_memsw_limit ${memsw}`);
  for (const [k, n] of own) lines.push(`total_${k} ${n}`);
  return `${lines.join('\n')}\n`;
}

/** A file's content, or how to read it when a process does (the counters move; reading samples them). */
type Content = string | (() => string);
type Files = Record<string, [mode: number, content: Content] | [mode: number, content: Content, readError: string]>;

function common(procs: string): Files {
  return { 'cgroup.clone_children': [RW, '0\n'], 'cgroup.procs': [RW, procs], notify_on_release: [RW, '0\n'], tasks: [RW, procs] };
}

/** Each hierarchy's files as a fresh cgroup has them, with the task's values. */
function hierarchyFiles(node: Node, ns: string, container: ContainerRecord, task: TaskRecord | undefined, r: CgroupResources): Record<string, Files> {
  const pids = innerPids(task, node.nowMs());
  const procs = pids.map((p) => `${p}\n`).join('');
  // taskMetrics samples the task's base numbers on first use: only a read of a counter may.
  const idle = { usage: 0, max: 0, cache: 0, rss: 0, pgpgin: 0, pgpgout: 0, pgfault: 0, inactiveAnon: 0, activeAnon: 0, activeFile: 0, kernelUsage: 0, kernelMax: 0 };
  const metrics = () => (task ? taskMetrics(node, ns, container.id) : undefined);
  const memory = () => metrics()?.memory ?? idle;
  const cpu = () => metrics()?.cpu ?? { total: 0, perCpu: [0, 0] as const };
  const limit = memoryLimitText(r.memory?.limit);
  const memsw = memoryLimitText(r.memory?.swap);
  const invalid = 'Invalid argument';
  const quota = r.cpu?.quota ?? 0;
  const period = r.cpu?.period ?? 0;
  const shares = r.cpu?.shares ?? 0;
  const ticks = (ns: number) => Math.floor(ns / 10_000_000);
  const pidsLimit = r.pids?.limit ?? 0;
  return {
    blkio: {
      'blkio.reset_stats': [WO, '', invalid],
      'blkio.throttle.io_service_bytes': [RO, 'Total 0\n'],
      'blkio.throttle.io_service_bytes_recursive': [RO, 'Total 0\n'],
      'blkio.throttle.io_serviced': [RO, 'Total 0\n'],
      'blkio.throttle.io_serviced_recursive': [RO, 'Total 0\n'],
      'blkio.throttle.read_bps_device': [RW, ''],
      'blkio.throttle.read_iops_device': [RW, ''],
      'blkio.throttle.write_bps_device': [RW, ''],
      'blkio.throttle.write_iops_device': [RW, ''],
      ...common(procs),
    },
    cpu: {
      ...common(procs),
      'cpu.cfs_burst_us': [RW, '0\n'],
      'cpu.cfs_period_us': [RW, `${period > 0 ? period : 100000}\n`],
      'cpu.cfs_quota_us': [RW, `${quota > 0 ? quota : -1}\n`],
      'cpu.idle': [RW, '0\n'],
      'cpu.rt_period_us': [RW, '1000000\n'],
      'cpu.rt_runtime_us': [RW, '0\n'],
      'cpu.shares': [RW, `${shares > 0 ? shares : 1024}\n`],
      'cpu.stat': [RO, 'nr_periods 0\nnr_throttled 0\nthrottled_time 0\nnr_bursts 0\nburst_time 0\n'],
      'cpu.stat.local': [RO, 'throttled_time 0\n'],
    },
    cpuacct: {
      ...common(procs),
      'cpuacct.stat': [RO, () => `user ${ticks(cpu().total * 0.37)}\nsystem ${ticks(cpu().total * 0.6)}\n`],
      'cpuacct.usage': [RW, () => `${cpu().total}\n`],
      'cpuacct.usage_all': [RO, () => `cpu user system\n0 ${cpu().perCpu[0]} 0\n1 ${cpu().perCpu[1]} 0\n`],
      'cpuacct.usage_percpu': [RO, () => `${cpu().perCpu.join(' ')} \n`],
      'cpuacct.usage_percpu_sys': [RO, '0 0 \n'],
      'cpuacct.usage_percpu_user': [RO, () => `${cpu().perCpu.join(' ')} \n`],
      'cpuacct.usage_sys': [RO, '0\n'],
      'cpuacct.usage_user': [RO, () => `${cpu().total}\n`],
    },
    cpuset: {
      ...common(procs),
      'cpuset.cpu_exclusive': [RW, '0\n'],
      'cpuset.cpus': [RW, `${r.cpu?.cpus || NODE_CPUS}\n`],
      'cpuset.effective_cpus': [RO, `${r.cpu?.cpus || NODE_CPUS}\n`],
      'cpuset.effective_mems': [RO, `${r.cpu?.mems || NODE_MEMS}\n`],
      'cpuset.mem_exclusive': [RW, '0\n'],
      'cpuset.mem_hardwall': [RW, '0\n'],
      'cpuset.memory_migrate': [RW, '0\n'],
      'cpuset.memory_pressure': [RO, '0\n'],
      'cpuset.memory_spread_page': [RW, '0\n'],
      'cpuset.memory_spread_slab': [RW, '0\n'],
      'cpuset.mems': [RW, `${r.cpu?.mems || NODE_MEMS}\n`],
      'cpuset.sched_load_balance': [RW, '1\n'],
      'cpuset.sched_relax_domain_level': [RW, '-1\n'],
    },
    devices: {
      ...common(procs),
      'devices.allow': [WO, '', invalid],
      'devices.deny': [WO, '', invalid],
      'devices.list': [RO, devicesList(container)],
    },
    freezer: {
      ...common(procs),
      'freezer.parent_freezing': [RO, '0\n'],
      'freezer.self_freezing': [RO, task?.paused ? '1\n' : '0\n'],
      'freezer.state': [RW, task?.paused ? 'FROZEN\n' : 'THAWED\n'],
    },
    memory: {
      'cgroup.clone_children': [RW, '0\n'],
      'cgroup.event_control': [WO, '', invalid],
      'cgroup.procs': [RW, procs],
      'memory.failcnt': [RW, '0\n'],
      'memory.force_empty': [WO, '', invalid],
      'memory.kmem.failcnt': [RW, '0\n'],
      'memory.kmem.limit_in_bytes': [RW, `${memoryLimitText(r.memory?.kernel)}\n`],
      'memory.kmem.max_usage_in_bytes': [RW, () => `${memory().kernelMax}\n`],
      'memory.kmem.slabinfo': [RO, ''],
      'memory.kmem.tcp.failcnt': [RW, '0\n'],
      'memory.kmem.tcp.limit_in_bytes': [RW, `${UNLIMITED_MEMORY}\n`],
      'memory.kmem.tcp.max_usage_in_bytes': [RW, '0\n'],
      'memory.kmem.tcp.usage_in_bytes': [RO, '0\n'],
      'memory.kmem.usage_in_bytes': [RO, () => `${memory().kernelUsage}\n`],
      'memory.limit_in_bytes': [RW, `${limit}\n`],
      'memory.max_usage_in_bytes': [RW, () => `${memory().max}\n`],
      'memory.memsw.failcnt': [RW, '0\n'],
      'memory.memsw.limit_in_bytes': [RW, `${memsw}\n`],
      'memory.memsw.max_usage_in_bytes': [RW, () => `${memory().max}\n`],
      'memory.memsw.usage_in_bytes': [RO, () => `${memory().usage}\n`],
      'memory.move_charge_at_immigrate': [RW, '0\n'],
      'memory.numa_stat': [RO, 'total=0 N0=0\nfile=0 N0=0\nanon=0 N0=0\nunevictable=0 N0=0\nhierarchical_total=0 N0=0\nhierarchical_file=0 N0=0\nhierarchical_anon=0 N0=0\nhierarchical_unevictable=0 N0=0\n'],
      'memory.oom_control': [RW, `oom_kill_disable ${r.memory?.disableOOMKiller ? 1 : 0}\nunder_oom 0\noom_kill 0\n`],
      'memory.pressure_level': [RO, '', invalid],
      'memory.shown_ram_in_bytes': [RW, '0\n'],
      'memory.soft_limit_in_bytes': [RW, `${memoryLimitText(r.memory?.reservation)}\n`],
      'memory.stat': [RO, () => memoryStat(limit, memsw, memory())],
      'memory.swappiness': [RW, `${r.memory?.swappiness ?? 60}\n`],
      'memory.usage_in_bytes': [RO, () => `${memory().usage}\n`],
      'memory.use_hierarchy': [RW, '1\n'],
      notify_on_release: [RW, '0\n'],
      tasks: [RW, procs],
    },
    pids: {
      ...common(procs),
      // The process reading is counted too (`docker exec c cat pids.current` prints 2 beside
      // a sleep), though it is not in the task's records until it has run.
      'pids.current': [RO, `${pids.length + 1}\n`],
      'pids.events': [RO, 'max 0\n'],
      'pids.max': [RW, pidsLimit > 0 ? `${pidsLimit}\n` : 'max\n'],
      'pids.peak': [RO, `${pids.length + 1}\n`],
    },
    systemd: common(procs),
  };
}

/** /proc/<pid>/cgroup: the task's cgroup path in each hierarchy, then the unified one (0::). */
function procCgroup(container: ContainerRecord, ns: string): string {
  const path = container.spec.linux?.cgroupsPath ?? `/${ns}/${container.id}`;
  const lines = HIERARCHIES.map((h, i) => `${i + 1}:${h}:${path}`).reverse();
  return `${[...lines, `0::${path}`].join('\n')}\n`;
}

/** Adds /proc/1/cgroup and /proc/self/cgroup (a few entries: cheap enough for every view). */
export function addProcCgroupFiles(files: FileSink, ns: string, container: ContainerRecord): void {
  if (!container.spec.mounts.some((m) => m.destination === '/proc')) return;
  const text = procCgroup(container, ns);
  for (const dir of ['/proc/1', '/proc/self']) {
    if (!files.has(dir)) files.set(dir, { kind: 'dir', mode: 0o555 });
    files.set(`${dir}/cgroup`, { kind: 'file', mode: RO, content: text });
  }
}

/** The files below a cgroupfs mount point, and the names in each of its directories. */
export interface CgroupMount {
  lookup(path: string): ContainerFile | undefined;
  list(path: string): string[] | undefined;
}

const MOUNT_POINT = '/sys/fs/cgroup';

/** True for the paths a cgroupfs mount at /sys/fs/cgroup covers (the mount point's own entries). */
export function underCgroupMount(path: string): boolean {
  return path === MOUNT_POINT || path.startsWith(`${MOUNT_POINT}/`);
}

/**
 * The cgroupfs runc mounts for `container`, or undefined when its spec has no cgroup mount.
 * Its ~130 files are made at the first look inside (most processes never look), with the
 * cgroup's values of that moment; the counters are read when a file's content is.
 */
export function cgroupMount(node: Node, ns: string, container: ContainerRecord): CgroupMount | undefined {
  if (!container.spec.mounts.some((m) => m.destination === MOUNT_POINT && m.type === 'cgroup')) return undefined;
  let files: Map<string, ContainerFile> | undefined;
  let children: Map<string, string[]> | undefined;
  const build = () => {
    files = new Map([[MOUNT_POINT, { kind: 'dir', mode: 0o755 }]]);
    children = new Map([[MOUNT_POINT, []]]);
    const task = node.state.containerd.namespaces[ns]?.tasks[container.id];
    for (const [dir, entries] of Object.entries(hierarchyFiles(node, ns, container, task, liveResources(node, ns, container.id)))) {
      const dirPath = `${MOUNT_POINT}/${dir}`;
      files.set(dirPath, { kind: 'dir', mode: 0o755 });
      children.get(MOUNT_POINT)?.push(dir);
      const names = Object.keys(entries).sort();
      children.set(dirPath, names);
      for (const name of names) {
        const [mode, content, readError] = entries[name] ?? [RO, ''];
        const file: ContainerFile = { kind: 'file', mode, size: 0, ...(readError ? { readError } : {}) };
        if (typeof content === 'string') file.content = content;
        else Object.defineProperty(file, 'content', { get: content, enumerable: true });
        files.set(`${dirPath}/${name}`, file);
      }
    }
    children.get(MOUNT_POINT)?.sort();
    return { files, children };
  };
  return {
    lookup: (path) => (files ?? build().files).get(path),
    list: (path) => (children ?? build().children).get(path)?.slice(),
  };
}
