// /proc/<pid>/status as Linux 6.1 (Debian bookworm's kernel, fs/proc/array.c) writes it for a
// process of a container: the fields in the kernel's order, with what the container decides
// exact — the capability sets the kernel leaves after runc's execve of the process (from the
// spec's), NoNewPrivs, Seccomp (a profile is one filter in mode 2), the ids of the process's
// user, the CPUs of its cpuset — and the memory figures and switch counts of a busybox applet
// on the recorded node, which no two runs share anyway.

import type { StatusSubject } from '../../programs/program';
import { KERNEL_CAPABILITIES } from '../../host/kernel-capabilities';
import type { ContainerRecord } from '../metadata/schema';

/** The node's CPUs and memory nodes (cpuset.cpus 0-1, cpuset.mems 0) and MAX_NUMNODES. */
const NODE_CPUS = '0-1';
const NODE_CPU_COUNT = 2;
const NODE_MASK_BITS = 1024;
/** RLIMIT_SIGPENDING of the recorded node (the kernel's default for its memory). */
const SIGPENDING_LIMIT = 96_367;

/** A busybox applet's memory on the recorded node: VmPeak … VmSwap, HugetlbPages (kB). */
const MEMORY: ReadonlyArray<[string, number]> = [
  ['VmPeak', 2332], ['VmSize', 2332], ['VmLck', 0], ['VmPin', 0], ['VmHWM', 1432], ['VmRSS', 1432],
  ['RssAnon', 52], ['RssFile', 1380], ['RssShmem', 0], ['VmData', 240], ['VmStk', 132], ['VmExe', 1552],
  ['VmLib', 8], ['VmPTE', 36], ['VmSwap', 0], ['HugetlbPages', 0],
];

type Caps = { bounding?: unknown; effective?: unknown; permitted?: unknown; inheritable?: unknown; ambient?: unknown };

/** A capability list of the spec as a 64-bit mask (names the kernel does not know are left out). */
function mask(names: unknown): bigint {
  let m = 0n;
  if (!Array.isArray(names)) return m;
  for (const name of names) {
    const bit = KERNEL_CAPABILITIES.indexOf(String(name));
    if (bit >= 0) m |= 1n << BigInt(bit);
  }
  return m;
}

const hex16 = (m: bigint) => m.toString(16).padStart(16, '0');

/**
 * The sets after execve (security/commoncap.c): root's file counts as holding every capability,
 * so its permitted and effective sets become inheritable | bounding — capped at what it held
 * before when no_new_privs forbids a gain; any other user keeps only its ambient set.
 */
function capabilityLines(caps: Caps | undefined, uid: number, noNewPrivs: boolean): string[] {
  const inh = mask(caps?.inheritable);
  const prm = mask(caps?.permitted);
  const bnd = mask(caps?.bounding);
  // An ambient capability stays only while it is permitted and inheritable.
  const amb = mask(caps?.ambient) & prm & inh;
  let after = uid === 0 ? inh | bnd : amb;
  if (uid === 0 && noNewPrivs) after &= prm;
  return [`CapInh:\t${hex16(inh)}`, `CapPrm:\t${hex16(after)}`, `CapEff:\t${hex16(after)}`, `CapBnd:\t${hex16(bnd)}`, `CapAmb:\t${hex16(amb)}`];
}

/** The set bits of a cpuset list ("0-1", "1", "0,1", "0-3:1/2"); unreadable parts are skipped. */
function listBits(list: string): number[] {
  const bits = new Set<number>();
  for (const part of list.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+)(?::(\d+)\/(\d+))?)?$/.exec(part);
    if (!m) continue;
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    const used = m[3] === undefined ? 1 : Number(m[3]);
    const group = m[4] === undefined ? 1 : Number(m[4]);
    for (let b = start; b <= end && group > 0; b++) if ((b - start) % group < used) bits.add(b);
  }
  return [...bits].sort((a, b) => a - b);
}

/** %*pb: a bitmap of `width` bits in hex, 32 bits a group, the highest group first. */
function bitmapHex(bits: readonly number[], width: number): string {
  const groups: string[] = [];
  for (let g = Math.ceil(width / 32) - 1; g >= 0; g--) {
    let word = 0;
    for (const b of bits) if (b >= g * 32 && b < (g + 1) * 32) word |= 1 << (b - g * 32);
    const digits = Math.min(8, Math.ceil((width - g * 32) / 4));
    groups.push((word >>> 0).toString(16).padStart(digits, '0'));
  }
  return groups.join(',');
}

