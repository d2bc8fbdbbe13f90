// GET /containers/{id}/export (moby 20.10 daemon/export.go containerExport): a tar of the
// container's whole root filesystem — image layers, the `-init` layer and its own — read
// through its overlay (overlay2/<mount id>/merged), entries in filepath.Walk's order (names
// without the leading slash, directories ending in `/`). A container that is not running has
// its layers mounted for the export, as the daemon mounts them (runtime/mounted-rootfs.ts).

import { overlayFiles } from '../../host/overlay';
import { writeTar, type TarEntry } from '../../host/tar';
import { textToBinary } from '../../host/vfs';
import type { Node } from '../../node';
import { withMountedRootfs } from '../runtime/mounted-rootfs';
import { findContainer } from './lookup';
import { logContainerEvent } from '../events/event-log';

/** filepath.Walk order: a directory's entries sorted, each directory before what is in it. */
function walkOrder(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

export function exportContainer(node: Node, ref: string): string | undefined {
  const record = findContainer(node, ref);
  const files = withMountedRootfs(node, record, (root) => overlayFiles(node, root));
  if (!files) return undefined;
  logContainerEvent(node, record, 'export');
  const entries: TarEntry[] = [];
  for (const path of [...files.keys()].filter((p) => p !== '/').sort(walkOrder)) {
    const f = files.get(path);
    if (!f) continue;
    const name = path.slice(1);
    const mtime = f.mtime ?? 0;
    // archive/tar's FileInfoHeader names the owner from the daemon host's passwd/group: root.
    const owner = { uname: 'root', gname: 'root' };
    if (f.kind === 'dir') entries.push({ name: `${name}/`, kind: 'dir', mode: f.mode, mtime, ...owner });
    else if (f.kind === 'symlink') entries.push({ name, kind: 'symlink', linkname: f.content ?? '', mode: 0o777, mtime, ...owner });
    else entries.push({ name, kind: 'file', content: textToBinary(f.content ?? ''), mode: f.mode, mtime, ...owner });
  }
  return writeTar(entries);
}
