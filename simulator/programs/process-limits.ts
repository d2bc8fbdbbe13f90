// The resource limits (getrlimit/setrlimit) a container's process starts with. runc init sets
// each of the spec's process.rlimits before it execs the process (libcontainer/init_linux.go
// setupRlimits); every other limit is inherited down the chain containerd → containerd-shim-
// runc-v2 → runc → the process, so it is what containerd itself runs with. setrlimit's checks
// are the kernel's (kernel/sys.c do_prlimit, Linux 6.1).

/** Limits by the spec's name (RLIMIT_NOFILE …); RLIM_INFINITY is Infinity. */
export type RlimitName =
  | 'RLIMIT_CORE' | 'RLIMIT_DATA' | 'RLIMIT_NICE' | 'RLIMIT_FSIZE' | 'RLIMIT_SIGPENDING' | 'RLIMIT_MEMLOCK' | 'RLIMIT_RSS'
  | 'RLIMIT_NOFILE' | 'RLIMIT_MSGQUEUE' | 'RLIMIT_RTPRIO' | 'RLIMIT_STACK' | 'RLIMIT_CPU' | 'RLIMIT_NPROC' | 'RLIMIT_AS'
  | 'RLIMIT_LOCKS' | 'RLIMIT_RTTIME';

export interface Rlimit {
  soft: number;
  hard: number;
}

/** A process's limits, and whether it may raise a hard one (CAP_SYS_RESOURCE in its effective set). */
export interface ProcessLimits {
  limits: Readonly<Record<RlimitName, Rlimit>>;
  sysResource: boolean;
}

const KB = 1024;
const SIGPENDING = 96_367;

/**
 * What containerd runs with on the recorded node (measured: `ulimit -a` and `-Ha` of busybox in a
 * docker container without --ulimit, whose spec carries no rlimits): the kernel's defaults for
 * a machine of its memory, with open files raised to 20000 for the daemon.
 */
const INHERITED: Readonly<Record<RlimitName, Rlimit>> = {
  RLIMIT_CORE: { soft: 0, hard: Infinity },
  RLIMIT_DATA: { soft: Infinity, hard: Infinity },
  RLIMIT_NICE: { soft: 0, hard: 0 },
  RLIMIT_FSIZE: { soft: Infinity, hard: Infinity },
  RLIMIT_SIGPENDING: { soft: SIGPENDING, hard: SIGPENDING },
  RLIMIT_MEMLOCK: { soft: 8192 * KB, hard: 8192 * KB },
  RLIMIT_RSS: { soft: Infinity, hard: Infinity },
  RLIMIT_NOFILE: { soft: 20_000, hard: 20_000 },
  RLIMIT_MSGQUEUE: { soft: 819_200, hard: 819_200 },
  RLIMIT_RTPRIO: { soft: 0, hard: 0 },
  RLIMIT_STACK: { soft: 8192 * KB, hard: Infinity },
  RLIMIT_CPU: { soft: Infinity, hard: Infinity },
  RLIMIT_NPROC: { soft: SIGPENDING, hard: SIGPENDING },
  RLIMIT_AS: { soft: Infinity, hard: Infinity },
  RLIMIT_LOCKS: { soft: Infinity, hard: Infinity },
  RLIMIT_RTTIME: { soft: Infinity, hard: Infinity },
};

/** fs.nr_open: no RLIMIT_NOFILE above it, even with CAP_SYS_RESOURCE. */
const NR_OPEN = 1_048_576;

/** A spec value as the kernel holds it: uint64 2^64-1 (a double rounds it to 2^64) is RLIM_INFINITY. */
function fromSpec(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return n >= 2 ** 64 - 1 ? Infinity : n;
}

/** The limits of a process started from a spec's process.rlimits, with or without CAP_SYS_RESOURCE. */
export function processLimits(rlimits: unknown, sysResource: boolean): ProcessLimits {
  const limits: Record<RlimitName, Rlimit> = { ...INHERITED };
  for (const r of Array.isArray(rlimits) ? rlimits : []) {
    const { type, soft, hard } = (r ?? {}) as { type?: unknown; soft?: unknown; hard?: unknown };
    if (typeof type === 'string' && type in limits) limits[type as RlimitName] = { soft: fromSpec(soft), hard: fromSpec(hard) };
  }
  return { limits, sysResource };
}

/** The limits a process has when nothing says otherwise (a test's process, a program run on its own). */
export function inheritedLimits(): ProcessLimits {
  return { limits: INHERITED, sysResource: false };
}

/** setrlimit(2): the new limits, or the errno text the kernel refuses them with. */
export function setRlimit(current: ProcessLimits, name: RlimitName, wanted: Rlimit): ProcessLimits | { error: string } {
  if (wanted.soft > wanted.hard) return { error: 'Invalid argument' };
  if (name === 'RLIMIT_NOFILE' && wanted.hard > NR_OPEN) return { error: 'Operation not permitted' };
  if (wanted.hard > current.limits[name].hard && !current.sysResource) return { error: 'Operation not permitted' };
  return { ...current, limits: { ...current.limits, [name]: wanted } };
}

/** Resource numbers of the spec's names (include/uapi/asm-generic/resource.h), as runc's errors give them. */
const RESOURCE_NUMBER: Readonly<Record<RlimitName, number>> = {
  RLIMIT_CPU: 0, RLIMIT_FSIZE: 1, RLIMIT_DATA: 2, RLIMIT_STACK: 3, RLIMIT_CORE: 4, RLIMIT_RSS: 5, RLIMIT_NPROC: 6, RLIMIT_NOFILE: 7,
  RLIMIT_MEMLOCK: 8, RLIMIT_AS: 9, RLIMIT_LOCKS: 10, RLIMIT_SIGPENDING: 11, RLIMIT_MSGQUEUE: 12, RLIMIT_NICE: 13, RLIMIT_RTPRIO: 14,
  RLIMIT_RTTIME: 15,
};

/**
 * Why runc's prlimit of the spec's rlimits on its init fails (libcontainer setupRlimits), or
 * undefined: runc holds CAP_SYS_RESOURCE then, so only the kernel's own bounds refuse one.
 */
export function rlimitProblem(rlimits: unknown): string | undefined {
  const wanted = processLimits(rlimits, true);
  for (const r of Array.isArray(rlimits) ? rlimits : []) {
    const name = (r as { type?: unknown } | null)?.type;
    if (typeof name !== 'string' || !(name in RESOURCE_NUMBER)) continue;
    const set = setRlimit(wanted, name as RlimitName, wanted.limits[name as RlimitName]);
    // Go's syscall.Errno texts are the lower-case strerror.
    if ('error' in set) return `error setting rlimit type ${RESOURCE_NUMBER[name as RlimitName]}: ${set.error.toLowerCase()}`;
  }
  return undefined;
}
