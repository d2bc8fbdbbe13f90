// What ADD finds in a local source that is an archive (moby v20.10.24 builder/dockerfile/copy.go
// isArchivePath: archive.DecompressStream then one tar header read): a tar, gzipped or not, is
// unpacked into the destination; anything else is copied as the file it is.

import type { LayerFile } from '../../../oci/blob';
import { gunzipBinaryString } from '../../../host/native-codecs';
import { readTar } from '../../../host/tar';
import { binaryToText, textToBinary } from '../../../host/vfs';

/** The archive's entries by path relative to where it unpacks, or undefined when `file` is no archive. */
export function archiveEntries(file: LayerFile): Record<string, LayerFile> | undefined {
  if (file.kind !== 'file' || file.content === undefined) return undefined;
  let bytes = textToBinary(file.content);
  try {
    if (bytes.startsWith('\x1f\x8b')) bytes = gunzipBinaryString(bytes);
    const entries = readTar(bytes);
    if (entries.length === 0) return undefined;
    const out: Record<string, LayerFile> = {};
    for (const e of entries) {
      const name = e.name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
      if (name === '' || name === '.') continue;
      const mode = e.mode & 0o7777;
      if (e.kind === 'dir') out[name] = { kind: 'dir', mode };
      else if (e.kind === 'symlink') out[name] = { kind: 'symlink', mode: 0o777, content: e.linkname ?? '' };
      else if (e.kind === 'file' || e.kind === 'hardlink') {
        const content = e.kind === 'file' ? (e.content ?? '') : (entries.find((x) => x.name === e.linkname)?.content ?? '');
        out[name] = { kind: 'file', mode, size: content.length, content: binaryToText(content) };
      }
    }
    return out;
  } catch {
    return undefined;
  }
}
