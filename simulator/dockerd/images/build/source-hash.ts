// The hashes the classic builder puts in a COPY/ADD step's comment and cache key (moby v20.10.24
// builder/dockerfile/copy.go calcCopyInfo, internals.go getSourceHashFromInfos): a file's is
// `file:` and its tarsum, the sha256 of its tar header's fields as pkg/tarsum Version1 selects
// them (name, mode, uid, gid, size, typeflag, linkname, uname and gname written empty,
// devmajor, devminor; no mtime) followed by its bytes; a directory's is `dir:` and the sha256 of
// the sorted tarsums of everything below it joined by commas; several sources' `multi:` and the
// sha256 of their hashes in order. The CLI sends the context as root:root
// (TarWithOptions ChownOpts), so its entries hash with uid and gid 0; a stage's files (COPY
// --from, remotecontext.NewLazySource) hash with their own, which the node's layers keep only as
// root's. A layer file stored without its bytes (an image's binaries) hashes its header alone.

import type { LayerFile } from '../../../oci/blob';
import { sha256HexOfBinary } from '../../../host/native-codecs';
import { textToBinary } from '../../../host/vfs';

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/** The binary bytes of a layer file's content (context files hold decoded text). */
function contentBinary(file: LayerFile): string {
  return file.kind === 'file' ? textToBinary(file.content ?? '') : '';
}

/** tarsum Version1 of one entry; `name` without a leading slash (a directory's gets its trailing one here). */
export function entryTarsum(name: string, file: LayerFile): string {
  const data = contentBinary(file);
  const mode = (file.mode ?? 0) & 0o7777;
  const [type, fmt, size, link] =
    file.kind === 'dir' ? ['5', S_IFDIR, 0, ''] : file.kind === 'symlink' ? ['2', S_IFLNK, 0, file.content ?? ''] : ['0', S_IFREG, file.size ?? data.length, ''];
  const fields: Array<[string, string]> = [
    ['name', file.kind === 'dir' ? `${name}/` : name],
    ['mode', String(fmt | mode)],
    ['uid', '0'],
    ['gid', '0'],
    ['size', String(size)],
    ['typeflag', type],
    ['linkname', link],
    ['uname', ''],
    ['gname', ''],
    ['devmajor', '0'],
    ['devminor', '0'],
  ];
  return sha256HexOfBinary(textToBinary(fields.map(([k, v]) => k + v).join('')) + data);
}

/** hashStringSlice: `<prefix>:` and the sha256 of the parts joined by commas. */
export function hashStringSlice(prefix: string, parts: readonly string[]): string {
  return `${prefix}:${sha256HexOfBinary(textToBinary(parts.join(',')))}`;
}

/**
 * The hash of one source: `file:<tarsum>` for a file or symlink, `dir:<…>` for a directory
 * (`rel` '' is the source's root). `files` is keyed by paths relative to the source's root.
 */
export function sourceHash(files: Readonly<Record<string, LayerFile>>, rel: string, file: LayerFile): string {
  if (file.kind !== 'dir') return `file:${entryTarsum(rel, file)}`;
  const prefix = rel === '' ? '' : `${rel}/`;
  const below = Object.entries(files)
    .filter(([p]) => p.startsWith(prefix) && p !== rel)
    .map(([p, f]) => entryTarsum(p, f))
    .sort();
  return hashStringSlice('dir', below);
}

/** getSourceHashFromInfos: one source's hash as it is, several hashed together. */
export function sourcesHash(hashes: readonly string[]): string {
  return hashes.length === 1 ? (hashes[0] ?? '') : hashStringSlice('multi', hashes);
}
