// The few files the kernel and runc put into every container that programs here read: the
// device nodes runc creates in /dev (with its /dev/fd and std* links), and the parts of
// /proc whose content is not machine-specific (the UTS hostname, PID 1's directory).

import type { ContainerFile } from '../../programs/program';
import type { ContainerRecord } from '../metadata/schema';

const DEVICES = ['full', 'null', 'random', 'tty', 'urandom', 'zero'];
const DEV_LINKS: Record<string, string> = {
  fd: '/proc/self/fd',
  ptmx: 'pts/ptmx',
  stderr: '/proc/self/fd/2',
  stdin: '/proc/self/fd/0',
  stdout: '/proc/self/fd/1',
};

/** Where the files go: a container's file view, or a map. */
interface FileSink {
  has(path: string): boolean;
  set(path: string, file: ContainerFile): void;
}

function setDir(files: FileSink, path: string): void {
  if (!files.has(path)) files.set(path, { kind: 'dir', mode: 0o555 });
}

/** Adds /dev nodes and the /proc files programs read (ctr run … cat /proc/sys/kernel/hostname). */
export function addKernelFiles(files: FileSink, container: ContainerRecord, hostHostname: string): void {
  const mounts = container.spec.mounts.map((m) => m.destination);
  if (mounts.includes('/dev')) {
    for (const name of DEVICES) files.set(`/dev/${name}`, { kind: 'file', mode: 0o666, content: '', size: 0 });
    for (const [name, target] of Object.entries(DEV_LINKS)) files.set(`/dev/${name}`, { kind: 'symlink', mode: 0o777, content: target });
  }
  if (mounts.includes('/proc')) {
    const hostname = typeof container.spec.hostname === 'string' ? container.spec.hostname : hostHostname;
    for (const dir of ['/proc/sys', '/proc/sys/kernel', '/proc/1']) setDir(files, dir);
    files.set('/proc/sys/kernel/hostname', { kind: 'file', mode: 0o644, content: `${hostname}\n` });
    const args = container.spec.process.args;
    files.set('/proc/1/cmdline', { kind: 'file', mode: 0o444, content: args.map((a) => `${a}\0`).join('') });
  }
}
