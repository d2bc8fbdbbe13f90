// The node's byte codecs: sha256, inflate (gzip and zlib streams) and the conversions between
// bytes and binary strings (one char per byte, as the VFS and the content store keep bytes).
// Pure TypeScript always works (@noble/hashes, fflate, plain loops); a platform that does them
// natively registers its own (Node's crypto, zlib and Buffer; a browser's WebCrypto and
// DecompressionStream), and every caller gets the native speed with the very same results.
//
// The simulator cannot import a platform's modules itself (it runs in both), so natives are
// injected: the Node entry points call registerNativeCodecs() with scripts/node-codecs.ts, the
// web app with web-codecs.ts. Synchronous natives serve every call. Asynchronous ones (all a
// browser has) cannot serve a synchronous call, so an async command first asks for the results
// it will need (withPrecomputed), then does its synchronous work, which finds them ready.

import { sha256 as pureSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { gunzipSync as pureGunzip, inflateSync as pureInflateRaw } from 'fflate';

/** What a platform does natively. Every member is optional; what is missing stays pure. */
export interface NativeCodecs {
  /** Shown by tests and the bench ("node", "web"). */
  readonly name: string;
  sha256?(bytes: Uint8Array): Uint8Array;
  /** Inflates a raw deflate stream (no header); throws if it is corrupt or cut short. */
  inflateRaw?(bytes: Uint8Array): Uint8Array;
  /** Bytes → binary string and back (Latin-1 as the identity on 0–255). */
  bytesToBinary?(bytes: Uint8Array): string;
  binaryToBytes?(binary: string): Uint8Array;
  sha256Async?(bytes: Uint8Array): Promise<Uint8Array>;
  inflateRawAsync?(bytes: Uint8Array): Promise<Uint8Array>;
}

let natives: NativeCodecs = { name: 'pure' };

/** Makes `codecs` the platform's natives (undefined: pure TypeScript only). */
export function registerNativeCodecs(codecs: NativeCodecs | undefined): void {
  natives = codecs ?? { name: 'pure' };
}

/** The registered natives (named "pure", with no members, when none are). */
export function nativeCodecs(): NativeCodecs {
  return natives;
}

// ---- bytes and binary strings

/** The binary string of `bytes`, one char per byte. */
export function bytesToBinary(bytes: Uint8Array): string {
  if (natives.bytesToBinary) return natives.bytesToBinary(bytes);
  // fromCharCode.apply over a typed array chunk; a spread (`...chunk`) is ten times slower.
  const parts: string[] = [];
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/** The bytes of a binary string (each char's low byte). */
export function binaryToBytes(binary: string): Uint8Array {
  if (natives.binaryToBytes) return natives.binaryToBytes(binary);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

// ---- sha256

/** Results an async command computed ahead of its synchronous work (see withPrecomputed). */
const precomputed = new Map<string, { sha256Hex: string; gunzipped?: string }>();

/** The hex sha256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(natives.sha256 ? natives.sha256(bytes) : pureSha256(bytes));
}

/** The hex sha256 of a binary string's bytes. */
export function sha256HexOfBinary(binary: string): string {
  return precomputed.get(binary)?.sha256Hex ?? sha256Hex(binaryToBytes(binary));
}

// ---- inflate

/** Where fflate's gunzip finds the deflate stream: after the header, fields included. */
function gzipBodyStart(d: Uint8Array): number | undefined {
  if (d[0] !== 31 || d[1] !== 139 || d[2] !== 8) return undefined;
  const flags = d[3] ?? 0;
  let start = 10;
  if (flags & 4) start += ((d[10] ?? 0) | ((d[11] ?? 0) << 8)) + 2;
  for (let zeros = ((flags >> 3) & 1) + ((flags >> 4) & 1); zeros > 0; ) if (!d[start++]) zeros--;
  start += flags & 2;
  return start + 8 <= d.length ? start : undefined;
}

/**
 * fflate's answer from a native raw inflate of the body: fflate sizes its output by the
 * trailer's ISIZE (the last four bytes), so a longer stream is cut there. With a CRC or ISIZE
 * that do not match, or data after the stream, both give the same bytes; a stream the native
 * refuses goes to fflate itself, whose error (or lenient answer) stays what it always was.
 */
function gunzipFrom(d: Uint8Array, inflated: Uint8Array): Uint8Array {
  const n = d.length;
  const isize = ((d[n - 4] ?? 0) | ((d[n - 3] ?? 0) << 8) | ((d[n - 2] ?? 0) << 16) | ((d[n - 1] ?? 0) << 24)) >>> 0;
  return inflated.length > isize ? inflated.subarray(0, isize) : inflated;
}

/** The decompressed bytes of a gzip stream, exactly as fflate's gunzipSync gives them. */
export function gunzip(bytes: Uint8Array): Uint8Array {
  const start = natives.inflateRaw ? gzipBodyStart(bytes) : undefined;
  if (natives.inflateRaw && start !== undefined) {
    let inflated: Uint8Array | undefined;
    try {
      inflated = natives.inflateRaw(bytes.subarray(start, bytes.length - 8));
    } catch {
      inflated = undefined;
    }
    if (inflated) return gunzipFrom(bytes, inflated);
  }
  return pureGunzip(bytes);
}

/** gunzip of a binary string, as a binary string. Throws for a stream fflate cannot read. */
export function gunzipBinaryString(binary: string): string {
  return precomputed.get(binary)?.gunzipped ?? bytesToBinary(gunzip(binaryToBytes(binary)));
}

/** The bytes of a raw deflate stream, as fflate's inflateSync gives them. */
export function inflateRaw(bytes: Uint8Array): Uint8Array {
  if (natives.inflateRaw) {
    try {
      return natives.inflateRaw(bytes);
    } catch {
      // fflate decides what a stream the native refuses gives.
    }
  }
  return pureInflateRaw(bytes);
}

// ---- ahead of synchronous work

/** A large binary worth a native's time (small ones are quicker in place). */
const WORTH_PRECOMPUTING = 64 * 1024;

/**
 * Runs `work` (synchronous) with the sha256 of each large binary `inputs()` names, and for a
 * gzip one its gunzipped bytes and their sha256, computed beforehand by the asynchronous
 * natives. Without them (pure TypeScript, or synchronous natives that serve every call) it
 * just runs, and `inputs` is never called. The results live only while `work` runs.
 */
export async function withPrecomputed<T>(inputs: () => readonly string[], work: () => T): Promise<T> {
  const { sha256Async, inflateRawAsync } = natives;
  if (!sha256Async || natives.sha256) return work();
  const large = inputs().filter((b) => b.length >= WORTH_PRECOMPUTING && !precomputed.has(b));
  if (large.length === 0) return work();
  const hex = async (b: string) => bytesToHex(await sha256Async(binaryToBytes(b)));
  const added: string[] = [];
  try {
    for (const binary of large) {
      const bytes = binaryToBytes(binary);
      let gunzipped: string | undefined;
      const start = inflateRawAsync && !natives.inflateRaw ? gzipBodyStart(bytes) : undefined;
      if (inflateRawAsync && start !== undefined) {
        const inflated = await inflateRawAsync(bytes.subarray(start, bytes.length - 8)).catch(() => undefined);
        if (inflated) gunzipped = bytesToBinary(gunzipFrom(bytes, inflated));
      }
      precomputed.set(binary, { sha256Hex: bytesToHex(await sha256Async(bytes)), gunzipped });
      added.push(binary);
      if (gunzipped !== undefined && !precomputed.has(gunzipped)) {
        precomputed.set(gunzipped, { sha256Hex: await hex(gunzipped) });
        added.push(gunzipped);
      }
    }
    return work();
  } finally {
    for (const binary of added) precomputed.delete(binary);
  }
}
