// An overlay mount on the node (mount -t overlay -o lowerdir=…,upperdir=…,workdir=… overlay
// <target>), as dockerd's overlay2 graph driver makes one per running container at
// /var/lib/docker/overlay2/<mount id>/merged. Nothing is copied: the target is a read-through
// view of the dirs (overlay-view.ts), the upper dir first, then each lower dir top first
// (mount's lowerdir order).
// A write lands in the upper dir; a deletion of a lower path leaves a whiteout there. The kernel
// marks a whiteout with a 0/0 character device, which the node's files cannot hold, so it is an
// empty `.wh.<name>` file — the form a layer tar carries it in (OCI image-spec layer.md).
//
// The mount table entry (host.mounts[target].overlay) is what a reader of the target (the
// container runtime, spec.root.path) resolves the view from.

import type { Node } from '../node';
import type { MountSource } from './mounts';
import { overlayView, WHITEOUT_PREFIX, type OverlayFile } from './overlay-view';
import { isVfsError, mkdir, rm, symlink, textToBinary, writeFile } from './vfs';

// What the view shows and how a layer marks a deletion are overlay-view.ts's; the writers
// below and the image layer code use them from here.
export { WHITEOUT_PREFIX, type OverlayFile } from './overlay-view';

export interface OverlayDirs {
  /** Lower dirs, top first (lowerdir=a:b: a covers b). */
  lowerdirs: string[];
  upperdir: string;
  workdir: string;
}

/** mount(2) of an overlay at `target` (made if missing). Throws plain errors as mountTree does. */
export function mountOverlay(node: Node, target: string, dirs: OverlayDirs, source: MountSource): void {
  const files = node.state.host.files;
  mkdir(files, target, { parents: true, mode: 0o755, mtimeMs: node.nowMs() });
  mkdir(files, dirs.upperdir, { parents: true, mode: 0o755, mtimeMs: node.nowMs() });
  mkdir(files, dirs.workdir, { parents: true, mode: 0o700, mtimeMs: node.nowMs() });
  const mounts = (node.state.host.mounts ??= {});
  mounts[target] = { namespace: source.namespace, snapshotter: source.snapshotter, paths: [], overlay: { lowerdirs: [...dirs.lowerdirs], upperdir: dirs.upperdir, workdir: dirs.workdir } };
}

/** umount(2) of an overlay, and the empty mount point removed (overlay2's Put). */
export function unmountOverlay(node: Node, target: string): void {
  if (!node.state.host.mounts?.[target]?.overlay) return;
  delete node.state.host.mounts[target];
  rm(node.state.host.files, target, { recursive: true, force: true, mtimeMs: node.nowMs() });
}

/** The overlay mounted at `target`, if one is. */
export function overlayAt(node: Node, target: string): OverlayDirs | undefined {
  return node.state.host.mounts?.[target]?.overlay;
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The merged tree at `target` (absolute paths inside it, "/" included), read now; undefined when
 * no overlay is mounted there.
 */
export function overlayFiles(node: Node, target: string): Map<string, OverlayFile> | undefined {
  const dirs = overlayAt(node, target);
  if (!dirs) return undefined;
  const view = overlayView(node.state.host.files, dirs);
  const merged = new Map<string, OverlayFile>();
  for (const path of view.keys()) merged.set(path, view.get(path) as OverlayFile);
  return merged;
}

/**
 * Copies up the directories above `path` that the upper dir lacks, each with the mode the
 * topmost lower dir gives it (a write under /tmp keeps its drwxrwxrwt), as overlayfs does.
 */
function copyUpParents(node: Node, dirs: OverlayDirs, path: string): void {
  const files = node.state.host.files;
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const dir = `/${parts.slice(0, i).join('/')}`;
    if (files[`${dirs.upperdir}${dir}`]) continue;
    const lower = dirs.lowerdirs.map((d) => files[`${d}${dir}`]).find((e) => e !== undefined);
    if (lower?.kind !== 'dir') return;
    mkdir(files, `${dirs.upperdir}${dir}`, { parents: true, mode: lower.mode, mtimeMs: node.nowMs() });
  }
}

/** Writes `file` at `path` of the view: into the upper dir, its parents copied up. False when the node refuses. */
export function overlayWrite(node: Node, target: string, path: string, file: OverlayFile): boolean {
  const dirs = overlayAt(node, target);
  if (!dirs) return false;
  const files = node.state.host.files;
  const host = `${dirs.upperdir}${path}`;
  const at = { mtimeMs: node.nowMs(), parents: true, mode: file.mode };
  try {
    rm(files, `${dirs.upperdir}${parentOf(path) === '/' ? '' : parentOf(path)}/${WHITEOUT_PREFIX}${baseOf(path)}`, { force: true });
    copyUpParents(node, dirs, path);
    mkdir(files, parentOf(host), { parents: true, mtimeMs: node.nowMs() });
    if (file.kind === 'dir') mkdir(files, host, at);
    else if (file.kind === 'symlink') {
      rm(files, host, { force: true });
      symlink(files, file.content ?? '', host, at);
    } else writeFile(files, host, textToBinary(file.content ?? ''), at);
    return true;
  } catch (err) {
    if (!isVfsError(err)) throw err;
    return false;
  }
}

/** Deletes `path` from the view: gone from the upper dir, and a whiteout when a lower dir has it. */
export function overlayRemove(node: Node, target: string, path: string): boolean {
  const dirs = overlayAt(node, target);
  if (!dirs || path === '/') return false;
  const files = node.state.host.files;
  rm(files, `${dirs.upperdir}${path}`, { recursive: true, force: true });
  const inLower = dirs.lowerdirs.some((d) => files[`${d}${path}`] !== undefined);
  if (inLower) {
    const dir = parentOf(path);
    mkdir(files, `${dirs.upperdir}${dir === '/' ? '' : dir}`, { parents: true, mtimeMs: node.nowMs() });
    writeFile(files, `${dirs.upperdir}${dir === '/' ? '' : dir}/${WHITEOUT_PREFIX}${baseOf(path)}`, '', { mode: 0, mtimeMs: node.nowMs() });
  }
  return true;
}
