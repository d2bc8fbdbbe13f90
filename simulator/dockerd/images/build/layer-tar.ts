// A build step's layer as the overlay2 driver's diff would tar it (archive.TarWithOptions of
// the upper dir): entries in path order, a `.wh.<name>` whiteout for a deleted path; its
// sha256 is the diff id, and the bytes are kept so `docker save` writes them back.

import type { LayerFile } from '../../../oci/blob';
import { writeTar, type TarEntry } from '../../../host/tar';
import { textToBinary } from '../../../host/vfs';
import { digestBinary } from '../../../oci/digest';
import { packRaw } from '../../../oci/raw-bytes';

export function stepLayer(files: Record<string, LayerFile | null>, seconds: number): { diffId: string; rawDeflated: string } {
  const entries: TarEntry[] = [];
  for (const path of Object.keys(files).sort()) {
    const file = files[path];
    const name = path.slice(1);
    if (file === null || file === undefined) {
      const at = name.lastIndexOf('/');
      entries.push({ name: `${name.slice(0, at + 1)}.wh.${name.slice(at + 1)}`, kind: 'file', content: '', mode: 0o644, mtime: seconds });
    } else if (file.kind === 'dir') entries.push({ name: `${name}/`, kind: 'dir', mode: file.mode, mtime: file.mtime ?? seconds });
    else if (file.kind === 'symlink') entries.push({ name, kind: 'symlink', linkname: file.content ?? '', mode: file.mode, mtime: file.mtime ?? seconds });
    else {
      const entry: TarEntry = { name, kind: 'file', content: textToBinary(file.content ?? ''), mode: file.mode, mtime: file.mtime ?? seconds };
      if (file.content === undefined && (file.size ?? 0) > 0) entry.pax = { 'ctrlab.layer.size': String(file.size) };
      entries.push(entry);
    }
  }
  const tar = writeTar(entries);
  return { diffId: digestBinary(tar), rawDeflated: packRaw(tar) };
}
