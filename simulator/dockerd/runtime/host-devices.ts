// The device nodes of node1's /dev as dockerd stats them for --device, the blkio throttles and
// --privileged (moby v20.10.24 daemon/oci_linux.go WithDevices: devices.DeviceFromPath,
// HostDevices), read from the node's one table of its /dev (host/host-devices.ts, measured on
// the oracle's machine: its disk is vda, fuse and loop-control are root's only).

import { invalidParameter, systemError } from '../errors';
import { hostDevices } from '../../host/host-devices';

export interface HostDevice {
  type: 'c' | 'b';
  major: number;
  minor: number;
  /** The node's file mode of the device (crw-rw-rw- is 0o666). */
  fileMode: number;
}

/** node1's device nodes by path, from the one table of its /dev (host/host-devices.ts). */
const HOST_DEVICES: ReadonlyMap<string, HostDevice> = new Map(
  hostDevices().map((d) => [d.path, { type: d.type, major: d.major, minor: d.minor, fileMode: d.fileMode }]),
);

/** The device at a host path, or undefined where the node has none. */
function hostDevice(path: string): HostDevice | undefined {
  return HOST_DEVICES.get(path);
}

/** Every device of the node (--privileged's HostDevices), by path. */
export function allHostDevices(): Array<[string, HostDevice]> {
  return [...HOST_DEVICES];
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
    if (d.type !== 'b') throw systemError(`a block I/O throttle on the character device ${e.Path} is not simulated here; see https://docs.docker.com/engine/reference/run/#block-io-bandwidth-blkio-constraint`);
    return { major: d.major, minor: d.minor, rate: e.Rate };
  });
}
