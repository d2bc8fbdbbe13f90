// A step's diff as the layer blob buildkit's exporter writes (containerd's archive.WriteDiff,
// then gzip): a tar of the changed entries in path order, whiteouts (`.wh.<name>`) for
// deletions, file times as the step left them; the gzip stream's digest is the blob's, the
// tar's the diff ID. The bytes are real, so an export and `ctr content get` give them back.

import { gzipSync } from 'fflate';
import type { Blob } from '../../oci/blob';
import { writeTar, type TarEntry } from '../../host/tar';
import { binaryToBytes, bytesToBinary, textToBinary } from '../../host/vfs';
import { decodeLayer } from '../../oci/archive/layer-payload';
import { MEDIA_TYPE } from '../../oci/media-types';
import { parentOf } from './rootfs';
import type { StepDiff } from './overlay-fs';

/** Binaries are kept by size only: their tar entry carries the size as the simulator's layers do. */
const DECLARED_SIZE = 'ctrlab.layer.size';

/** The layer blob of `diff`; `stepSeconds` stamps entries that carry no time of their own. */
export function layerBlob(diff: StepDiff, stepSeconds: number): Blob {
  const rows: Array<[string, TarEntry]> = [];
  for (const [path, file] of Object.entries(diff.files)) {
    const name = path.slice(1);
    const mtime = file.mtime ?? stepSeconds;
    if (file.kind === 'dir') rows.push([path, { name: `${name}/`, kind: 'dir', mode: file.mode, mtime }]);
    else if (file.kind === 'symlink') rows.push([path, { name, kind: 'symlink', linkname: file.content ?? '', mode: file.mode, mtime }]);
    else {
      const content = file.content === undefined ? '' : textToBinary(file.content);
      const entry: TarEntry = { name, kind: 'file', content, mode: file.mode, mtime };
      if (file.content === undefined && (file.size ?? 0) > 0) entry.pax = { [DECLARED_SIZE]: String(file.size) };
      rows.push([path, entry]);
    }
  }
  for (const gone of diff.deletes) {
    const parent = parentOf(gone);
    const wh = `${parent === '/' ? '' : parent.slice(1) + '/'}.wh.${gone.slice(parent.length + (parent === '/' ? 0 : 1))}`;
    rows.push([`/${wh}`, { name: wh, kind: 'file', content: '', mode: 0, mtime: stepSeconds }]);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const tar = writeTar(rows.map((r) => r[1]));
  const gz = bytesToBinary(gzipSync(binaryToBytes(tar), { level: 6, mtime: 0 }));
  return decodeLayer(gz, MEDIA_TYPE.dockerLayerGzip);
}
