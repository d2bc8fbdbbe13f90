// oci.WithPrivileged, WithAllDevicesAllowed and WithHostDevices, as `ctr run --privileged`
// applies them (containerd@v1.6.20 cmd/ctr/commands/run/run_unix.go:201, oci/spec_opts.go:1248):
// every capability containerd itself holds, no masked or read-only paths, sysfs (and cgroup)
// mounts read-write, every device allowed in the device cgroup and every host device node in
// the spec. SELinux label, AppArmor profile and seccomp are cleared (left out of the JSON).

import { KERNEL_CAPABILITIES } from '../../host/kernel-capabilities';

/**
 * cap.Current() for containerd running as root under systemd: every capability of the node's
 * kernel, in bit order (containerd@v1.6.20 pkg/cap/cap_linux.go FromBitmap).
 */
export const ALL_CURRENT_CAPS: readonly string[] = KERNEL_CAPABILITIES;

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

