// A container's /proc/mounts as the kernel prints it after runc set the container up (runc 1.1
// libcontainer/rootfs_linux.go), measured on the oracle's real containerd 1.6.20 node: the
// rootfs overlay (lowerdir, upperdir, workdir; ro with --read-only), then the spec's mounts in
// order with the options the kernel shows for them (cgroup is not listed there), then the
// readonly paths and the masked paths that exist in the node's /proc and /sys — a directory
// masked by a read-only tmpfs, a file by the /dev tmpfs's null. A cgroup mount (dockerd's spec
// has one, ctr's default spec none) is cgroup v1's: a tmpfs holding one cgroupfs per hierarchy.
// A bind mount of a node path shows the filesystem it is on, the recorded node's root disk
// (measured with the real dockerd 20.10.24: /etc/resolv.conf, /etc/hostname, /etc/hosts, named
// volumes); one of /proc, /sys or /dev is left out (their filesystems are not modelled). A
// docker container's root is the overlay dockerd mounted on the node, its lower dirs named
// through overlay2's short links (overlay2/l/<id>, which the host model keeps resolved).

import type { Node } from '../../node';
import { overlayAt } from '../../host/overlay';
import { readFile } from '../../host/vfs';
import type { ContainerRecord, OciSpec } from '../metadata/schema';
import { PROC_ENTRIES } from '../../programs/proc-pids';
import type { Mount } from '../snapshots/snapshot-types';
import { isBindMount } from './runc-checks';
import { HIERARCHIES as CGROUP_HIERARCHIES } from './cgroup-files';

type SpecMount = OciSpec['mounts'][number];

/** The VFS flags the kernel prints first, in its order (fs/proc_namespace.c show_mnt_opts). */
const FLAG_OPTIONS = ['nosuid', 'nodev', 'noexec'];
/** The superblock options each filesystem shows, in its own order, and their defaults. */
const FS_OPTIONS: Record<string, readonly string[]> = {
  tmpfs: ['size', 'nr_inodes', 'mode', 'uid', 'gid'],
  devpts: ['gid', 'mode', 'ptmxmode'],
};
const DEFAULTS: Record<string, string> = { 'tmpfs:mode': '1777', 'devpts:mode': '600', 'devpts:ptmxmode': '000' };