/** %*pbl: the set bits as ranges ("0-1", "1"). */
function bitmapList(bits: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < bits.length; ) {
    let j = i;
    while (j + 1 < bits.length && bits[j + 1] === (bits[j] as number) + 1) j++;
    ranges.push(i === j ? `${bits[i]}` : `${bits[i]}-${bits[j]}`);
    i = j + 1;
  }
  return ranges.join(',');
}

/** The text of /proc/<pid>/status for `who`, a process of `container` whose cgroup holds `cpuset`. */
export function procStatusText(container: ContainerRecord, who: StatusSubject, cpuset: { cpus?: string; mems?: string } = {}): string {
  const process = container.spec.process as { capabilities?: Caps; noNewPrivileges?: boolean; user?: { umask?: number } };
  const linux = container.spec.linux as { seccomp?: unknown } | undefined;
  const nnp = process.noNewPrivileges === true;
  const seccomp = linux?.seccomp !== undefined && linux.seccomp !== null;
  const { uid, gid } = who.user;
  const groups = [...(who.user.additionalGids ?? [])].sort((a, b) => a - b);
  const umask = who.umask ?? process.user?.umask ?? 0o022;
  const cpus = listBits(cpuset.cpus || NODE_CPUS).filter((b) => b < NODE_CPU_COUNT);
  const mems = listBits(cpuset.mems || '0');
  let ignored = 0n;
  for (const n of who.ignored ?? []) ignored |= 1n << BigInt(n - 1);
  const lines = [
    `Name:\t${who.comm.slice(0, 15)}`,
    `Umask:\t${`0${umask.toString(8)}`.padStart(4, '0')}`,
    `State:\t${who.running ? 'R (running)' : 'S (sleeping)'}`,
    `Tgid:\t${who.pid}`,
    'Ngid:\t0',
    `Pid:\t${who.pid}`,
    `PPid:\t${who.ppid}`,
    'TracerPid:\t0',
    `Uid:\t${uid}\t${uid}\t${uid}\t${uid}`,
    `Gid:\t${gid}\t${gid}\t${gid}\t${gid}`,
    'FDSize:\t64',
    // The kernel leaves a space after the last group (and alone when there is none).
    `Groups:\t${groups.join(' ')} `,
    `NStgid:\t${who.pid}`,
    `NSpid:\t${who.pid}`,
    `NSpgid:\t${who.sid}`,
    `NSsid:\t${who.sid}`,
    ...MEMORY.map(([name, kb]) => `${name}:\t${String(kb).padStart(8)} kB`),
    'CoreDumping:\t0',
    'THP_enabled:\t1',
    'Threads:\t1',
    `SigQ:\t${uid === 0 ? 1 : 0}/${SIGPENDING_LIMIT}`,
    'SigPnd:\t0000000000000000',
    'ShdPnd:\t0000000000000000',
    'SigBlk:\t0000000000000000',
    `SigIgn:\t${hex16(ignored)}`,
    'SigCgt:\t0000000000000000',
    // An exec's own process spec may carry other sets than the container's (exec --privileged).
    ...capabilityLines(who.capabilities ?? process.capabilities, uid, nnp),
    `NoNewPrivs:\t${nnp ? 1 : 0}`,
    `Seccomp:\t${seccomp ? 2 : 0}`,
    `Seccomp_filters:\t${seccomp ? 1 : 0}`,
    'Speculation_Store_Bypass:\tvulnerable',
    'SpeculationIndirectBranch:\talways enabled',
    `Cpus_allowed:\t${bitmapHex(cpus, NODE_CPU_COUNT)}`,
    `Cpus_allowed_list:\t${bitmapList(cpus)}`,
    `Mems_allowed:\t${bitmapHex(mems, NODE_MASK_BITS)}`,
    `Mems_allowed_list:\t${bitmapList(mems)}`,
    'voluntary_ctxt_switches:\t13',
    'nonvoluntary_ctxt_switches:\t34',
  ];
  return `${lines.join('\n')}\n`;
}
