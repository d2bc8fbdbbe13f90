// go-logrotate v0.1.2 (fahedouch/go-logrotate logrotate.go), the writer nerdctl v0.22.2's
// json-file logger puts under its encoder when --log-opt max-size is given
// (pkg/logging/json_logger.go): MaxBytes from max-size, MaxBackups = max-file - 1.
// - Each JSON entry is one Write. At the first Write the logger opens the file, rotating at
//   once when size + entry >= MaxBytes; later a Write that would make it > MaxBytes rotates.
// - Rotating renames the file to `<name>.<n>`, n counting 1, 2, … from this logger's start (a
//   restarted container's logger starts again at 1 and replaces an older `.1`), stamps the
//   backup's mtime, and opens a new empty file with the old one's mode.
// - The mill (at open and after each rotation) keeps the MaxBackups newest backups and removes
//   the rest; MaxBackups 0 (max-file=1, the default) keeps every backup.
// - An entry longer than MaxBytes fails its Write (`write length … exceeds maximum file size`):
//   the encoder of that stream stops, and nothing more of that stream is logged.

import type { Files } from './vfs';
import * as vfs from './vfs';

export interface RotationOptions {
  maxBytes: number;
  maxBackups: number;
}

export interface Rotation {
  /** Appends one entry of `stream`; false when that stream's encoder has stopped. */
  write(files: Files, path: string, entry: string, stream: string, nowMs: number): boolean;
}

function backupsOf(files: Files, path: string): Array<{ path: string; n: number; mtimeMs: number }> {
  const dir = vfs.dirname(path);
  const base = vfs.basename(path);
  let names: string[];
  try {
    names = vfs.readdir(files, dir);
  } catch {
    return [];
  }
  const out: Array<{ path: string; n: number; mtimeMs: number }> = [];
  for (const name of names) {
    if (!name.startsWith(`${base}.`) || !/^\d+$/.test(name.slice(base.length + 1))) continue;
    const full = `${dir}/${name}`;
    out.push({ path: full, n: Number(name.slice(base.length + 1)), mtimeMs: files[full]?.mtimeMs ?? 0 });
  }
  return out;
}

export function logRotation(options: RotationOptions): Rotation {
  let order = 0;
  let opened = false;
  const stopped = new Set<string>();

  const mill = (files: Files, path: string) => {
    if (options.maxBackups <= 0) return;
    // Newest first (the backups' birth times follow their rotations), the rest removed.
    const sorted = backupsOf(files, path).sort((a, b) => b.mtimeMs - a.mtimeMs || b.n - a.n);
    for (const old of sorted.slice(options.maxBackups)) vfs.rm(files, old.path, { force: true });
  };

  const rotate = (files: Files, path: string, nowMs: number) => {
    const mode = files[path]?.mode ?? 0o600;
    if (files[path]) {
      order += 1;
      const backup = `${path}.${order}`;
      vfs.rename(files, path, backup, nowMs);
      const entry = files[backup];
      if (entry) entry.mtimeMs = nowMs;
    }
    vfs.writeFile(files, path, '', { mode, mtimeMs: nowMs });
    mill(files, path);
  };

  return {
    write(files, path, entry, stream, nowMs) {
      if (stopped.has(stream)) return false;
      const length = vfs.textToBinary(entry).length;
      if (length > options.maxBytes) {
        stopped.add(stream);
        return false;
      }
      const size = () => (files[path]?.kind === 'file' ? (files[path]?.content?.length ?? 0) : 0);
      if (!opened) {
        opened = true;
        mill(files, path);
        if (!files[path] || size() + length >= options.maxBytes) rotate(files, path, nowMs);
      } else if (size() + length > options.maxBytes) {
        rotate(files, path, nowMs);
      }
      vfs.appendFile(files, path, vfs.textToBinary(entry), { mtimeMs: nowMs });
      return true;
    },
  };
}
