// A blob as a registry serves it and a content store keeps it: its bytes (JSON documents) or,
// for layers, the files it adds and the sizes and digests that describe it. The schemas check a
// saved tree and give the types (schema/kit.ts).

import { absolutePath, amount, bytes, digest, MAX_TIME_MS, mode, numIn, recordOf, shape, v } from '../schema/kit';

export const LayerFileSchema = shape({
  kind: v.picklist(['file', 'dir', 'symlink']),
  /** File text (small files only) or symlink target. */
  content: v.optional(v.string()),
  mode,
  size: v.optional(amount),
  /**
   * Optional: modification time in seconds since the epoch, as the layer tar recorded it (set
   * for layers read from real archives; `ls -l` in a container may show it). Added by "images".
   */
  mtime: v.optional(numIn(-MAX_TIME_MS / 1000, MAX_TIME_MS / 1000)),
});

/**
 * A blob in the content store. Manifests, indexes and configs hold their real JSON text
 * (`data`), and their digest is the sha256 of it. Layers are too big to hold: they keep their
 * size and the files they add (`files`), and their digest is fixed by the registry catalogue.
 */
export const BlobSchema = shape({
  digest,
  size: bytes,
  mediaType: v.string(),
  /** Exact bytes for JSON blobs (UTF-8 text). Absent for layers. */
  data: v.optional(v.string()),
  /** For layers: the files this layer adds, path → file, and null for a path it deletes (a whiteout). */
  files: v.optional(recordOf(absolutePath, v.nullable(LayerFileSchema))),
  /** For layers: sha256 of the uncompressed tar (the diff ID in the image config). */
  diffId: v.optional(digest),
  /** For layers: uncompressed size, used by snapshot usage. */
  unpackedSize: v.optional(amount),
  /**
   * Optional, for compressed layers: size of the uncompressed tar (the blob `ctr images
   * convert --uncompress` writes). Added by "images".
   */
  uncompressedSize: v.optional(amount),
  /**
   * Optional, for layers read from a real archive: the blob's exact bytes, deflated and
   * base64-encoded (oci/raw-bytes.ts), so an export writes them back unchanged. Catalogue
   * layers have none. Added by "images".
   */
  rawDeflated: v.optional(v.string()),
  /**
   * Optional, for catalogue layers built for a platform: the architecture its binaries are
   * for (the ELF machine), which decides whether node1's kernel can exec them
   * (containerd/snapshots/machine.ts).
   */
  machine: v.optional(v.string()),
});

export type LayerFile = v.InferOutput<typeof LayerFileSchema>;
export type Blob = v.InferOutput<typeof BlobSchema>;

/** A layer's changes split as buildkit's chain keeps them: the files it adds, the paths it deletes. */
export function layerChanges(blob: Blob): { files: Record<string, LayerFile>; deletes: string[] } {
  const files: Record<string, LayerFile> = {};
  const deletes: string[] = [];
  for (const [path, file] of Object.entries(blob.files ?? {})) {
    if (file === null) deletes.push(path);
    else files[path] = file;
  }
  return { files, deletes };
}
