// The node's mount table: mount(2) and umount(2) as far as `ctr images mount` needs them.
// The kernel would overlay a snapshot's layers on the target directory; the simulator copies
// the merged files into the node's VFS under the target and remembers exactly which paths it
// created, so unmount can take them away again. The table is the host's, `host.mounts`, keyed
// by target (saves before version 3 kept it as `containerd.imageMounts`).

import type { Node } from '../node';
import type { MountRecord } from './host-state';
import { plain } from '../errdefs/errdefs';
import { putEntry, textToBinary } from './vfs';

/** One entry of the tree to mount: a file's text, a symlink's target, or a directory. */
export interface MountedEntry {
  kind: 'file' | 'dir' | 'symlink';
  content?: string;
  mode: number;
}

/** Whose mount it is (shown nowhere, kept for the saved table). */
export type MountSource = Omit<MountRecord, 'paths'>;

/**
 * mount(2) of the tree `read` gives (absolute paths inside it) at `target`, an existing
 * directory; the tree is read only once the target is known good. Throws plain `no such file
 * or directory` or `not a directory`.
 */
export function mountTree(node: Node, target: string, read: () => Readonly<Record<string, MountedEntry>>, source: MountSource): void {
  const vfs = node.state.host.files;
  const dir = vfs[target];
  if (!dir || dir.kind !== 'dir') throw plain(dir ? 'not a directory' : 'no such file or directory');
  const files = read();
  const created: string[] = [];
  const now = node.nowMs();
  for (const path of Object.keys(files).sort()) {
    const file = files[path] as MountedEntry;
    const host = target === '/' ? path : `${target}${path}`;
    if (!vfs[host]) created.push(host);
    // putEntry, not an assignment: the VFS's directory index must learn of the new paths, or a
    // listing made earlier (any `ls`) keeps the target looking empty.
    putEntry(
      vfs,
      host,
      file.kind === 'file'
        ? { kind: 'file', content: textToBinary(file.content ?? ''), mode: file.mode, mtimeMs: now }
        : file.kind === 'symlink'
          ? { kind: 'symlink', content: file.content ?? '', mode: 0o777, mtimeMs: now }
          : { kind: 'dir', mode: file.mode, mtimeMs: now },
    );
  }
  const mounts = (node.state.host.mounts ??= {});
  // A mount over a mount stacks: `ctr images unmount` (mount.UnmountAll) takes both away, so the
  // paths the one below created stay in the record.
  const below = mounts[target]?.paths ?? [];
  mounts[target] = { namespace: source.namespace, snapshotter: source.snapshotter, paths: [...below, ...created], ...(source.readOnly ? { readOnly: true } : {}) };
}

/** Whether `path` (normalized, absolute) lies on a read-only mount: a write there fails with EROFS. */
export function onReadOnlyMount(node: Node, path: string): boolean {
  const mounts = node.state.host.mounts;
  if (!mounts) return false;
  for (const [target, record] of Object.entries(mounts)) {
    if (record.readOnly && (path === target || path.startsWith(target === '/' ? '/' : `${target}/`))) return true;
  }
  return false;
}

/** umount(2) of `target`: removes what mountTree created there; a plain directory is untouched. */
export function unmountTarget(node: Node, target: string): void {
  const record = node.state.host.mounts?.[target];
  if (!record) return;
  const vfs = node.state.host.files;
  for (const path of [...record.paths].reverse()) delete vfs[path];
  delete node.state.host.mounts?.[target];
}
