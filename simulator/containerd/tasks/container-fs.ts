// The root filesystem a container's processes see: the merged snapshot (image layers plus
// the container's own upper dir), the mount points runc creates for the spec's mounts, and
// bind mounts of host paths (`--mount type=bind,src=/root,dst=/data`, --net-host's
// /etc/hosts). Host files are read from the node's VFS at the moment of reading.

import type { Node } from '../../node';
import { binaryToText, isVfsError, mkdir, rm, symlink, textToBinary, writeFile } from '../../host/vfs';
import { followLinks, type ContainerFile, type ContainerFs, type PathStat, type StatusSubject } from '../../programs/program';
import type { ContainerRecord } from '../metadata/schema';
import { snapshotView } from '../snapshots/snapshots';
import { LayeredFiles } from '../snapshots/layered-files';
import { addKernelFiles } from './kernel-files';
import { procUptimeText } from '../../host/boot-time';
import { overlayRootMounts, procMounts } from './proc-mounts';
import { snapshotMounts } from '../snapshots/mounts';
import { utsHostname } from './uts-namespace';
import { procStatusText } from './proc-status';
import type { CgroupResources } from './cgroup-resources';
import { addProcCgroupFiles, cgroupMount, underCgroupMount } from './cgroup-files';
import { canWrite, removeThrough, scheduleContainerChange, writeThrough } from './container-writes';
import { isBindMount } from './runc-checks';
import { overlayRemove, overlayWrite } from '../../host/overlay';
import { overlayLayer } from './overlay-layer';
import { overlayDirMerged } from '../../host/overlay-merged';

