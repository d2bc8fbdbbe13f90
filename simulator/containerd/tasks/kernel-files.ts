// The few files the kernel and runc put into every container that programs here read: the
// device nodes runc creates in /dev (with its /dev/fd and std* links, devpts' ptmx, a
// terminal's console), sysfs's top directories, and the parts of /proc whose content is not
// machine-specific (the UTS hostname, PID 1's directory), and the node's meminfo.

import type { ContainerFile } from '../../programs/program';
import type { ContainerRecord } from '../metadata/schema';
import { inHostPidNamespace } from './host-pid-namespace';
import { procMeminfo } from '../../host/proc-meminfo';
import { PROC_VERSION } from '../../host/kernel';

/** runc's default devices: name → major, minor (the kernel's mem and tty numbers). */
const DEVICES: Record<string, [number, number]> = { full: [1, 7], null: [1, 3], random: [1, 8], tty: [5, 0], urandom: [1, 9], zero: [1, 5] };
/** sysfs's top directories, as a container's /sys lists them. */
const SYS_DIRS = ['block', 'bus', 'class', 'dev', 'devices', 'firmware', 'fs', 'kernel', 'module', 'power'];
/** /sys/fs: the recorded kernel's filesystems with a sysfs directory (cgroup is a mount point). */
const SYS_FS_DIRS = ['bpf', 'btrfs', 'cgroup', 'erofs', 'ext4', 'fuse', 'pstore', 'tmpfs', 'xfs'];
const DEV_LINKS: Record<string, string> = {
  fd: '/proc/self/fd',
  ptmx: 'pts/ptmx',
  stderr: '/proc/self/fd/2',
  stdin: '/proc/self/fd/0',
  stdout: '/proc/self/fd/1',
};

// The same paths and entries for every container, made once (a view is made for every process;
// views replace an entry on a write, never change one, so the frozen entries are shared).
const DEVICE_NODES = Object.entries(DEVICES).map(([name, [major, minor]]) => ({
  path: `/dev/${name}`,
  file: Object.freeze<ContainerFile>({ kind: 'file', mode: 0o666, content: '', size: 0, device: Object.freeze({ major, minor }) }),
}));
const DEVICE_LINKS = Object.entries(DEV_LINKS).map(([name, target]) => ({ path: `/dev/${name}`, file: Object.freeze<ContainerFile>({ kind: 'symlink', mode: 0o777, content: target }) }));
const SYS_PATHS = [...SYS_DIRS.map((name) => `/sys/${name}`), ...SYS_FS_DIRS.map((name) => `/sys/fs/${name}`)];
const CONSOLE = Object.freeze<ContainerFile>({ kind: 'file', mode: 0o620, content: '', size: 0, device: Object.freeze({ major: 136, minor: 0 }), gid: 5 });
const PTMX = Object.freeze<ContainerFile>({ kind: 'file', mode: 0o666, content: '', size: 0, device: Object.freeze({ major: 5, minor: 2 }) });
const DIRS = new Map<number, ContainerFile>([0o555, 0o755].map((mode) => [mode, Object.freeze<ContainerFile>({ kind: 'dir', mode })]));

/** One specs.LinuxDevice. */
interface SpecDevice {
  path: string;
  type: string;
  major: number;
  minor: number;
  fileMode?: number;
  uid?: number;
  gid?: number;
}

/** Where the files go: a container's file view, or a map. */
interface FileSink {
  has(path: string): boolean;
  set(path: string, file: ContainerFile): void;
}

function setDir(files: FileSink, path: string, mode = 0o555): void {
  if (!files.has(path)) files.set(path, DIRS.get(mode) ?? { kind: 'dir', mode });
}

/**
 * Adds /dev nodes and the /proc files programs read (ctr run … cat /proc/sys/kernel/hostname).
 * /proc/1/status and /proc/self/status are `initStatus()` (the init process's), written only
 * when read: the process reading /proc/self/status sees its own (programs/launch.ts).
 */
export function addKernelFiles(files: FileSink, container: ContainerRecord, hostHostname: string, initStatus: () => string, uptime: () => string): void {
  const mounts = container.spec.mounts.map((m) => m.destination);
  if (mounts.includes('/dev')) {
    for (const { path, file } of DEVICE_NODES) files.set(path, file);
    for (const { path, file } of DEVICE_LINKS) files.set(path, file);
    // The spec's linux.devices (--device, --privileged): runc mknods each one. Only character
    // nodes are told apart by ls here (ContainerFile has no block kind), so block ones are left out.
    for (const d of (container.spec.linux as { devices?: SpecDevice[] } | undefined)?.devices ?? []) {
      if (d.type === 'c') files.set(d.path, { kind: 'file', mode: d.fileMode ?? 0o666, content: '', size: 0, device: { major: d.major, minor: d.minor }, ...(d.uid ? { uid: d.uid } : {}), ...(d.gid ? { gid: d.gid } : {}) });
    }
    // With a terminal runc binds the pty's slave over /dev/console: crw--w---- root:tty.
    if (container.spec.process.terminal) files.set('/dev/console', CONSOLE);
  }
  // A fresh devpts instance holds its ptmx (ptmxmode=0666).
  if (mounts.includes('/dev/pts')) files.set('/dev/pts/ptmx', PTMX);
  if (mounts.includes('/sys')) {
    for (const path of SYS_PATHS) setDir(files, path, 0o755);
  }
  if (mounts.includes('/proc')) {
    const hostname = typeof container.spec.hostname === 'string' ? container.spec.hostname : hostHostname;
    for (const dir of ['/proc/sys', '/proc/sys/kernel', '/proc/1', '/proc/self']) setDir(files, dir);
    for (const dir of ['/proc/1', '/proc/self']) {
      const status: ContainerFile = { kind: 'file', mode: 0o444, size: 0 };
      Object.defineProperty(status, 'content', { get: initStatus, enumerable: true });
      files.set(`${dir}/status`, status);
    }
    files.set('/proc/sys/kernel/hostname', { kind: 'file', mode: 0o644, content: `${hostname}\n` });
    files.set('/proc/meminfo', { kind: 'file', mode: 0o444, size: 0, content: procMeminfo() });
    files.set('/proc/version', { kind: 'file', mode: 0o444, size: 0, content: PROC_VERSION });
    // The node's uptime, as of the read (host/boot-time.ts).
    const up: ContainerFile = { kind: 'file', mode: 0o444, size: 0 };
    Object.defineProperty(up, 'content', { get: uptime, enumerable: true });
    files.set('/proc/uptime', up);
    // The spec's linux.sysctl, as runc writes each under /proc/sys before the process starts
    // (`--sysctl net.ipv4.ip_forward=1` reads back 1). Other keys are not simulated: absent.
    const sysctl = (container.spec.linux as { sysctl?: Record<string, string> } | undefined)?.sysctl ?? {};
    for (const [key, value] of Object.entries(sysctl)) {
      const parts = key.split('.');
      for (let i = 1; i < parts.length; i++) setDir(files, `/proc/sys/${parts.slice(0, i).join('/')}`);
      files.set(`/proc/sys/${parts.join('/')}`, { kind: 'file', mode: 0o644, content: `${value}\n` });
    }
    // In the node's PID namespace (--pid host) PID 1 is the node's systemd.
    const args = inHostPidNamespace(container) ? ['/sbin/init'] : container.spec.process.args;
    files.set('/proc/1/cmdline', { kind: 'file', mode: 0o444, content: args.map((a) => `${a}\0`).join('') });
  }
}
