// The exact bytes of a blob that came from a real archive (a layer built by real tools), kept
// so that exporting it again writes the same bytes and digests. They are stored deflated and
// base64-encoded: plain JSON text that survives localStorage, about as big as the gzip layer
// itself and half the size of an uncompressed layer tar. Binary strings carry one byte per char.

import { deflateSync, gunzipSync, inflateSync } from 'fflate';
import type { Blob } from '../metadata/schema';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBytes(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

function toBinary(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
  return parts.join('');
}

function base64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    parts.push(
      (ALPHABET[(n >> 18) & 63] ?? '') +
        (ALPHABET[(n >> 12) & 63] ?? '') +
        (left > 1 ? (ALPHABET[(n >> 6) & 63] ?? '') : '=') +
        (left > 2 ? (ALPHABET[n & 63] ?? '') : '='),
    );
  }
  return parts.join('');
}

function unbase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    acc = (acc << 6) | ALPHABET.indexOf(clean[i] ?? 'A');
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** True when the bytes start with the gzip magic (1f 8b), as compression.DetectCompression sees it. */
export function isGzipBinary(binary: string): boolean {
  return binary.charCodeAt(0) === 0x1f && binary.charCodeAt(1) === 0x8b;
}

/** The decompressed bytes of a gzip stream. Throws (fflate's error) for a corrupt stream. */
export function gunzipBinary(binary: string): string {
  return toBinary(gunzipSync(toBytes(binary)));
}

/** What Blob.rawDeflated holds for `binary`. */
export function packRaw(binary: string): string {
  return base64(deflateSync(toBytes(binary), { level: 6 }));
}

/** The bytes packRaw packed. */
export function unpackRaw(packed: string): string {
  return toBinary(inflateSync(unbase64(packed)));
}

/** The exact bytes of `blob` when it has them (a real archive's layer), else undefined. */
export function rawBytesOf(blob: Blob): string | undefined {
  return blob.rawDeflated === undefined ? undefined : unpackRaw(blob.rawDeflated);
}
