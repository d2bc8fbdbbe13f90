// just-bash's IFileSystem over the node's own files (host/vfs.ts), so whatever the shell
// writes lives in NodeState and is persisted, reset and seen by ctr alike.

import { type BufferEncoding, type ByteString, type FileContent, type FsStat, type IFileSystem, unsafeBytesFromLatin1 } from 'just-bash';
import type { VfsEntry } from '../host/host-state';
import * as vfs from '../host/vfs';
import { apparentSize } from '../host/releases/index';
import { TERMINAL_DEVICE } from './loop-stream';
import type { Node } from '../node';
import { onReadOnlyMount } from '../host/mounts';
import { LIBRARY_BUILTINS } from './node-commands';

function toBinary(content: FileContent, encoding?: string): string {
  if (typeof content !== 'string') return vfs.bytesToBinary(content);
  if (encoding === 'binary' || encoding === 'latin1') return content;
  return vfs.textToBinary(content);
}

function encodingOf(options?: { encoding?: BufferEncoding | null } | BufferEncoding): string | undefined {
  if (typeof options === 'string') return options;
  return options?.encoding ?? undefined;
}

/** Node-style errors: just-bash commands print `cat: x: No such file or directory` from these. */
function asFsError(err: unknown): Error {
  if (!vfs.isVfsError(err)) return err instanceof Error ? err : new Error(String(err));
  const text: Record<string, string> = {
    ENOENT: 'no such file or directory',
    ENOTDIR: 'not a directory',
    EISDIR: 'illegal operation on a directory',
    EEXIST: 'file already exists',
    ENOTEMPTY: 'directory not empty',
    ELOOP: 'too many symbolic links encountered',
    EINVAL: 'invalid argument',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
  };
  const e = new Error(`${err.code}: ${text[err.code] ?? err.code}, ${err.syscall} '${err.path}'`) as Error & {
    code: string;
  };
  e.code = err.code;
  return e;
}

const STRERROR: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
};

/**
 * bash's message for a file system error that escaped the shell (a redirection target it could
 * not open), with the path as relative to `cwd` as the user likely typed it; undefined for
 * anything else.
 */
export function redirectionError(err: unknown, cwd: string): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' ? STRERROR[code] : undefined;
  const path = err instanceof Error ? /, (?:open|write) '([^']*)'$/.exec(err.message)?.[1] : undefined;
  if (!text || path === undefined) return undefined;
  const shown = path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
  return `bash: ${shown}: ${text}\n`;
}

function guard<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (err) {
    return Promise.reject(asFsError(err));
  }
}

/**
 * `identity` is the entry's physical path: just-bash's cp refuses to overwrite a file unless
 * it can tell that source and target are different files.
 */
function toStat(entry: VfsEntry, identity: string): FsStat {
  return {
    identity,
    isFile: entry.kind === 'file',
    isDirectory: entry.kind === 'dir',
    isSymbolicLink: entry.kind === 'symlink',
    mode: entry.mode,
    // A release binary's stand-in shows its real size (host/releases/apparent-size.ts).
    size: entry.kind === 'dir' ? 4096 : apparentSize(entry),
    mtime: new Date(entry.mtimeMs),
  };
}

/** Where the shell finds its commands (just-bash resolves a name only in these two). */
const BIN_DIRS = ['/bin', '/usr/bin'];

/**
 * What one read of /dev/zero gives. The shell library reads a file whole, and a real /dev/zero
 * never ends, so a read stops here and says so (`head -c N /dev/zero` is answered in full by
 * head itself, commands/gnu-messages.ts).
 */
export const ZERO_READ_BYTES = 1024 * 1024;
export const ZERO_READ_NOTE = 'ctrlab: a read of /dev/zero stops after 1 MiB here (a real /dev/zero never ends)\n';

export class NodeFileSystem implements IFileSystem {
  /**
   * @param programs names of every command the shell can run: they appear as executables in
   * /bin and /usr/bin without being stored in the state tree (they are the node's packages,
   * not user data).
   */
  constructor(
    private readonly node: Node,
    private readonly programs: ReadonlySet<string> = new Set(),
    /** Told when a read was cut short (/dev/zero), for the shell to say so. */
    private readonly onNote?: (note: string) => void,
    /** Where writes to /dev/tty go: the terminal of the line running now. */
    private readonly terminal?: (binary: string) => Promise<void>,
  ) {}

  /** A write to the terminal device, when `path` names it (and no file shadows it). */
  private toTerminal(path: string, content: FileContent, options?: { encoding?: BufferEncoding } | BufferEncoding): Promise<void> | undefined {
    if (!this.terminal || vfs.normalizePath(path) !== TERMINAL_DEVICE || this.files[TERMINAL_DEVICE]) return undefined;
    return this.terminal(toBinary(content, encodingOf(options)));
  }

