// How a layer blob travels inside an image archive. The simulator keeps a layer as its file
// list plus declared digests and sizes, not as gzip bytes, so an archive carries each layer as
// a plain tar of its files (readable with `tar xOf x.tar blobs/sha256/… | tar t`) whose PAX
// global header records the layer's identity (`ctrlab.layer.*`). A layer tar without that
// header (one a user built with `tar cf`) is taken as an uncompressed layer of its own bytes.

import type { Blob, LayerFile } from '../../metadata/schema';
import { readTarWithGlobals, writeTar, type TarEntry } from '../../../host/tar';
import { binaryBytes, digestBytes } from '../../content/digest';

const KEY = 'ctrlab.layer.';

function textToBinary(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

function binaryToText(binary: string): string {
  return new TextDecoder().decode(binaryBytes(binary));
}

/** The archive bytes (binary string) that stand for layer `blob`. */
export function encodeLayer(blob: Blob): string {
  const entries: TarEntry[] = [];
  for (const path of Object.keys(blob.files ?? {}).sort()) {
    const file = (blob.files ?? {})[path] as LayerFile;
    const name = path.replace(/^\/+/, '');
    if (name === '') continue;
    if (file.kind === 'dir') entries.push({ name: `${name}/`, kind: 'dir', mode: file.mode });
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

/** Layer identity read back from an archive entry; `fallbackType` when the tar has none. */
export function decodeLayer(bytes: string, fallbackType: string): Blob {
  let parsed: ReturnType<typeof readTarWithGlobals> | undefined;
  try {
    parsed = readTarWithGlobals(bytes);
  } catch {
    parsed = undefined;
  }
  const files: Record<string, LayerFile> = {};
  for (const e of parsed?.entries ?? []) {
    const path = `/${e.name.replace(/^\.?\/+/, '').replace(/\/+$/, '')}`;
    if (path === '/') continue;
    if (e.kind === 'dir') files[path] = { kind: 'dir', mode: e.mode };
    else if (e.kind === 'symlink') files[path] = { kind: 'symlink', content: e.linkname ?? '', mode: e.mode };
    else {
      const content = binaryToText(e.content ?? '');
      const declared = e.pax?.[`${KEY}size`];
      files[path] = { kind: 'file', content, mode: e.mode, size: declared ? Number(declared) : (e.content ?? '').length };
    }
  }
  const g = parsed?.global ?? {};
  const digest = g[`${KEY}digest`];
  if (digest) {
    const blob: Blob = { digest, size: Number(g[`${KEY}size`] ?? bytes.length), mediaType: g[`${KEY}mediatype`] ?? fallbackType, files };
    if (g[`${KEY}diffid`]) blob.diffId = g[`${KEY}diffid`];
    if (g[`${KEY}unpacked`]) blob.unpackedSize = Number(g[`${KEY}unpacked`]);
    if (g[`${KEY}uncompressed`]) blob.uncompressedSize = Number(g[`${KEY}uncompressed`]);
    return blob;
  }
  const own = digestBytes(binaryBytes(bytes));
  return { digest: own, size: bytes.length, mediaType: fallbackType, files, diffId: own };
}
