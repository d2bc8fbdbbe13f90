// The mount(2) half of `ctr images mount`: the kernel would overlay the snapshot on the
// target directory; the simulator copies the snapshot's merged files into the node's VFS
// under the target and remembers exactly which paths it created, so unmount can take them
// away again (containerd.imageMounts, keyed by target).

import type { Node } from '../../../node';
import type { LayerFile } from '../../../oci/blob';
import { plain } from '../../../errdefs/errdefs';
import { snapshotFiles } from '../../../containerd/snapshots/snapshots';
import { textToBinary } from '../../../host/vfs';

/** Materialises snapshot `key` at `target` (an existing directory). Throws plain ENOENT text. */
export function mountSnapshot(node: Node, ns: string, snapshotter: string, key: string, target: string): void {
  const files = node.state.host.files;
  const dir = files[target];
  if (!dir || dir.kind !== 'dir') throw plain(dir ? 'not a directory' : 'no such file or directory');
  const merged = snapshotFiles(node, ns, snapshotter, key);
  const created: string[] = [];
  const now = node.nowMs();
  for (const path of Object.keys(merged).sort()) {
    const file = merged[path] as LayerFile;
    const host = target === '/' ? path : `${target}${path}`;
    if (!files[host]) created.push(host);
    files[host] =
      file.kind === 'file'
        ? { kind: 'file', content: textToBinary(file.content ?? ''), mode: file.mode, mtimeMs: now }
        : file.kind === 'symlink'
          ? { kind: 'symlink', content: file.content ?? '', mode: 0o777, mtimeMs: now }
          : { kind: 'dir', mode: file.mode, mtimeMs: now };
  }
  const mounts = (node.state.containerd.imageMounts ??= {});
  mounts[target] = { namespace: ns, snapshotter, paths: created };
}

/** umount(2): removes what mountSnapshot created at `target`; a plain directory is untouched. */
export function unmountTarget(node: Node, target: string): void {
  const record = node.state.containerd.imageMounts?.[target];
  if (!record) return;
  const files = node.state.host.files;
  for (const path of [...record.paths].reverse()) delete files[path];
  delete node.state.containerd.imageMounts?.[target];
}