  /** The content of a read of /dev/zero (the device, not a file stored there), else undefined. */
  private zeroRead(path: string): string | undefined {
    let real: string;
    try {
      real = vfs.realpath(this.files, path);
    } catch {
      return undefined;
    }
    if (real !== '/dev/zero' || this.files[real] !== undefined) return undefined;
    this.onNote?.(ZERO_READ_NOTE);
    return '\0'.repeat(ZERO_READ_BYTES);
  }

  /** A file's bytes as a binary string. */
  private bytesAt(path: string): string {
    return this.program(path)?.content ?? this.zeroRead(path) ?? vfs.readFile(this.files, path);
  }

  /** The package-provided executable at `path`, if that is what it names. */
  private program(path: string): VfsEntry | undefined {
    const p = vfs.normalizePath(path);
    const dir = vfs.dirname(p);
    if (!BIN_DIRS.includes(dir) || !this.programs.has(vfs.basename(p)) || this.files[p]) return undefined;
    return { kind: 'file', content: `#!/bin/bash\n# ${vfs.basename(p)}: provided by the simulated node\n`, mode: 0o755, mtimeMs: 0 };
  }

  private get files() {
    return this.node.state.host.files;
  }

  /** A write at `path` on a read-only mount (`ctr i mount` of a view) fails as the kernel's EROFS. */
  private writable(path: string, syscall: string): void {
    if (this.node.state.host.mounts && onReadOnlyMount(this.node, vfs.normalizePath(path))) throw new vfs.VfsError('EROFS', syscall, path);
  }

  private stamp() {
    return { mtimeMs: this.node.nowMs() };
  }

  readFile(path: string, options?: { encoding?: BufferEncoding | null } | BufferEncoding): Promise<string> {
    return guard(() => {
      const bin = this.bytesAt(path);
      const enc = encodingOf(options);
      return enc === 'binary' || enc === 'latin1' ? bin : vfs.binaryToText(bin);
    });
  }

  readFileBytes(path: string): Promise<ByteString> {
    return guard(() => unsafeBytesFromLatin1(this.zeroRead(path) ?? vfs.readFile(this.files, path)));
  }

  readFileBuffer(path: string): Promise<Uint8Array> {
    return guard(() => vfs.binaryToBytes(this.zeroRead(path) ?? vfs.readFile(this.files, path)));
  }

  writeFile(path: string, content: FileContent, options?: { encoding?: BufferEncoding } | BufferEncoding): Promise<void> {
    const toTerminal = this.toTerminal(path, content, options);
    if (toTerminal) return toTerminal;
    return guard(() => {
      this.writable(path, 'open');
      vfs.writeFile(this.files, path, toBinary(content, encodingOf(options)), this.stamp());
    });
  }

  appendFile(path: string, content: FileContent, options?: { encoding?: BufferEncoding } | BufferEncoding): Promise<void> {
    const toTerminal = this.toTerminal(path, content, options);
    if (toTerminal) return toTerminal;
    return guard(() => {
      this.writable(path, 'open');
      vfs.appendFile(this.files, path, toBinary(content, encodingOf(options)), this.stamp());
    });
  }

  exists(path: string): Promise<boolean> {
    return Promise.resolve(this.program(path) !== undefined || vfs.exists(this.files, path));
  }

  stat(path: string): Promise<FsStat> {
    return guard(() => {
      const program = this.program(path);
      if (program) return toStat(program, vfs.normalizePath(path));
      return toStat(vfs.stat(this.files, path), vfs.realpath(this.files, path));
    });
  }

  lstat(path: string): Promise<FsStat> {
    return guard(() => {
      const program = this.program(path);
      if (program) return toStat(program, vfs.normalizePath(path));
      const entry = vfs.stat(this.files, path, false);
      if (entry.kind !== 'symlink') return toStat(entry, vfs.realpath(this.files, path));
      const p = vfs.normalizePath(path);
      const dir = vfs.realpath(this.files, vfs.dirname(p));
      return toStat(entry, `${dir === '/' ? '' : dir}/${vfs.basename(p)}`);
    });
  }

