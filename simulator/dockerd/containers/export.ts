// GET /containers/{id}/export (moby 20.10 daemon/export.go containerExport): a tar of the
// container's whole root filesystem — image layers, the `-init` layer and its own — read
// through its overlay (overlay2/<mount id>/merged), entries in filepath.Walk's order (names
// without the leading slash, directories ending in `/`). Only a mounted overlay can be read
// here: a container that is not running gives undefined (the client says it is not simulated).

import { overlayFiles } from '../../host/overlay';
import { writeTar, type TarEntry } from '../../host/tar';
import { textToBinary } from '../../host/vfs';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import { findContainer } from './lookup';
import { logContainerEvent } from '../events/event-log';

/** The merged rootfs of a running container (path → file), or undefined. */
function mergedRootfs(node: Node, ref: string): ReturnType<typeof overlayFiles> {
  const record = findContainer(node, ref);
  const mountId = (record as { mountId?: string }).mountId;
  if (mountId === undefined) return undefined;
  return overlayFiles(node, `${DOCKER_ROOT}/overlay2/${mountId}/merged`);
}

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
  const files = mergedRootfs(node, ref);
  if (!files) return undefined;
  logContainerEvent(node, findContainer(node, ref), 'export');
  const entries: TarEntry[] = [];
  for (const path of [...files.keys()].filter((p) => p !== '/').sort(walkOrder)) {
    const f = files.get(path);
    if (!f) continue;
    const name = path.slice(1);
    const mtime = f.mtime ?? 0;
    if (f.kind === 'dir') entries.push({ name: `${name}/`, kind: 'dir', mode: f.mode, mtime });
    else if (f.kind === 'symlink') entries.push({ name, kind: 'symlink', linkname: f.content ?? '', mode: 0o777, mtime });
    else entries.push({ name, kind: 'file', content: textToBinary(f.content ?? ''), mode: f.mode, mtime });
  }
  return writeTar(entries);
}
