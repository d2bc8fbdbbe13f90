// dockerd's `local` log driver (moby v20.10.24 daemon/logger/local/local.go and config.go), also
// the dual-logging cache of drivers that cannot be read back (loggerutils/cache): each entry is a
// protobuf LogEntry (api/types/plugins/logdriver: 1 source, 2 time_nano, 3 line without its
// newline, 4 partial) framed by its size as a big-endian uint32 before and after, in a file that
// rotates as json-file's does (loggerutils/logfile.go, json-log-rotation.ts). Defaults: max-size
// 20 MiB, max-file 5, compress true. Checked on a real dockerd 20.10.24: `echo a; echo b >&2`
// leaves 58 bytes (two 29-byte frames) in local-logs/container.log.
//
// The node's one log writer (host/json-file-log.ts) cuts and stamps lines as json-file entries;
// this driver re-encodes each such entry as its frame.

import type { Rotation } from '../../host/log-rotation';
import * as vfs from '../../host/vfs';
import { goAtoi, goParseBool } from '../../go/strconv';
import { fromHumanSize } from '../../go/units-size';
import type { JsonFileSettings } from './json-log-options';
import { jsonLogRotation, rotatedLogBinary } from './json-log-rotation';
import type { LogEntry } from './json-log';

/** local's ValidateLogOpt at create: only its own three keys (20.10 has no tag or labels for it). */
export function verifyLocalLogOpts(config: Readonly<Record<string, string>>): void {
  for (const key of Object.keys(config)) if (!['max-file', 'max-size', 'compress'].includes(key)) throw new Error(`unknown log opt '${key}' for log driver local`);
}

/** New and validateConfig at each start; throws with their text. */
export function localSettings(config: Readonly<Record<string, string>>): JsonFileSettings {
  let capacity = 20 * 1024 * 1024;
  let maxFiles = 5;
  let compress = true;
  const size = config['max-size'];
  if (size !== undefined) {
    try {
      capacity = fromHumanSize(size);
    } catch (err) {
      throw new Error(`invalid value for max-size: ${size}: ${(err as Error).message}`);
    }
  }
  const files = config['max-file'];
  if (files !== undefined) {
    try {
      maxFiles = goAtoi(files);
    } catch (err) {
      throw new Error(`invalid value for max-file: ${files}: ${(err as Error).message}`);
    }
  }
  const gz = config.compress;
  if (gz !== undefined) {
    try {
      compress = goParseBool(gz);
    } catch (err) {
      throw new Error(`error reading compress log option: ${(err as Error).message}`);
    }
  }
  if (capacity < 0) throw new Error('max size should be a positive number');
  if (maxFiles < 0) throw new Error('max file count cannot be less than 0');
  if (compress && maxFiles <= 1) throw new Error('compression cannot be enabled when max file count is 1');
  return { capacity, maxFiles, compress };
}

function varint(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function uint32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** RFC3339Nano (`2026-12-06T16:43:13.123456789Z`) as Unix nanoseconds. */
function unixNanos(time: string): bigint {
  const m = /^(.*?)(?:\.(\d{1,9}))?Z$/.exec(time);
  const seconds = BigInt(Math.floor(Date.parse(`${m?.[1] ?? time}Z`) / 1000));
  return seconds * 1_000_000_000n + BigInt((m?.[2] ?? '').padEnd(9, '0') || '0');
}

/** One json-file entry (`{"log":"a\n",…}\n`) as the local driver's frame, in the VFS's binary string. */
export function localFrame(jsonEntry: string): string {
  const entry = JSON.parse(jsonEntry) as LogEntry;
  const line = new TextEncoder().encode(entry.log.endsWith('\n') ? entry.log.slice(0, -1) : entry.log);
  const source = new TextEncoder().encode(entry.stream);
  // proto3 leaves out empty fields: an empty line has no field 3.
  const body = [0x0a, source.length, ...source, 0x10, ...varint(unixNanos(entry.time)), ...(line.length ? [0x1a, ...varint(BigInt(line.length)), ...line] : [])];
  return vfs.bytesToBinary(new Uint8Array([...uint32(body.length), ...body, ...uint32(body.length)]));
}

/** The rotating writer of one logger's life, writing frames. */
export function localLogRotation(settings: JsonFileSettings): Rotation {
  return jsonLogRotation(settings, localFrame);
}

function readVarint(bytes: Uint8Array, at: number): [bigint, number] {
  let value = 0n;
  let shift = 0n;
  let i = at;
  for (; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    value |= BigInt(b & 0x7f) << shift;
    shift += 7n;
    if ((b & 0x80) === 0) return [value, i + 1];
  }
  return [value, i];
}

function goTimeOfNanos(nanos: bigint): string {
  const ms = Number(nanos / 1_000_000n);
  const frac = String(nanos % 1_000_000_000n).padStart(9, '0').replace(/0+$/, '');
  return `${new Date(ms).toISOString().slice(0, 19)}${frac ? `.${frac}` : ''}Z`;
}

/** The entries of frames in `binary`, oldest first; a cut frame at the end ends the reading. */
function decodeFrames(binary: string): LogEntry[] {
  const bytes = vfs.binaryToBytes(binary);
  const out: LogEntry[] = [];
  let at = 0;
  while (at + 8 <= bytes.length) {
    const size = ((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0);
    const end = at + 4 + size;
    if (size < 0 || end + 4 > bytes.length) break;
    let stream = '';
    let nanos = 0n;
    let line: Uint8Array = new Uint8Array();
    let partial = false;
    for (let i = at + 4; i < end; ) {
      const [tag, next] = readVarint(bytes, i);
      i = next;
      const field = Number(tag >> 3n);
      if ((tag & 7n) === 2n) {
        const [len, from] = readVarint(bytes, i);
        const value = bytes.subarray(from, from + Number(len));
        i = from + Number(len);
        if (field === 1) stream = new TextDecoder().decode(value);
        else if (field === 3) line = value;
      } else {
        const [value, after] = readVarint(bytes, i);
        i = after;
        if (field === 2) nanos = value;
        else if (field === 4) partial = value !== 0n;
      }
    }
    out.push({ log: new TextDecoder().decode(line) + (partial ? '' : '\n'), stream: stream === 'stderr' ? 'stderr' : 'stdout', time: goTimeOfNanos(nanos) });
    at = end + 4;
  }
  return out;
}

/** The entries of a local log at `path` and its rotated files (oldest first). */
export function readLocalEntries(files: vfs.Files, path: string, maxFiles: number): LogEntry[] {
  if (files[path]?.kind !== 'file') return [];
  return decodeFrames(rotatedLogBinary(files, path, maxFiles) + vfs.readFile(files, path));
}
