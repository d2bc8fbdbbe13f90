// A blob as a registry serves it and a content store keeps it: its bytes (JSON documents) or,
// for layers, the files it adds and the sizes and digests that describe it.

/**
 * A blob in the content store. Manifests, indexes and configs hold their real JSON text
 * (`data`), and their digest is the sha256 of it. Layers are too big to hold: they keep their
 * size and the files they add (`files`), and their digest is fixed by the registry catalogue.
 */
export interface Blob {
  digest: string;
  size: number;
  mediaType: string;
  /** Exact bytes for JSON blobs (UTF-8 text). Absent for layers. */
  data?: string;
  /** For layers: the files this layer adds, path → file. */
  files?: Record<string, LayerFile>;
  /** For layers: sha256 of the uncompressed tar (the diff ID in the image config). */
  diffId?: string;
  /** For layers: uncompressed size, used by snapshot usage. */
  unpackedSize?: number;
  /**
   * Optional, for compressed layers: size of the uncompressed tar (the blob `ctr images
   * convert --uncompress` writes). Added by "images".
   */
  uncompressedSize?: number;
  /**
   * Optional, for layers read from a real archive: the blob's exact bytes, deflated and
   * base64-encoded (content/raw-bytes.ts), so an export writes them back unchanged. Catalogue
   * layers have none. Added by "images".
   */
  rawDeflated?: string;
}

export interface LayerFile {
  kind: 'file' | 'dir' | 'symlink';
  /** File text (small files only) or symlink target. */
  content?: string;
  mode: number;
  size?: number;
  /**
   * Optional: modification time in seconds since the epoch, as the layer tar recorded it (set
   * for layers read from real archives; `ls -l` in a container may show it). Added by "images".
   */
  mtime?: number;
}
