// oci.WithLinuxDevice (containerd v1.6.20 oci/spec_opts.go:1322-1344) over oci.DeviceFromPath
// (oci/utils_unix.go): the host path is lstat'ed — a missing one fails with the syscall's
// `lstat <path>: no such file or directory`, anything but a block, character or FIFO node with
// ErrNotADevice (`not a device node`) — then the node joins linux.devices (type, numbers, the
// permission bits, root's ids) and an allow rule with the given access joins the device cgroup.
// The spec opt runs inside NewContainer, so its error is NewContainer's.

import * as vfs from '../../host/vfs';
import type { OciSpec } from '../metadata/schema';
import { hostDevices } from '../../host/host-devices';

/** specs.Linux's fields in the Go struct's order, which is the JSON key order. */
const LINUX_KEYS = ['uidMappings', 'gidMappings', 'sysctl', 'resources', 'cgroupsPath', 'namespaces', 'devices', 'seccomp', 'rootfsPropagation', 'maskedPaths', 'readonlyPaths', 'mountLabel', 'intelRdt', 'personality'];

/** The spec's linux part with `key` set, the keys in specs.Linux's order. */
export function withLinuxField(spec: OciSpec, key: string, value: unknown): OciSpec {
  const linux = { ...((spec.linux ?? {}) as Record<string, unknown>), [key]: value };
  const rank = (k: string) => (LINUX_KEYS.includes(k) ? LINUX_KEYS.indexOf(k) : LINUX_KEYS.length);
  const ordered = Object.fromEntries(Object.entries(linux).sort(([a], [b]) => rank(a) - rank(b)));
  return { ...spec, linux: ordered as OciSpec['linux'] };
}

/** WithLinuxDevice(path, permissions) against the node's /dev. */
export function withLinuxDevice(files: vfs.Files, spec: OciSpec, path: string, permissions: string): OciSpec {
  const dev = hostDevices().find((d) => d.path === path);
  if (!dev) {
    try {
      vfs.stat(files, path, false);
    } catch (err) {
      if (vfs.isVfsError(err, 'ENOTDIR')) throw new Error(`lstat ${path}: not a directory`);
      throw new Error(`lstat ${path}: no such file or directory`);
    }
    throw new Error('not a device node');
  }
  const linux = (spec.linux ?? {}) as { devices?: unknown[]; resources?: Record<string, unknown> };
  const resources = { ...(linux.resources ?? {}) };
  resources.devices = [...((resources.devices as unknown[] | undefined) ?? []), { allow: true, type: dev.type, major: dev.major, minor: dev.minor, access: permissions }];
  const withDevice = withLinuxField(spec, 'devices', [...(linux.devices ?? []), dev]);
  return withLinuxField(withDevice, 'resources', resources);
}
