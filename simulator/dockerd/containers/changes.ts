// GET /containers/{id}/changes (moby 20.10 daemon/changes.go ContainerChanges over the overlay2
// driver's Changes, pkg/archive/changes.go): what the container's read-write layer holds — its
// upper dir, overlay2/<mount id>/diff — against the layers below it (the `-init` layer and the
// image's): a whiteout is D, an entry the lower layers have is C (a directory a change was made
// in is copied up, so it shows as C), any other A. Sorted by path. The init layer's own files
// (/etc/hosts, /dev, /proc, …) are never reported, as on a real node where they sit below the
// upper dir. Works on a stopped container too: the upper dir stays until `docker rm`.
// Checked on a private real dockerd 20.10.24: `touch /tmp/x; mkdir -p /root/a/b; echo hi >
// /root/a/b/f; rm /bin/ls; echo x >> /etc/group` gives C /bin, D /bin/ls, C /etc, C /etc/group,
// C /root, A /root/a, A /root/a/b, A /root/a/b/f, C /tmp, A /tmp/x.

import { WHITEOUT_PREFIX } from '../../host/overlay';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import { imageLayers, mergedFiles } from '../images/layers';
import type { DockerContainerRecord } from '../store/container-record';
import { findContainer } from './lookup';

export interface ContainerChange {
  /** 0 modified, 1 added, 2 deleted (archive.ChangeType). */
  Kind: 0 | 1 | 2;
  Path: string;
}

/** What moby's initlayer and setupInitLayer put below the container's own layer. */
const INIT_PATHS = ['/dev', '/dev/pts', '/dev/shm', '/dev/console', '/proc', '/sys', '/.dockerenv', '/etc/resolv.conf', '/etc/hosts', '/etc/hostname', '/etc/mtab'];

function parentOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

/**
 * SizeRw (moby daemon/changes.go getSize, overlay2 DiffSize over directory.Size): what the
 * container's upper dir holds, every entry but directories by its Lstat size (a whiteout is an
 * empty file); 0 before the layer exists.
 */
export function rwLayerSize(node: Node, record: DockerContainerRecord): number {
  const mountId = (record as { mountId?: string }).mountId;
  if (mountId === undefined) return 0;
  const upper = `${DOCKER_ROOT}/overlay2/${mountId}/diff/`;
  let size = 0;
  for (const [path, e] of Object.entries(node.state.host.files)) {
    if (!path.startsWith(upper) || !e) continue;
    if (e.kind === 'file') size += e.size ?? (e.content ?? '').length;
    else if (e.kind === 'symlink') size += new TextEncoder().encode(e.content ?? '').length;
  }
  return size;
}

export function containerChanges(node: Node, ref: string): ContainerChange[] {
  const record = findContainer(node, ref);
  const mountId = (record as { mountId?: string }).mountId;
  if (mountId === undefined) return [];
  const files = node.state.host.files;
  const upper = `${DOCKER_ROOT}/overlay2/${mountId}/diff`;
  const init = `${DOCKER_ROOT}/overlay2/${mountId}-init/diff`;
  const lower = mergedFiles(node, imageLayers(node, record.imageId));
  const inLower = (path: string) => Object.hasOwn(lower, path) || files[`${init}${path}`] !== undefined || INIT_PATHS.some((p) => p === path || p.startsWith(`${path}/`));
  const changes = new Map<string, ContainerChange['Kind']>();
  for (const hostPath of Object.keys(files)) {
    if (!hostPath.startsWith(`${upper}/`)) continue;
    const path = hostPath.slice(upper.length);
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (base.startsWith(WHITEOUT_PREFIX)) {
      const parent = parentOf(path);
      changes.set(`${parent === '/' ? '' : parent}/${base.slice(WHITEOUT_PREFIX.length)}`, 2);
      continue;
    }
    if (INIT_PATHS.includes(path)) continue;
    changes.set(path, inLower(path) ? 0 : 1);
  }
  // Directories that only lead to the init layer's files are not changes of the container's.
  for (const [path, kind] of [...changes]) {
    if (kind !== 0 || !INIT_PATHS.some((p) => p.startsWith(`${path}/`))) continue;
    const below = [...changes.keys()].some((p) => p.startsWith(`${path}/`));
    if (!below) changes.delete(path);
  }
  return [...changes]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([Path, Kind]) => ({ Kind, Path }));
}