function bytewise(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The mode a tmpfs mount's root gets: its mode= option (octal), else 01777. */
function tmpfsMode(options: readonly string[]): number {
  const given = options.find((o) => o.startsWith('mode='))?.slice(5);
  return given !== undefined && /^[0-7]+$/.test(given) ? Number.parseInt(given, 8) : 0o1777;
}

/**
 * The mode of a mounted filesystem's root: a tmpfs takes its mode= (the kernel's default is
 * 1777: /dev/shm is drwxrwxrwt), proc and sysfs are dr-xr-xr-x, mqueue drwxrwxrwt.
 */
function mountRootMode(type: string | undefined, options: readonly string[]): number {
  if (type === 'tmpfs') return tmpfsMode(options);
  if (type === 'proc' || type === 'sysfs') return 0o555;
  if (type === 'mqueue') return 0o1777;
  return 0o755;
}

/** What stat(2) reports as the filesystem of a mount of `type` at `path` (its destination `dst`). */
function mountFs(type: string | undefined, path: string, dst: string): PathStat['fs'] {
  // runc mounts cgroup v1 as a tmpfs holding one cgroupfs per hierarchy.
  if (type === 'cgroup') return path === dst ? 'tmpfs' : 'cgroup';
  if (type === 'tmpfs' || type === 'mqueue') return 'tmpfs';
  if (type === 'proc' || type === 'sysfs' || type === 'devpts') return type;
  return 'disk';
}

export function containerFs(node: Node, ns: string, container: ContainerRecord): ContainerFs {
  // The image's files are shared with every container of it; what this process sees beyond
  // them (mount points, kernel files, its own writes) is kept in the view's top layer.
  let merged: LayeredFiles<ContainerFile> = new LayeredFiles(new Map());
  // A container without a snapshot (dockerd's: WithSpec only) has its root where spec.root.path
  // says, an overlay its owner mounted on the node (host/overlay.ts); its writes go to that
  // overlay's upper dir at once.
  const overlayRoot = container.snapshotKey === '' && container.spec.root?.path ? container.spec.root.path : undefined;
  const overlay = overlayRoot !== undefined ? overlayLayer(node, overlayRoot) : undefined;
  // `ctr run --rootfs DIR`: a plain directory of the node is the root, read and written there.
  const hostRoot = overlayRoot?.startsWith('/') && !overlay ? overlayRoot : undefined;
  if (overlay) merged = new LayeredFiles(overlay);
  else if (hostRoot === undefined) {
    try {
      merged = snapshotView(node, ns, container.snapshotter, container.snapshotKey);
    } catch {
      // The snapshot was removed under the container (possible on a real node too): empty root.
    }
  }
  merged.set('/', { kind: 'dir', mode: 0o755 });
  const binds: Array<{ dst: string; src: string }> = [];
  // Whether each mount is a bind, parsed once: statAt asks for every entry `ls -l` lists.
  const bindMounts = new Set(container.spec.mounts.filter((m) => isBindMount(m)));
  for (const m of container.spec.mounts) {
    const bind = bindMounts.has(m);
    // runc creates every mount point it needs, parents included.
    const parts = m.destination.split('/').filter(Boolean);
    let p = '';
    for (let i = 1; i <= parts.length; i++) {
      p += `/${parts[i - 1]}`;
      if (!merged.has(p)) merged.set(p, { kind: i === parts.length && bind && !isHostDir(node, m.source) ? 'file' : 'dir', mode: 0o755 });
    }
    if (bind) binds.push({ dst: m.destination, src: m.source });
    else {
      // A filesystem mounted there covers what the image has below its mount point (dockerd's
      // init layer's /dev/console is not seen under the /dev tmpfs).
      merged.delete(m.destination);
      merged.set(m.destination, { kind: 'dir', mode: mountRootMode(m.type, m.options ?? []) });
    }
  }
  const statusOf = (who: StatusSubject) => procStatusText(container, who, cpusetOf(node, ns, container));
  addKernelFiles(merged, container, utsHostname(node, ns, container), () => statusOf(initSubject(container)), () => procUptimeText(node));
  if (container.spec.mounts.some((m) => m.destination === '/proc') && (container.snapshotKey !== '' || overlay)) {
    let mounts: string | undefined;
    try {
      const root = overlay && overlayRoot !== undefined ? overlayRootMounts(node, overlayRoot) : snapshotMounts(node, ns, container.snapshotter, container.snapshotKey);
      mounts = procMounts(container, root);
    } catch {
      // The snapshot was removed under the container: no root this model can name.
    }
    if (mounts !== undefined) merged.set('/proc/mounts', { kind: 'file', mode: 0o444, size: 0, content: mounts });
  }
  addProcCgroupFiles(merged, ns, container);
  const cgroups = cgroupMount(node, ns, container);
  const hostFiles = node.state.host.files;
  const fromHost = (path: string): { hostPath: string } | undefined => {
    // The last matching bind wins, as later mounts cover earlier ones.
    for (let i = binds.length - 1; i >= 0; i--) {
      const b = binds[i];
      if (!b) continue;
      if (path === b.dst || path.startsWith(`${b.dst}/`)) return { hostPath: b.src + path.slice(b.dst.length) };
    }
    if (hostRoot === undefined || covering.some((m) => !bindMounts.has(m) && (path === m.destination || path.startsWith(`${m.destination}/`)))) return undefined;
    // The kernel files runc provides (/etc/hostname is not one for ctr) stay the view's own.
    if (path !== '/' && merged.has(path) && !hostFiles[`${hostRoot === '/' ? '' : hostRoot}${path}`]) return undefined;
    return { hostPath: path === '/' ? hostRoot : `${hostRoot === '/' ? '' : hostRoot}${path}` };
  };
  // The mount that holds a path is the last one whose destination covers it.
  const covering = [...container.spec.mounts].reverse();
  const mountPoints = new Set(container.spec.mounts.map((m) => m.destination.replace(/(.)\/+$/, '$1')));
  const isMountPoint = (path: string) => mountPoints.has(path);
  const mountPointList = [...mountPoints];
  const readOnlyAt = (path: string): boolean => {
    const m = covering.find((x) => path === x.destination || path.startsWith(`${x.destination}/`));
    if (!m) return container.spec.root?.readonly === true;
    return (m.options ?? []).includes('ro');
  };
  const removeFromSnapshot = removeThrough(node, ns, container, (p) => merged.get(p));
  // A change made later in the process's life reaches the snapshot at its moment (a timer);
  // the process itself already sees it in `merged`.
  const later = (atMs: number | undefined) => atMs !== undefined && atMs > node.nowMs();
  const fs: ContainerFs = {
    readOnlyAt,
    mountPoints: () => mountPointList,
    statusOf,
    mountOf(path) {
      const m = covering.find((x) => path === x.destination || path.startsWith(`${x.destination}/`));
      return m ? { destination: m.destination, type: m.type ?? '', source: m.source ?? '', options: m.options ?? [] } : undefined;
    },
    statAt(path) {
      const m = covering.find((x) => path === x.destination || path.startsWith(`${x.destination}/`));
      if (m) return { fs: bindMounts.has(m) ? 'disk' : mountFs(m.type, path, m.destination) };
      // The root's overlay: dockerd's overlay2 mount tells which layers hold a directory; a
      // snapshot's root is merged at least at "/" (the upper dir over the image's layers).
      if (overlayRoot !== undefined) return { fs: 'disk', merged: overlayDirMerged(node, overlayRoot, path) };
      return { fs: 'disk', merged: path === '/' };
    },
    write(given, file, atMs) {
      const path = throughLinkedDirs(fs, given);
      if (readOnlyAt(path)) return false;
      // Under a bind mount (a volume: registry:2's /var/lib/registry) the write is the host's.
      const bound = fromHost(path);
      if (bound) return writeHostFile(node, bound.hostPath, file);
      if (overlay && overlayRoot !== undefined) {
        if (!overlayWrite(node, overlayRoot, path, file)) return false;
      } else if (later(atMs)) {
        if (!canWrite(node, ns, container)) return false;
        scheduleContainerChange(node, ns, container.id, atMs as number, { path, file });
      } else if (!writeThrough(node, ns, container, path, file, (p) => merged.get(p))) return false;
      const parts = path.split('/').filter(Boolean);
      for (let i = 1; i < parts.length; i++) {
        const dir = `/${parts.slice(0, i).join('/')}`;
        if (!merged.has(dir)) merged.set(dir, { kind: 'dir', mode: 0o755 });
      }
      merged.set(path, file);
      return true;
    },
    remove(given, atMs) {
      const path = throughLinkedDirs(fs, given);
      // A mount point cannot be unlinked (EBUSY): the bind's source on the host stays.
      if (readOnlyAt(path) || isMountPoint(path)) return false;
      const boundRemove = fromHost(path);
      if (boundRemove) {
        rm(node.state.host.files, boundRemove.hostPath, { recursive: true, force: true, mtimeMs: node.nowMs() });
        return true;
      }
      if (overlay && overlayRoot !== undefined) {
        if (!overlayRemove(node, overlayRoot, path)) return false;
      } else if (later(atMs)) {
        if (!canWrite(node, ns, container)) return false;
        scheduleContainerChange(node, ns, container.id, atMs as number, { path });
      } else if (!removeFromSnapshot(path)) return false;
      merged.delete(path);
      return true;
    },
    lookup(path) {
      const bound = fromHost(path);
      if (bound) {
        const e = hostFiles[bound.hostPath];
        if (!e) return undefined;
        // The host keeps bytes; the programs in a container read text, as layer files hold it.
        const content = e.kind === 'file' && e.content !== undefined ? binaryToText(e.content) : e.content;
        return { kind: e.kind, content, mode: e.mode, size: e.content?.length };
      }
      if (cgroups && underCgroupMount(path)) {
        const found = cgroups.lookup(path);
        // runc's tmpfs that holds the hierarchies is mounted read-only: dr-xr-xr-x.
        return found && path === CGROUP_ROOT ? { ...found, mode: 0o555 } : found;
      }
      return merged.get(path);
    },
    list(path) {
      const bound = fromHost(path);
      if (bound) {
        if (hostFiles[bound.hostPath]?.kind !== 'dir') return undefined;
        const prefix = bound.hostPath === '/' ? '/' : `${bound.hostPath}/`;
        return Object.keys(hostFiles)
          .filter((p) => p.startsWith(prefix) && p.length > prefix.length && !p.slice(prefix.length).includes('/'))
          .map((p) => p.slice(prefix.length))
          .sort(bytewise);
      }
      if (cgroups && underCgroupMount(path)) return cgroups.list(path);
      if (merged.get(path)?.kind !== 'dir') return undefined;
      return merged.children(path).sort(bytewise);
    },
  };
  return fs;
}

/**
 * `path` with a symlinked directory among its parents replaced by where it leads, as the kernel
 * resolves a path's directories for open(O_CREAT), mkdir or unlink (the last name itself stays:
 * a write creates it, a remove unlinks the link). `ln -s /tmp/real /tmp/via; touch /tmp/via/f`
 * makes /tmp/real/f.
 */
function throughLinkedDirs(fs: ContainerFs, path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash <= 0) return path;
  const parent = path.slice(0, slash);
  const dir = followLinks(fs, parent);
  if (!dir || dir.file.kind !== 'dir' || dir.path === parent) return path;
  return `${dir.path === '/' ? '' : dir.path}${path.slice(slash)}`;
}

