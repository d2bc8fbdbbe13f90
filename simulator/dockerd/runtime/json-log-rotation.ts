// The json-file driver's rotating file (moby v20.10.24 daemon/logger/loggerutils/logfile.go):
// - before each entry, a file that has reached max-size (size >= capacity) is rotated: with
//   max-file >= 2 the oldest `<name>.<max-file - 1>[.gz]` goes, each `.<i>` moves to `.<i+1>`
//   and the file becomes `.1`; the file is then opened again truncated (max-file 1: the log just
//   starts over);
// - with compress, `.1` is gzip'd to `.1.gz` at once (a goroutine on the real daemon);
// - the size counts from the file's size when the logger starts (a restarted container goes on
//   where it was);
// - `docker logs` reads the rotated files oldest first, then the current one.
// Checked on a real dockerd 20.10.24: 100 lines of 115 bytes with max-size=1k and max-file=2
// leave lines 90-98 in `.1` and line 99 in the file, and `docker logs` prints those ten.

import { gunzipSync, gzipSync } from 'fflate';
import type { Rotation } from '../../host/log-rotation';
import * as vfs from '../../host/vfs';
import type { JsonFileSettings } from './json-log-options';

const LOG_MODE = 0o640;

const rotated = (path: string, i: number, compress: boolean) => `${path}.${i}${compress ? '.gz' : ''}`;

function rotate(files: vfs.Files, path: string, settings: JsonFileSettings, nowMs: number): void {
  const { maxFiles, compress } = settings;
  if (maxFiles >= 2) {
    vfs.rm(files, rotated(path, maxFiles - 1, compress), { force: true });
    for (let i = maxFiles - 1; i > 1; i--) {
      const from = rotated(path, i - 1, compress);
      if (vfs.exists(files, from)) vfs.rename(files, from, rotated(path, i, compress), nowMs);
    }
    if (vfs.exists(files, path)) vfs.rename(files, path, `${path}.1`, nowMs);
  }
  vfs.writeFile(files, path, '', { mode: LOG_MODE, mtimeMs: nowMs });
  if (compress && maxFiles >= 2 && vfs.exists(files, `${path}.1`)) {
    const plain = vfs.binaryToBytes(vfs.readFile(files, `${path}.1`));
    vfs.writeFile(files, `${path}.1.gz`, vfs.bytesToBinary(gzipSync(plain, { mtime: nowMs })), { mode: LOG_MODE, mtimeMs: nowMs });
    vfs.rm(files, `${path}.1`, { force: true });
  }
}

/**
 * The writer of one logger's life (a container start): entries go to `path`, rotating as set;
 * `encode` makes the file's bytes of an entry (the local driver's frame, local-log.ts).
 */
export function jsonLogRotation(settings: JsonFileSettings, encode: (entry: string) => string = vfs.textToBinary): Rotation {
  let size: number | undefined;
  return {
    write(files, path, entry, _stream, nowMs) {
      size ??= files[path]?.kind === 'file' ? (files[path]?.content?.length ?? 0) : 0;
      if (settings.capacity !== -1 && size >= settings.capacity) {
        rotate(files, path, settings, nowMs);
        size = 0;
      }
      const bytes = encode(entry);
      vfs.appendFile(files, path, bytes, { mtimeMs: nowMs });
      size += bytes.length;
      return true;
    },
  };
}

/** The text of the rotated files a reader opens (openRotatedFiles), oldest first; a missing one is skipped. */
export function rotatedLogText(files: vfs.Files, path: string, maxFiles: number): string {
  return vfs.binaryToText(rotatedLogBinary(files, path, maxFiles));
}

/** The bytes (the VFS's binary string) of the rotated files, oldest first, gunzip'd. */
export function rotatedLogBinary(files: vfs.Files, path: string, maxFiles: number): string {
  let text = '';
  for (let i = maxFiles - 1; i >= 1; i--) {
    const plain = `${path}.${i}`;
    if (files[plain]?.kind === 'file') text += vfs.readFile(files, plain);
    else if (files[`${plain}.gz`]?.kind === 'file') {
      try {
        text += vfs.bytesToBinary(gunzipSync(vfs.binaryToBytes(vfs.readFile(files, `${plain}.gz`))));
      } catch {
        // a damaged archive (a learner wrote over it): the real reader fails on it; nothing read here
      }
    }
  }
  return text;
}
