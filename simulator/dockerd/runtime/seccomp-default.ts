// docker's default seccomp profile as dockerd 20.10.24 puts it in a container's spec (moby
// profiles/seccomp: the rules of default.json at v20.10.24, then setupSeccomp's choice for the
// node — amd64, kernel 6.1, and the capabilities of the spec's bounding set): the syscalls every
// container may make, then each conditional rule whose arches, capabilities and kernel fit.
// The names are the release's data; the simulated runc only counts the filter (/proc/<pid>/status
// Seccomp 2, one filter) and enforces none of it.

import { MOBY_BASE_SYSCALLS } from '../../oci/seccomp-syscalls';

interface Rule {
  names: readonly string[];
  action?: string;
  errnoRet?: number;
  args?: ReadonlyArray<{ index: number; value: number; op: string }>;
  /** includes.arches / includes.caps / includes.minKernel; excludes.arches / excludes.caps. */
  arches?: readonly string[];
  caps?: readonly string[];
  minKernel?: string;
  notArches?: readonly string[];
  notCaps?: readonly string[];
}

const RULES: readonly Rule[] = [
  { names: ['ptrace'], minKernel: '4.8' },
  { names: ['personality'], args: [{ index: 0, value: 0, op: 'SCMP_CMP_EQ' }] },
  { names: ['personality'], args: [{ index: 0, value: 8, op: 'SCMP_CMP_EQ' }] },
  { names: ['personality'], args: [{ index: 0, value: 131072, op: 'SCMP_CMP_EQ' }] },
  { names: ['personality'], args: [{ index: 0, value: 131080, op: 'SCMP_CMP_EQ' }] },
  { names: ['personality'], args: [{ index: 0, value: 4294967295, op: 'SCMP_CMP_EQ' }] },
  { names: ['sync_file_range2'], arches: ['ppc64le'] },
  { names: ['arm_fadvise64_64', 'arm_sync_file_range', 'sync_file_range2', 'breakpoint', 'cacheflush', 'set_tls'], arches: ['arm', 'arm64'] },
  { names: ['arch_prctl'], arches: ['amd64', 'x32'] },
  { names: ['modify_ldt'], arches: ['amd64', 'x32', 'x86'] },
  { names: ['s390_pci_mmio_read', 's390_pci_mmio_write', 's390_runtime_instr'], arches: ['s390', 's390x'] },
  { names: ['open_by_handle_at'], caps: ['CAP_DAC_READ_SEARCH'] },
  { names: ['bpf', 'clone', 'clone3', 'fanotify_init', 'fsconfig', 'fsmount', 'fsopen', 'fspick', 'lookup_dcookie', 'mount', 'mount_setattr', 'move_mount', 'name_to_handle_at', 'open_tree', 'perf_event_open', 'quotactl', 'quotactl_fd', 'setdomainname', 'sethostname', 'setns', 'syslog', 'umount', 'umount2', 'unshare'], caps: ['CAP_SYS_ADMIN'] },
  { names: ['clone'], args: [{ index: 0, value: 2114060288, op: 'SCMP_CMP_MASKED_EQ' }], notArches: ['s390', 's390x'], notCaps: ['CAP_SYS_ADMIN'] },
  { names: ['clone'], args: [{ index: 1, value: 2114060288, op: 'SCMP_CMP_MASKED_EQ' }], arches: ['s390', 's390x'], notCaps: ['CAP_SYS_ADMIN'] },
  { names: ['clone3'], errnoRet: 38, action: 'SCMP_ACT_ERRNO', notCaps: ['CAP_SYS_ADMIN'] },
  { names: ['reboot'], caps: ['CAP_SYS_BOOT'] },
  { names: ['chroot'], caps: ['CAP_SYS_CHROOT'] },
  { names: ['delete_module', 'init_module', 'finit_module'], caps: ['CAP_SYS_MODULE'] },
  { names: ['acct'], caps: ['CAP_SYS_PACCT'] },
  { names: ['kcmp', 'pidfd_getfd', 'process_madvise', 'process_vm_readv', 'process_vm_writev', 'ptrace'], caps: ['CAP_SYS_PTRACE'] },
  { names: ['iopl', 'ioperm'], caps: ['CAP_SYS_RAWIO'] },
  { names: ['settimeofday', 'stime', 'clock_settime'], caps: ['CAP_SYS_TIME'] },
  { names: ['vhangup'], caps: ['CAP_SYS_TTY_CONFIG'] },
  { names: ['get_mempolicy', 'mbind', 'set_mempolicy'], caps: ['CAP_SYS_NICE'] },
  { names: ['syslog'], caps: ['CAP_SYSLOG'] },
];

/** runtime.GOARCH of the node, and its seccomp architectures (archMap's amd64 entry). */
const GOARCH = 'amd64';
const ARCHITECTURES = ['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32'];
/** The node's kernel (Debian bookworm's 6.1): every minKernel of the profile is below it. */
const KERNEL: readonly number[] = [6, 1];

function kernelAtLeast(min: string): boolean {
  const [major = 0, minor = 0] = min.split('.').map(Number);
  return (KERNEL[0] ?? 0) > major || ((KERNEL[0] ?? 0) === major && (KERNEL[1] ?? 0) >= minor);
}

/** The spec's linux.seccomp for a container whose bounding set is `caps`. */
export function dockerDefaultSeccomp(caps: readonly string[]): Record<string, unknown> {
  const syscalls: Array<Record<string, unknown>> = [{ names: [...MOBY_BASE_SYSCALLS], action: 'SCMP_ACT_ALLOW' }];
  for (const r of RULES) {
    if (r.arches && !r.arches.includes(GOARCH)) continue;
    if (r.caps && !r.caps.every((c) => caps.includes(c))) continue;
    if (r.minKernel && !kernelAtLeast(r.minKernel)) continue;
    if (r.notArches?.includes(GOARCH)) continue;
    if (r.notCaps?.some((c) => caps.includes(c))) continue;
    syscalls.push({
      names: [...r.names],
      action: r.action ?? 'SCMP_ACT_ALLOW',
      ...(r.errnoRet !== undefined ? { errnoRet: r.errnoRet } : {}),
      ...(r.args ? { args: r.args.map((a) => ({ ...a })) } : {}),
    });
  }
  return { defaultAction: 'SCMP_ACT_ERRNO', architectures: [...ARCHITECTURES], syscalls };
}
