// /proc's directory as a process in the container lists it: the kernel's own entries and one
// directory per process of the PID namespace (busybox ps reads the same list). A process's
// directory lists what the kernel puts there; of its files, cmdline (the argv, each word ended by
// a NUL), task/ (one thread each here) and status (proc-status.ts's, for what the process table
// says of it; the reader's own and PID 1's in launch.ts and kernel-files.ts) are simulated. The names are those of the oracle machine's kernel, listed by `ls /proc` and
// `ls /proc/1` in a ctr container; the other files' contents are not simulated (no such file).

import type { ContainerFile, ContainerFs, ProgramContext } from './program';
import { idsOfListed } from './user-names';

/** The kernel's entries of /proc besides the PID directories. */
export const PROC_ENTRIES = [
  'acpi', 'buddyinfo', 'bus', 'cgroups', 'cmdline', 'config.gz', 'consoles', 'cpuinfo', 'crypto', 'devices',
  'diskstats', 'dma', 'driver', 'execdomains', 'filesystems', 'fs', 'interrupts', 'iomem', 'ioports', 'irq',
  'kallsyms', 'key-users', 'keys', 'kmsg', 'kpagecgroup', 'kpagecount', 'kpageflags', 'loadavg', 'locks', 'meminfo',
  'misc', 'mounts', 'net', 'pagetypeinfo', 'partitions', 'pressure', 'program_cpu', 'self', 'slabinfo', 'softirqs',
  'stat', 'swaps', 'sys', 'sysvipc', 'thread-self', 'timer_list', 'tty', 'uptime', 'version', 'vmallocinfo',
  'vmstat', 'zoneinfo',
];

/** What /proc/<pid>/ holds. */
const PID_ENTRIES = [
  'arch_status', 'attr', 'autogroup', 'auxv', 'cgroup', 'clear_refs', 'cmdline', 'comm', 'coredump_filter', 'cpuset',
  'cwd', 'environ', 'exe', 'fd', 'fdinfo', 'gid_map', 'io', 'ksm_merging_pages', 'ksm_stat', 'limits', 'loginuid',
  'map_files', 'maps', 'mem', 'mountinfo', 'mounts', 'mountstats', 'net', 'ns', 'numa_maps', 'oom_adj', 'oom_score',
  'oom_score_adj', 'pagemap', 'personality', 'projid_map', 'root', 'sched', 'schedstat', 'sessionid', 'setgroups',
  'smaps', 'smaps_rollup', 'stack', 'stat', 'statm', 'status', 'syscall', 'task', 'timens_offsets', 'timers',
  'timerslack_ns', 'uid_map', 'wchan',
];

const PID_PATH = /^\/proc\/(\d+|self)(?:\/(.*))?$/;

/** The optional members of a ContainerFs, which a wrapper must pass on. */
const MEMBERS = ['readOnlyAt', 'write', 'remove', 'statAt', 'mountPoints', 'statusOf', 'mountOf'] as const;

/**
 * `fs`'s members as own properties: a spread copies a plain object's, but a build step's files
 * are class instances (buildkit's MapFs/OverlayFs, the classic builder's StepFs) whose methods
 * live on the prototype; those are bound to `fs` so its writes still land there.
 */
function ownMembers(fs: ContainerFs): Partial<ContainerFs> {
  const out: Record<string, unknown> = { ...fs };
  for (const key of MEMBERS) {
    const member: unknown = fs[key];
    if (typeof member === 'function' && !Object.hasOwn(out, key)) out[key] = (member as (...a: unknown[]) => unknown).bind(fs);
  }
  return out as Partial<ContainerFs>;
}

/** `fs` with the PID directories of the processes `ctx` sees, where the container has a /proc. */
export function withProcessDirs(ctx: ProgramContext, fs: ContainerFs): ContainerFs {
  // A container without a proc mount has no such directories (kernel-files.ts makes /proc/1 with
  // it). Asked only when a /proc path is: a look at the files counts as the program's look at the
  // world (a shell loop that never looks keeps its cheap repeating plan, sh-wait.ts).
  const mounted = () => fs.lookup('/proc/1')?.kind === 'dir';
  const argvOf = (pid: number): string[] | undefined => {
    if (pid === ctx.pid) return ctx.argv;
    return ctx.processes().find((p) => p.pid === pid)?.args;
  };
  const pidOf = (name: string) => (name === 'self' ? ctx.pid : Number(name));
  // Another process's status: it waits (S) while this one reads; its name, parent and session
  // as the process table has them (a shell's child is in the shell's session).
  const statusOf = (pid: number): ContainerFile | undefined => {
    const p = ctx.processes().find((q) => q.pid === pid);
    if (!p || !fs.statusOf || pid === ctx.pid) return undefined;
    const argv0 = p.args[0] ?? '';
    const user = idsOfListed(fs, p.user);
    const content = fs.statusOf({ comm: p.comm ?? argv0.slice(argv0.lastIndexOf('/') + 1), pid, ppid: p.ppid ?? 0, sid: p.sid ?? pid, running: false, user });
    return { kind: 'file', mode: 0o444, size: 0, content };
  };
  return {
    ...ownMembers(fs),
    lookup(path) {
      const m = PID_PATH.exec(path);
      if (!m || !mounted()) return fs.lookup(path);
      if (m[2] === 'comm') {
        // The task's name: its program's base name, cut to TASK_COMM_LEN - 1 bytes.
        const pid = pidOf(m[1] ?? '');
        const listed = pid === ctx.pid ? undefined : ctx.processes().find((p) => p.pid === pid);
        const args = argvOf(pid);
        if (!args) return fs.lookup(path);
        const argv0 = args[0] ?? '';
        const comm = (listed?.comm ?? argv0.slice(argv0.lastIndexOf('/') + 1)).slice(0, 15);
        return { kind: 'file', mode: 0o644, size: 0, content: `${comm}\n` };
      }
      if (m[1] === 'self' || Number(m[1]) === 1) {
        if (m[2] === 'task') return { kind: 'dir', mode: 0o555 };
        return fs.lookup(path);
      }
      const args = argvOf(pidOf(m[1] ?? ''));
      if (!args) return undefined;
      if (m[2] === undefined || m[2] === 'task') return { kind: 'dir', mode: 0o555 };
      if (m[2] === 'cmdline') return { kind: 'file', mode: 0o444, size: 0, content: args.map((a) => `${a}\0`).join('') };
      if (m[2] === 'status') return statusOf(pidOf(m[1] ?? '')) ?? fs.lookup(path);
      return fs.lookup(path);
    },
    list(path) {
      if (!path.startsWith('/proc') || !mounted()) return fs.list(path);
      if (path === '/proc') {
        const pids = new Set([1, ctx.pid, ...ctx.processes().map((p) => p.pid)]);
        // Sorted by bytes, as a directory's list is (ls prints it in that order).
        return [...new Set([...(fs.list(path) ?? []), ...PROC_ENTRIES, ...[...pids].map(String)])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      }
      const m = PID_PATH.exec(path);
      if (!m || (m[2] !== undefined && m[2] !== 'task')) return fs.list(path);
      const pid = pidOf(m[1] ?? '');
      if (pid !== 1 && !argvOf(pid)) return undefined;
      return m[2] === 'task' ? [String(pid)] : PID_ENTRIES;
    },
  };
}
