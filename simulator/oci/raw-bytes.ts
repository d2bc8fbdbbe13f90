// The exact bytes of a blob that came from a real archive (a layer built by real tools), kept
// so that exporting it again writes the same bytes and digests. They are stored deflated and
// base64-encoded: plain JSON text that survives localStorage, about as big as the gzip layer
// itself and half the size of an uncompressed layer tar. Binary strings carry one byte per char.

import { deflateSync } from 'fflate';
import { binaryToBytes, bytesToBinary, gunzipBinaryString, inflateRaw } from '../host/native-codecs';
import type { Blob } from './blob';

/** True when the bytes start with the gzip magic (1f 8b), as compression.DetectCompression sees it. */
export function isGzipBinary(binary: string): boolean {
  return binary.charCodeAt(0) === 0x1f && binary.charCodeAt(1) === 0x8b;
}

/** The decompressed bytes of a gzip stream. Throws for a stream that cannot be read. */
export function gunzipBinary(binary: string): string {
  return gunzipBinaryString(binary);
}

/**
 * What Blob.rawDeflated holds for `binary`. Bytes that are gzip already would not shrink, so
 * they go in stored deflate blocks (level 0) instead of being compressed a second time.
 */
export function packRaw(binary: string): string {
  return btoa(bytesToBinary(deflateSync(binaryToBytes(binary), { level: isGzipBinary(binary) ? 0 : 6 })));
}

/** The bytes packRaw packed. */
export function unpackRaw(packed: string): string {
  return bytesToBinary(inflateRaw(binaryToBytes(atob(packed))));
}

/** The exact bytes of `blob` when it has them (a real archive's layer), else undefined. */
export function rawBytesOf(blob: Blob): string | undefined {
  return blob.rawDeflated === undefined ? undefined : unpackRaw(blob.rawDeflated);
}