  mkdir(path: string, options?: { recursive?: boolean }): Promise<void> {
    return guard(() => {
      // The kernel says EEXIST before EROFS: only the first directory that is missing is refused.
      const full = vfs.normalizePath(path);
      const parts = full.split('/').filter(Boolean);
      const first = parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`).find((p) => !vfs.exists(this.files, p));
      if (first !== undefined && (options?.recursive === true || first === full)) this.writable(first, 'mkdir');
      vfs.mkdir(this.files, path, { ...this.stamp(), parents: options?.recursive === true });
    });
  }

  readdir(path: string): Promise<string[]> {
    return guard(() => this.list(path));
  }

  /**
   * Directory names, with the package executables merged into /bin and /usr/bin: not the
   * session's internal commands (`__…`), nor bash's builtins that the library runs as commands.
   */
  private list(path: string): string[] {
    const names = vfs.readdir(this.files, path);
    const dir = vfs.realpath(this.files, path);
    if (!BIN_DIRS.includes(dir)) return names;
    const packaged = [...this.programs].filter((n) => !n.startsWith('__') && !LIBRARY_BUILTINS.has(n));
    return [...new Set([...names, ...packaged])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  readdirWithFileTypes(path: string) {
    return guard(() => {
      const dir = vfs.realpath(this.files, path);
      return this.list(dir).map((name) => {
        const full = dir === '/' ? `/${name}` : `${dir}/${name}`;
        const entry = this.files[full] ?? this.program(full);
        return {
          name,
          isFile: entry?.kind === 'file',
          isDirectory: entry?.kind === 'dir',
          isSymbolicLink: entry?.kind === 'symlink',
        };
      });
    });
  }

  rm(path: string, options?: { recursive?: boolean; force?: boolean }): Promise<void> {
    return guard(() => {
      this.writable(path, 'unlink');
      vfs.rm(this.files, path, { ...options, ...this.stamp() });
    });
  }

  cp(src: string, dest: string, options?: { recursive?: boolean }): Promise<void> {
    return guard(() => {
      const files = this.files;
      const from = vfs.realpath(files, src);
      const entry = vfs.stat(files, from);
      let to = vfs.normalizePath(dest);
      if (files[to]?.kind === 'dir') to = `${to === '/' ? '' : to}/${vfs.basename(from)}`;
      this.writable(to, 'open');
      if (entry.kind !== 'dir') {
        vfs.writeFile(files, to, entry.content ?? '', { mode: entry.mode, ...this.stamp() });
        if (entry.size !== undefined) vfs.stat(files, to).size = entry.size;
        return;
      }
      if (!options?.recursive) throw new vfs.VfsError('EISDIR', 'cp', src);
      for (const p of vfs.walk(files, from)) {
        const e = files[p];
        if (!e) continue;
        const target = to + p.slice(from.length);
        if (e.kind === 'dir') vfs.mkdir(files, target, { parents: true, mode: e.mode, ...this.stamp() });
        else vfs.putEntry(files, target, { ...e, mtimeMs: this.node.nowMs() });
      }
    });
  }

  mv(src: string, dest: string): Promise<void> {
    return guard(() => {
      this.writable(src, 'rename');
      this.writable(dest, 'rename');
      vfs.rename(this.files, src, dest, this.node.nowMs());
    });
  }

  resolvePath(base: string, path: string): string {
    return vfs.normalizePath(path, base);
  }

  getAllPaths(): string[] {
    return Object.keys(this.files);
  }

  chmod(path: string, mode: number): Promise<void> {
    return guard(() => {
      const entry = vfs.stat(this.files, path);
      this.writable(path, 'chmod');
      entry.mode = (entry.mode & ~0o7777) | (mode & 0o7777);
    });
  }

  symlink(target: string, linkPath: string): Promise<void> {
    return guard(() => {
      this.writable(linkPath, 'symlink');
      vfs.symlink(this.files, target, linkPath, this.stamp());
    });
  }

  link(existingPath: string, newPath: string): Promise<void> {
    return guard(() => {
      const entry = vfs.stat(this.files, existingPath);
      if (entry.kind === 'dir') throw new vfs.VfsError('EISDIR', 'link', existingPath);
      if (vfs.exists(this.files, newPath)) throw new vfs.VfsError('EEXIST', 'link', newPath);
      this.writable(newPath, 'link');
      vfs.writeFile(this.files, newPath, entry.content ?? '', { mode: entry.mode, mtimeMs: entry.mtimeMs });
    });
  }

  readlink(path: string): Promise<string> {
    return guard(() => {
      const entry = vfs.stat(this.files, path, false);
      if (entry.kind !== 'symlink') throw new vfs.VfsError('EINVAL', 'readlink', path);
      return entry.content ?? '';
    });
  }

  realpath(path: string): Promise<string> {
    return guard(() => vfs.realpath(this.files, path));
  }

  utimes(path: string, _atime: Date, mtime: Date): Promise<void> {
    return guard(() => {
      const entry = vfs.stat(this.files, path);
      this.writable(path, 'utime');
      entry.mtimeMs = mtime.getTime();
    });
  }
}
