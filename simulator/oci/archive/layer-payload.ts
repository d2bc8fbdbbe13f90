// How a layer blob travels inside an image archive. Catalogue layers are kept as a file list
// plus declared digests and sizes, not as gzip bytes, so an archive carries such a layer as a
// plain tar of its files (readable with `tar xOf x.tar blobs/sha256/… | tar t`) whose PAX
// global header records the layer's identity (`ctrlab.layer.*`). Any other layer bytes (a real
// archive's gzip layer, a tar a user built) are a real layer: read for their files and kept.

import type { Blob, LayerFile } from '../blob';
import { readTarWithGlobals, writeTar, type TarEntry } from '../../host/tar';
import { textToBinary } from '../../host/vfs';
import { digestBinary } from '../digest';
import { gunzipBinary, isGzipBinary, packRaw, rawBytesOf } from '../raw-bytes';
import { layerChangesOf } from './layer-files';

const KEY = 'ctrlab.layer.';

/** The archive bytes (binary string) that stand for layer `blob`. */
export function encodeLayer(blob: Blob): string {
  const entries: TarEntry[] = [];
  for (const path of Object.keys(blob.files ?? {}).sort()) {
    const file = (blob.files ?? {})[path] as LayerFile | null;
    const name = path.replace(/^\/+/, '');
    if (name === '') continue;
    if (file === null) {
      // A deletion travels as its whiteout, an empty `.wh.<name>` beside where it was.
      const cut = name.lastIndexOf('/');
      entries.push({ name: `${name.slice(0, cut + 1)}.wh.${name.slice(cut + 1)}`, kind: 'file', content: '', mode: 0 });
    } else if (file.kind === 'dir') entries.push({ name: `${name}/`, kind: 'dir', mode: file.mode });
    else if (file.kind === 'symlink') entries.push({ name, kind: 'symlink', linkname: file.content ?? '', mode: file.mode });
    else {
      const content = textToBinary(file.content ?? '');
      const entry: TarEntry = { name, kind: 'file', content, mode: file.mode };
      if (file.size !== undefined && file.size !== content.length) entry.pax = { [`${KEY}size`]: String(file.size) };
      entries.push(entry);
    }
  }
  const global: Record<string, string> = {
    [`${KEY}digest`]: blob.digest,
    [`${KEY}size`]: String(blob.size),
    [`${KEY}mediatype`]: blob.mediaType,
  };
  if (blob.diffId) global[`${KEY}diffid`] = blob.diffId;
  if (blob.unpackedSize !== undefined) global[`${KEY}unpacked`] = String(blob.unpackedSize);
  if (blob.uncompressedSize !== undefined) global[`${KEY}uncompressed`] = String(blob.uncompressedSize);
  return writeTar(entries, global);
}

/**
 * A layer blob read back from an archive entry. The simulator's own layer tars carry their
 * identity in the PAX global header; any other bytes are a real layer (gzip or plain tar,
 * `fallbackType` says which media type to assume): its files are read from the tar, its
 * digest and size are those of the bytes, and the bytes are kept for a later export.
 */
export function decodeLayer(bytes: string, fallbackType: string): Blob {
  // A pure function of its input: the same layer bytes (a rebuilt image loaded again, an
  // archive imported twice) are read once. Callers copy the blob before changing it.
  const key = `${fallbackType}\n${bytes}`;
  const hit = decoded.get(key);
  if (hit) return { ...hit };
  const blob = decodeLayerBytes(bytes, fallbackType);
  if (decoded.size >= DECODED_LIMIT) decoded.clear();
  decoded.set(key, blob);
  return { ...blob };
}

const decoded = new Map<string, Blob>();
const DECODED_LIMIT = 32;

function decodeLayerBytes(bytes: string, fallbackType: string): Blob {
  const compressed = isGzipBinary(bytes);
  let tar = bytes;
  if (compressed) {
    try {
      tar = gunzipBinary(bytes);
    } catch {
      tar = '';
    }
  }
  let parsed: ReturnType<typeof readTarWithGlobals> | undefined;
  try {
    parsed = readTarWithGlobals(tar);
  } catch {
    parsed = undefined;
  }
  const declared = (e: TarEntry): number | undefined => {
    const size = e.pax?.[`${KEY}size`];
    return size ? Number(size) : undefined;
  };
  const g = parsed?.global ?? {};
  const digest = g[`${KEY}digest`];
  // The simulator's own layer tars carry no meaningful times (they are written with zero).
  const files = layerChangesOf(parsed?.entries ?? [], declared, !(digest && !compressed));
  if (digest && !compressed) {
    const blob: Blob = { digest, size: Number(g[`${KEY}size`] ?? bytes.length), mediaType: g[`${KEY}mediatype`] ?? fallbackType, files };
    if (g[`${KEY}diffid`]) blob.diffId = g[`${KEY}diffid`];
    if (g[`${KEY}unpacked`]) blob.unpackedSize = Number(g[`${KEY}unpacked`]);
    if (g[`${KEY}uncompressed`]) blob.uncompressedSize = Number(g[`${KEY}uncompressed`]);
    return blob;
  }
  const own = digestBinary(bytes);
  const blob: Blob = { digest: own, size: bytes.length, mediaType: fallbackType, files, diffId: compressed ? digestBinary(tar) : own };
  if (compressed) blob.uncompressedSize = tar.length;
  blob.rawDeflated = packRaw(bytes);
  return blob;
}

/** The bytes an archive (or `ctr content get`) carries for layer `blob`: its own, else a stand-in tar. */
export function layerBytes(blob: Blob): string {
  return rawBytesOf(blob) ?? encodeLayer(blob);
}
