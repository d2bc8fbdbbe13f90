// Content addressing: a digest is "sha256:" + the hex sha256 of a blob's bytes. JSON blobs
// (indexes, manifests, configs) are hashed for real, so `ctr content get` prints text whose
// sha256 is the digest it was asked for.

import { binaryToBytes, sha256Hex, sha256HexOfBinary } from '../host/native-codecs';

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

const utf8 = new TextEncoder();

/** The bytes of a text blob: UTF-8, as containerd stores the JSON it wrote. */
function textBytes(text: string): Uint8Array {
  return utf8.encode(text);
}

/** Bytes of a binary string (one char per byte, as the VFS stores files). */
export function binaryBytes(data: string): Uint8Array {
  return binaryToBytes(data);
}

/** "sha256:<hex>" of raw bytes. */
export function digestBytes(bytes: Uint8Array): string {
  return `sha256:${sha256Hex(bytes)}`;
}

/** "sha256:<hex>" of a binary string's bytes (a layer, an archive member). */
export function digestBinary(data: string): string {
  return `sha256:${sha256HexOfBinary(data)}`;
}

/** "sha256:<hex>" of a text (UTF-8). */
export function digestText(text: string): string {
  return digestBytes(textBytes(text));
}

/** Byte length of a text in UTF-8 (a JSON blob's descriptor size). */
export function textSize(text: string): number {
  return textBytes(text).length;
}

/** True for a well-formed sha256 digest (go-digest's Validate for the one algorithm used). */
export function isDigest(value: string): boolean {
  return DIGEST_RE.test(value);
}

/**
 * go-digest's Validate: undefined when valid, else its error text (`invalid checksum digest
 * format`, `invalid checksum digest length`, `unsupported digest algorithm`).
 */
export function digestError(value: string): string | undefined {
  // The one algorithm every digest here uses, well formed: nothing to report.
  if (DIGEST_RE.test(value)) return undefined;
  const i = value.indexOf(':');
  if (i <= 0 || i + 1 === value.length) return 'invalid checksum digest format';
  const algorithm = value.slice(0, i);
  const encoded = value.slice(i + 1);
  const known: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
  const length = known[algorithm];
  if (length === undefined) {
    return /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(value)
      ? 'unsupported digest algorithm'
      : 'invalid checksum digest format';
  }
  if (encoded.length !== length) return 'invalid checksum digest length';
  return /^[a-f0-9]+$/.test(encoded) ? undefined : 'invalid checksum digest format';
}