/** How a tmpfs size= reads back: whole pages, in k (mm/shmem.c shmem_show_options). */
function sizeText(value: string): string {
  const m = /^(\d+)([kmg]?)$/i.exec(value);
  if (!m) return value;
  const bytes = Number(m[1]) * ({ '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1);
  return `${Math.ceil(bytes / 4096) * 4}k`;
}

function optionsText(type: string, options: readonly string[]): string {
  const flags = [options.includes('ro') ? 'ro' : 'rw', ...FLAG_OPTIONS.filter((f) => options.includes(f))];
  if (!options.includes('strictatime') && !options.includes('noatime')) flags.push('relatime');
  else if (options.includes('noatime')) flags.push('noatime');
  const values = new Map(options.filter((o) => o.includes('=')).map((o) => [o.slice(0, o.indexOf('=')), o.slice(o.indexOf('=') + 1)]));
  for (const key of FS_OPTIONS[type] ?? []) {
    let value = values.get(key);
    if (value === undefined) continue;
    if (key === 'size') value = sizeText(value);
    if (key === 'mode' || key === 'ptmxmode') value = Number.parseInt(value, 8).toString(8).padStart(3, '0');
    if (DEFAULTS[`${type}:${key}`] === value) continue;
    flags.push(`${key}=${value}`);
  }
  return flags.join(',');
}

/** The recorded node's root filesystem, as the kernel lists a bind mount of a path on it. */
const NODE_DISK = { device: '/dev/vda', type: 'ext4', options: 'relatime,discard,resv_strict,resuid=65534,resgid=65534' };

/** The lines a spec mount makes: a cgroup v1 mount its tmpfs and hierarchies, a bind its disk's line. */
function mountLines(m: SpecMount): string[] {
  const options = m.options ?? [];
  const ro = options.includes('ro') ? 'ro' : 'rw';
  if (m.type === 'cgroup') {
    const flags = ['nosuid', 'nodev', 'noexec'].filter((f) => options.includes(f)).join(',');
    return [
      `tmpfs ${m.destination} tmpfs rw,${flags},relatime,mode=755 0 0`,
      ...CGROUP_HIERARCHIES.map((h) => `cgroup ${m.destination}/${h.replace(/^name=/, '')} cgroup ${ro},${flags},relatime,${h} 0 0`),
    ];
  }
  if (m.type === 'bind' || isBindMount(m)) {
    if (/^\/(proc|sys|dev)(\/|$)/.test(m.source ?? '')) return [];
    return [`${NODE_DISK.device} ${m.destination} ${NODE_DISK.type} ${ro},${NODE_DISK.options} 0 0`];
  }
  return [`${m.source ?? ''} ${m.destination} ${m.type ?? ''} ${optionsText(m.type ?? '', options)} 0 0`];
}

function exists(path: string): boolean {
  if (path === '/sys/firmware') return true;
  const m = /^\/proc\/([^/]+)$/.exec(path);
  return !!m && PROC_ENTRIES.includes(m[1] ?? '');
}

/** A lower dir as the mount data named it: an overlay2 layer's diff through its short link. */
function mountedLowerDir(node: Node, dir: string): string {
  const m = /^(.*\/overlay2)\/([^/]+)\/diff$/.exec(dir);
  if (!m) return dir;
  try {
    return `${m[1]}/l/${readFile(node.state.host.files, `${m[1]}/${m[2]}/link`)}`;
  } catch {
    return dir;
  }
}

/** The overlay mounted on the node at `target` (a docker container's root) as a mount list. */
export function overlayRootMounts(node: Node, target: string): Mount[] {
  const dirs = overlayAt(node, target);
  if (!dirs) return [];
  const lowers = dirs.lowerdirs.map((d) => mountedLowerDir(node, d)).join(':');
  return [{ type: 'overlay', source: 'overlay', options: [`lowerdir=${lowers}`, `upperdir=${dirs.upperdir}`, `workdir=${dirs.workdir}`] }];
}

/** /proc/mounts, or undefined when the root is not an overlay this model can name. */
export function procMounts(container: ContainerRecord, rootMounts: readonly Mount[]): string | undefined {
  const root = rootMounts[0];
  if (rootMounts.length !== 1 || root?.type !== 'overlay') return undefined;
  const option = (name: string) => root.options.find((o) => o.startsWith(`${name}=`));
  const readOnly = container.spec.root?.readonly === true;
  const rootOptions = [readOnly ? 'ro' : 'rw', 'relatime', option('lowerdir'), option('upperdir'), option('workdir')].filter(Boolean).join(',');
  const lines = [`overlay / overlay ${rootOptions} 0 0`];
  const devTmpfs = container.spec.mounts.find((m: SpecMount) => m.destination === '/dev');
  for (const m of container.spec.mounts) lines.push(...mountLines(m));
  const linux = (container.spec.linux ?? {}) as { readonlyPaths?: string[]; maskedPaths?: string[] };
  for (const path of linux.readonlyPaths ?? []) {
    if (exists(path) && path.startsWith('/proc/')) lines.push(`proc ${path} proc ro,nosuid,nodev,noexec,relatime 0 0`);
  }
  for (const path of linux.maskedPaths ?? []) {
    if (!exists(path)) continue;
    const dir = path === '/proc/acpi' || path === '/proc/scsi' || path === '/sys/firmware';
    if (dir) lines.push(`tmpfs ${path} tmpfs ro,relatime 0 0`);
    else if (devTmpfs) lines.push(`tmpfs ${path} tmpfs ${optionsText('tmpfs', devTmpfs.options ?? [])} 0 0`);
  }
  return `${lines.join('\n')}\n`;
}