const CGROUP_ROOT = '/sys/fs/cgroup';

/** The cpuset of the task's cgroup now (a live `docker update --cpuset-cpus` included), else the spec's. */
function cpusetOf(node: Node, ns: string, container: ContainerRecord): { cpus?: string; mems?: string } {
  const live = node.state.containerd.namespaces[ns]?.tasks[container.id]?.resources as CgroupResources | undefined;
  const spec = (container.spec.linux as { resources?: CgroupResources } | undefined)?.resources;
  return (live ?? spec)?.cpu ?? {};
}

/** The init process as another process of the container sees it: PID 1, asleep, the spec's user. */
function initSubject(container: ContainerRecord): StatusSubject {
  const file = container.spec.process.args[0] ?? '';
  const user = container.spec.process.user;
  return { comm: file.slice(file.lastIndexOf('/') + 1), pid: 1, ppid: 0, sid: 1, running: false, user: user ?? { uid: 0, gid: 0, additionalGids: [0] } };
}

function isHostDir(node: Node, path: string): boolean {
  return node.state.host.files[path]?.kind !== 'file';
}

/** Writes a process's file into a bind-mounted host directory (the node keeps bytes). */
function writeHostFile(node: Node, hostPath: string, file: ContainerFile): boolean {
  const files = node.state.host.files;
  const options = { mode: file.mode, mtimeMs: node.nowMs(), parents: true };
  try {
    const parent = hostPath.slice(0, hostPath.lastIndexOf('/')) || '/';
    mkdir(files, parent, { parents: true, mtimeMs: node.nowMs() });
    if (file.kind === 'dir') mkdir(files, hostPath, options);
    else if (file.kind === 'symlink') symlink(files, file.content ?? '', hostPath, options);
    else writeFile(files, hostPath, textToBinary(file.content ?? ''), options);
    return true;
  } catch (err) {
    if (!isVfsError(err)) throw err;
    return false;
  }
}
