// contrib/seccomp.DefaultProfile as `ctr run --seccomp` sets it (containerd@v1.6.20
// contrib/seccomp/seccomp_default.go:56) for the node: amd64, a kernel newer than 4.8. The
// syscalls every container may make, then personality's five allowed arguments, ptrace, the
// amd64 extras, one rule per capability the spec's bounding set holds (in that set's order), and
// without CAP_SYS_ADMIN: clone without namespace flags, clone3 failing with ENOSYS (38).
// The name lists are the profile a real containerd 1.6.20 wrote (tests/oracle, `ctr c info`).

import { CONTAINERD_BASE_SYSCALLS } from '../../oci/seccomp-syscalls';

/** What each capability adds (seccomp_default.go's switch over Process.Capabilities.Bounding). */
const SYSCALLS_BY_CAP: Readonly<Record<string, readonly string[]>> = {
  CAP_DAC_READ_SEARCH: ['open_by_handle_at'],
  CAP_SYS_ADMIN: ['bpf', 'clone', 'clone3', 'fanotify_init', 'fsconfig', 'fsmount', 'fsopen', 'fspick', 'lookup_dcookie', 'mount', 'mount_setattr', 'move_mount', 'name_to_handle_at', 'open_tree', 'perf_event_open', 'quotactl', 'quotactl_fd', 'setdomainname', 'sethostname', 'setns', 'syslog', 'umount', 'umount2', 'unshare'],
  CAP_SYS_BOOT: ['reboot'],
  CAP_SYS_CHROOT: ['chroot'],
  CAP_SYS_MODULE: ['delete_module', 'init_module', 'finit_module'],
  CAP_SYS_PACCT: ['acct'],
  CAP_SYS_PTRACE: ['kcmp', 'pidfd_getfd', 'process_madvise', 'process_vm_readv', 'process_vm_writev', 'ptrace'],
  CAP_SYS_RAWIO: ['iopl', 'ioperm'],
  CAP_SYS_TIME: ['settimeofday', 'stime', 'clock_settime', 'clock_settime64'],
  CAP_SYS_TTY_CONFIG: ['vhangup'],
  CAP_SYS_NICE: ['get_mempolicy', 'mbind', 'set_mempolicy'],
  CAP_SYSLOG: ['syslog'],
  CAP_BPF: ['bpf'],
  CAP_PERFMON: ['perf_event_open'],
};

/** personality(2) personas allowed: PER_LINUX, UNAME26, PER_LINUX32, UNAME26|PER_LINUX32, query. */
const PERSONAS: readonly number[] = [0x0, 0x0008, 0x20000, 0x20008, 0xffffffff];

/** CLONE_NEWNS | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET | NEWCGROUP: clone may set none of them. */
const CLONE_NAMESPACE_FLAGS = 0x7e020000;
const ENOSYS = 38;

const allow = (names: readonly string[]) => ({ names: [...names], action: 'SCMP_ACT_ALLOW' });

/** The profile for a spec whose bounding capabilities are `caps`, as the spec's linux.seccomp. */
export function defaultSeccompProfile(caps: readonly string[]): Record<string, unknown> {
  const syscalls: Array<Record<string, unknown>> = [allow(CONTAINERD_BASE_SYSCALLS)];
  for (const value of PERSONAS) syscalls.push({ ...allow(['personality']), args: [{ index: 0, value, op: 'SCMP_CMP_EQ' }] });
  syscalls.push(allow(['ptrace']), allow(['arch_prctl', 'modify_ldt']));
  for (const cap of caps) {
    const names = SYSCALLS_BY_CAP[cap];
    if (names) syscalls.push(allow(names));
  }
  if (!caps.includes('CAP_SYS_ADMIN')) {
    syscalls.push(
      { ...allow(['clone']), args: [{ index: 0, value: CLONE_NAMESPACE_FLAGS, op: 'SCMP_CMP_MASKED_EQ' }] },
      { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: ENOSYS },
    );
  }
  return { defaultAction: 'SCMP_ACT_ERRNO', architectures: ['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32'], syscalls };
}
