// The device nodes of node1's /dev as dockerd stats them for --device, the blkio throttles and
// --privileged (moby v20.10.24 daemon/oci_linux.go WithDevices: devices.DeviceFromPath,
// HostDevices): the character devices of a Debian bookworm VM under kernel 6.1 (mem's 1:x, the
// tty, console and ptmx, misc's fuse and loop-control, kmsg) and its one disk, sda. The shell's
// /dev on the node holds no device numbers, so this table is where they live.

import { NotSimulatedError } from '../../cli/not-simulated';
import { invalidParameter } from '../errors';

export interface HostDevice {
  type: 'c' | 'b';
  major: number;
  minor: number;
  /** The node's file mode of the device (crw-rw-rw- is 0o666). */
  fileMode: number;
}

const HOST_DEVICES: Record<string, HostDevice> = {
  '/dev/console': { type: 'c', major: 5, minor: 1, fileMode: 0o600 },
  '/dev/full': { type: 'c', major: 1, minor: 7, fileMode: 0o666 },
  '/dev/fuse': { type: 'c', major: 10, minor: 229, fileMode: 0o666 },
  '/dev/kmsg': { type: 'c', major: 1, minor: 11, fileMode: 0o644 },
  '/dev/loop-control': { type: 'c', major: 10, minor: 237, fileMode: 0o660 },
  '/dev/mem': { type: 'c', major: 1, minor: 1, fileMode: 0o640 },
  '/dev/null': { type: 'c', major: 1, minor: 3, fileMode: 0o666 },
  '/dev/ptmx': { type: 'c', major: 5, minor: 2, fileMode: 0o666 },
  '/dev/random': { type: 'c', major: 1, minor: 8, fileMode: 0o666 },
  '/dev/sda': { type: 'b', major: 8, minor: 0, fileMode: 0o660 },
  '/dev/tty': { type: 'c', major: 5, minor: 0, fileMode: 0o666 },
  '/dev/urandom': { type: 'c', major: 1, minor: 9, fileMode: 0o666 },
  '/dev/zero': { type: 'c', major: 1, minor: 5, fileMode: 0o666 },
};

/** The device at a host path, or undefined where the node has none. */
function hostDevice(path: string): HostDevice | undefined {
  return Object.hasOwn(HOST_DEVICES, path) ? HOST_DEVICES[path] : undefined;
}

/** Every device of the node (--privileged's HostDevices), by path. */
export function allHostDevices(): Array<[string, HostDevice]> {
  return Object.entries(HOST_DEVICES);
}

/** container.DeviceMapping as the spec's linux.devices entry and its cgroup rule (WithDevices). */
export function specDevices(mappings: ReadonlyArray<{ PathOnHost: string; PathInContainer: string; CgroupPermissions: string }>): { devices: Array<Record<string, unknown>>; rules: Array<Record<string, unknown>> } {
  const devices: Array<Record<string, unknown>> = [];
  const rules: Array<Record<string, unknown>> = [];
  for (const m of mappings) {
    const d = hostDevice(m.PathOnHost);
    // A directory of devices (--device /dev/snd) is walked by the real daemon; none here has one.
    if (!d) throw invalidParameter(`error gathering device information while adding custom device ${JSON.stringify(m.PathOnHost)}: no such file or directory`);
    devices.push({ path: m.PathInContainer, type: d.type, major: d.major, minor: d.minor, fileMode: 0o20000 | d.fileMode, uid: 0, gid: 0 });
    rules.push({ allow: true, type: d.type, major: d.major, minor: d.minor, access: m.CgroupPermissions });
  }
  return { devices, rules };
}

/** The blkio throttles' devices (getBlkioThrottleDevices): each path stat'ed; runc then writes major:minor. */
export function throttleDevices(entries: ReadonlyArray<{ Path: string; Rate: number }> | null | undefined): Array<{ major: number; minor: number; rate: number }> {
  return (entries ?? []).map((e) => {
    const d = hostDevice(e.Path);
    if (!d) throw invalidParameter(`stat ${e.Path}: no such file or directory`);
    // The kernel's blkio throttle takes block devices only (runc's write fails with ENODEV).
    if (d.type !== 'b') throw new NotSimulatedError(`a block I/O throttle on the character device ${e.Path}`, 'https://docs.docker.com/engine/reference/run/#block-io-bandwidth-blkio-constraint');
    return { major: d.major, minor: d.minor, rate: e.Rate };
  });
}
