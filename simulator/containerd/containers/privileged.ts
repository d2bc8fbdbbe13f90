// oci.WithPrivileged, WithAllDevicesAllowed and WithHostDevices, as `ctr run --privileged`
// applies them (containerd@v1.6.20 cmd/ctr/commands/run/run_unix.go:201, oci/spec_opts.go:1248):
// every capability containerd itself holds, no masked or read-only paths, sysfs (and cgroup)
// mounts read-write, every device allowed in the device cgroup and every host device node in
// the spec. SELinux label, AppArmor profile and seccomp are cleared (left out of the JSON).

/**
 * cap.Current() for containerd running as root under systemd on the node's kernel (6.1: bits
 * 0–40): the names in bit order (containerd@v1.6.20 pkg/cap/cap_linux.go FromBitmap).
 */
export const ALL_CURRENT_CAPS: readonly string[] = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_DAC_READ_SEARCH', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL',
  'CAP_SETGID', 'CAP_SETUID', 'CAP_SETPCAP', 'CAP_LINUX_IMMUTABLE', 'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST', 'CAP_NET_ADMIN', 'CAP_NET_RAW', 'CAP_IPC_LOCK', 'CAP_IPC_OWNER', 'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO', 'CAP_SYS_CHROOT', 'CAP_SYS_PTRACE', 'CAP_SYS_PACCT', 'CAP_SYS_ADMIN', 'CAP_SYS_BOOT',
  'CAP_SYS_NICE', 'CAP_SYS_RESOURCE', 'CAP_SYS_TIME', 'CAP_SYS_TTY_CONFIG', 'CAP_MKNOD', 'CAP_LEASE',
  'CAP_AUDIT_WRITE', 'CAP_AUDIT_CONTROL', 'CAP_SETFCAP', 'CAP_MAC_OVERRIDE', 'CAP_MAC_ADMIN', 'CAP_SYSLOG',
  'CAP_WAKE_ALARM', 'CAP_BLOCK_SUSPEND', 'CAP_AUDIT_READ', 'CAP_PERFMON', 'CAP_BPF', 'CAP_CHECKPOINT_RESTORE',
];

interface MountLike {
  type: string;
  options?: string[];
}

/** WithWriteableSysfs / WithWriteableCgroupfs: an `ro` option of such a mount becomes `rw`. */
export function writeableSysfs<M extends MountLike>(mounts: M[]): M[] {
  return mounts.map((m) =>
    (m.type === 'sysfs' || m.type === 'cgroup') && m.options ? { ...m, options: m.options.map((o) => (o === 'ro' ? 'rw' : o)) } : m,
  );
}

/** WithAllDevicesAllowed: one rule allowing read, write and mknod on every device. */
export const ALL_DEVICES_ALLOWED: ReadonlyArray<Record<string, unknown>> = [{ allow: true, access: 'rwm' }];

