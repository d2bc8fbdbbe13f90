// What busybox ls -l shows of an entry beyond its name, as stat(2) reports it in a container:
// link counts (2 + subdirectories, 1 for a directory overlayfs merges), sizes by filesystem
// (a disk directory 4096, a tmpfs one 40 + 20 an entry, proc/sysfs/cgroupfs/devpts 0), the
// blocks `total` adds up, and a device node's major, minor in the size column.

import { modeString } from '../host/mode-string';
import { resolvePath, type ContainerFile, type ContainerFs, type PathStat } from './program';

/** tmpfs counts a directory's size in bogus dirent sizes: 2 for . and .., 1 an entry. */
const TMPFS_DIRENT = 20;
const DISK_DIR_SIZE = 4096;

export interface EntryStat {
  mode: string;
  nlink: number;
  /** The size column's text (a byte count, or `major, minor`). */
  size: number;
  device?: { major: number; minor: number };
  /** 1K blocks, for `total`. */
  blocks: number;
}

function statOf(fs: ContainerFs, path: string): PathStat {
  return fs.statAt?.(path) ?? { fs: 'disk' };
}

/** A symlink shows lrwxrwxrwx whatever its own mode, as Linux reports it; a device `c`. */
function modeColumn(file: ContainerFile): string {
  if (file.kind === 'symlink') return modeString('l', 0o777);
  if (file.device) return `c${modeString('-', file.mode).slice(1)}`;
  return modeString(file.kind === 'dir' ? 'd' : '-', file.mode);
}

export function entryStat(fs: ContainerFs, path: string, file: ContainerFile): EntryStat {
  const where = statOf(fs, path);
  const mode = modeColumn(file);
  if (file.kind === 'dir') {
    const names = fs.list(path) ?? [];
    const subdirs = names.filter((n) => fs.lookup(resolvePath(path, n))?.kind === 'dir').length;
    const nlink = where.merged ? 1 : 2 + subdirs;
    if (where.fs === 'disk') return { mode, nlink, size: DISK_DIR_SIZE, blocks: DISK_DIR_SIZE / 1024 };
    if (where.fs === 'tmpfs') return { mode, nlink, size: TMPFS_DIRENT * (names.length + 2), blocks: 0 };
    return { mode, nlink, size: 0, blocks: 0 };
  }
  if (file.kind === 'symlink') return { mode, nlink: 1, size: (file.content ?? '').length, blocks: 0 };
  if (file.device) return { mode, nlink: 1, size: 0, device: file.device, blocks: 0 };
  const size = file.size ?? (file.content ?? '').length;
  // Disk and tmpfs files take whole 4K pages; the kernel's virtual files none.
  const blocks = where.fs === 'disk' || where.fs === 'tmpfs' ? Math.ceil(size / 4096) * 4 : 0;
  return { mode, nlink: 1, size, blocks };
}

/** busybox's make_human_readable_str(size, 1, 0): bytes below 1K, else one decimal and a unit. */
export function humanSize(bytes: number): string {
  if (bytes === 0) return '0';
  let val = bytes;
  let frac = 0;
  let unit = 0;
  while (val >= 1024) {
    frac = Math.floor((((val % 1024) * 10) + 512) / 1024);
    val = Math.floor(val / 1024);
    unit++;
  }
  if (unit === 0) return String(val);
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  return `${val}.${frac}${' KMGTPE'[unit]}`;
}
