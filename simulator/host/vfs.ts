// The node's filesystem as pure functions over HostState.files (absolute path → entry). The
// shell's file system adapter and every tool that reads or writes files on the node (image
// import/export, `ctr images mount`, `--env-file`) go through these, so files live in the one
// persisted state tree. File content is a binary string: one char per byte (0–255).
//
// Failures throw VfsError, whose message reads like the Go error a tool would print
// (`open /root/x.tar: no such file or directory`).
//
// /dev/null and /dev/zero exist on every node without being stored: `> /dev/null` and
// `2>/dev/null` must work, and a device's content is not data worth saving. Writes to them
// vanish; /dev/null reads empty, /dev/zero reads a bounded run of NUL bytes.

import type { HostState, VfsEntry } from './host-state';
import { binaryToBytes, bytesToBinary } from './native-codecs';

export type Files = HostState['files'];

export type VfsErrorCode = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'ELOOP' | 'EINVAL' | 'ENOSPC' | 'EROFS';

const ERRNO_TEXT: Record<VfsErrorCode, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EEXIST: 'file exists',
  ENOTEMPTY: 'directory not empty',
  ELOOP: 'too many levels of symbolic links',
  EINVAL: 'invalid argument',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
};

/**
 * The largest file the node holds, 8 MiB: every file lives in memory and in each save of the
 * node, and no file the notes make comes near it (an exported image is 100–200 KB). A bigger
 * write fails as a full disk fails it, never cut short.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export class VfsError extends Error {
  constructor(
    readonly code: VfsErrorCode,
    readonly syscall: string,
    readonly path: string,
  ) {
    super(`${syscall} ${path}: ${ERRNO_TEXT[code]}`);
    this.name = 'VfsError';
  }
}

export function isVfsError(err: unknown, code?: VfsErrorCode): err is VfsError {
  return err instanceof VfsError && (code === undefined || err.code === code);
}

export interface WriteOptions {
  mode?: number;
  mtimeMs?: number;
  /** Create missing parent directories (mkdir -p) instead of failing with ENOENT. */
  parents?: boolean;
}

/** Normalizes `path` against `cwd`: absolute, no `.`/`..`/double slashes, no trailing slash. */
export function normalizePath(path: string, cwd = '/'): string {
  // Most paths tools pass are already normal: skip the split and join for them.
  if (isNormalAbsolute(path)) return path;
  const joined = path.startsWith('/') ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** True when normalizePath(path) === path: absolute, no empty, "." or ".." part, no trailing slash. */
function isNormalAbsolute(path: string): boolean {
  if (path === '/') return true;
  if (path.charCodeAt(0) !== 0x2f || path.charCodeAt(path.length - 1) === 0x2f) return false;
  if (path.includes('//')) return false;
  // A "." or ".." part: after a slash, a dot followed by the end, a slash or another dot.
  for (let i = path.indexOf('/.'); i !== -1; i = path.indexOf('/.', i + 1)) {
    const next = path.charCodeAt(i + 2);
    if (Number.isNaN(next) || next === 0x2f) return false;
    if (next === 0x2e && (i + 3 === path.length || path.charCodeAt(i + 3) === 0x2f)) return false;
  }
  return true;
}

export function dirname(path: string): string {
  const p = normalizePath(path);
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

export function basename(path: string): string {
  const p = normalizePath(path);
  return p.slice(p.lastIndexOf('/') + 1);
}

const MAX_LINKS = 40;

const DEV = '/dev';
/** What one read of /dev/zero returns: real reads never end; `head -c N` needs only a few. */
const ZERO_READ_BYTES = 64 * 1024;
const DEVICES: Readonly<Record<string, () => string>> = {
  '/dev/null': () => '',
  // The terminal: reads as empty here (nothing types into a redirect); the shell's file system
  // sends what is written to it to the line's terminal (node-file-system.ts).
  '/dev/tty': () => '',
  '/dev/zero': () => '\0'.repeat(ZERO_READ_BYTES),
};

/**
 * The node's tmpfs directories under /dev: a container joining the host's IPC namespace
 * (`nerdctl run --ipc host`, a pod with hostIPC) bind-mounts them, and runc stats them first.
 */
const DEVICE_DIRS: Readonly<Record<string, number>> = { '/dev/mqueue': 0o1777, '/dev/shm': 0o1777 };

/** The virtual /dev or device node at physical path `path`, when nothing is stored there. */
function deviceEntry(path: string): VfsEntry | undefined {
  if (path === DEV) return { kind: 'dir', mode: 0o755, mtimeMs: 0 };
  if (Object.prototype.hasOwnProperty.call(DEVICE_DIRS, path)) return { kind: 'dir', mode: DEVICE_DIRS[path] ?? 0o755, mtimeMs: 0 };
  if (Object.prototype.hasOwnProperty.call(DEVICES, path)) return { kind: 'file', content: '', mode: 0o666, mtimeMs: 0 };
  return undefined;
}

/** The entry at a physical path: stored, or one of the node's devices. */
function entryAt(files: Files, real: string): VfsEntry | undefined {
  return files[real] ?? deviceEntry(real);
}

/** True when `real` is a device node (not shadowed by a stored file). */
function isDevice(files: Files, real: string): boolean {
  return files[real] === undefined && Object.prototype.hasOwnProperty.call(DEVICES, real);
}

/**
 * The children of each directory (full paths), per file table: built from one pass over the
 * table the first time a directory is listed, then kept by every function here that adds or
 * removes a path. The table is flat and large objects enumerate their keys slowly, so listing a
 * small directory (/etc/cni/net.d on each pod start) by a pass over every path cost more than
 * the rest of the listing. Code outside this file that adds a path to the node's table uses
 * putEntry; a path deleted behind the index's back is dropped when its directory is listed.
 */
const dirIndexes = new WeakMap<Files, Map<string, Set<string>>>();

function dirIndexOf(files: Files): Map<string, Set<string>> {
  let index = dirIndexes.get(files);
  if (!index) {
    index = new Map();
    for (const p of Object.keys(files)) addToIndex(index, p);
    dirIndexes.set(files, index);
  }
  return index;
}

function addToIndex(index: Map<string, Set<string>>, path: string): void {
  if (path === '/') return;
  const dir = dirname(path);
  let children = index.get(dir);
  if (!children) index.set(dir, (children = new Set()));
  children.add(path);
}

/** Stores `entry` at physical path `real`, keeping the directory index. */
function store(files: Files, real: string, entry: VfsEntry): void {
  const isNew = files[real] === undefined;
  files[real] = entry;
  if (isNew) {
    const index = dirIndexes.get(files);
    if (index) addToIndex(index, real);
  }
}

/** Deletes the entry at physical path `real`, keeping the directory index. */
function unstore(files: Files, real: string): void {
  delete files[real];
  dirIndexes.get(files)?.get(dirname(real))?.delete(real);
}

/**
 * Puts `entry` at the physical path `path` as it is (no parents made, no links followed): for
 * code that fills a node's table outside this file (fixtures, `cp -r`), so listings see it.
 */
export function putEntry(files: Files, path: string, entry: VfsEntry): void {
  store(files, path, entry);
}

/**
 * Resolves symlinks in every component of `path` (and in the last one when `followLast`).
 * Returns the physical path, which may not exist when only its last component is missing.
 */
function resolve(files: Files, path: string, followLast: boolean, syscall: string, allowMissing = false): string {
  const resolved = walkPath(files, path, followLast, allowMissing);
  if (typeof resolved !== 'string') throw new VfsError(resolved.fails, syscall, path);
  return resolved;
}

/**
 * resolve() without throwing: the physical path, or the error it meets. A miss is common
 * (the shell looks for each command in every PATH directory), and an Error is costly to build.
 */
function walkPath(files: Files, path: string, followLast: boolean, allowMissing: boolean): string | { fails: VfsErrorCode } {
  const normal = normalizePath(path);
  if (normal === '/') return '/';
  // Until a symlink is met, the directories walked are the normal path's own prefixes: look
  // them up as slices of it, without splitting the path or building each prefix again.
  for (let end = normal.indexOf('/', 1); ; end = normal.indexOf('/', end + 1)) {
    const isLast = end === -1;
    const next = isLast ? normal : normal.slice(0, end);
    const entry = entryAt(files, next);
    if (entry?.kind === 'symlink' && (!isLast || followLast)) return walkLinks(files, normal, followLast, allowMissing);
    if (isLast) return normal;
    // Below a missing directory nothing can be a link: mkdir -p creates the rest as named.
    if (!entry) return allowMissing ? normal : { fails: 'ENOENT' };
    if (entry.kind !== 'dir') return { fails: 'ENOTDIR' };
  }
}

/** walkPath for a normal path on which a symlink lies: part by part, following each link. */
function walkLinks(files: Files, normal: string, followLast: boolean, allowMissing: boolean): string | { fails: VfsErrorCode } {
  // The parts still to walk, last part first (pop takes the next one).
  let pending = normal.split('/').filter(Boolean).reverse();
  let current = '';
  let hops = 0;
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const next = `${current}/${name}`;
    const entry = entryAt(files, next);
    const isLast = pending.length === 0;
    if (entry?.kind === 'symlink' && (!isLast || followLast)) {
      if (++hops > MAX_LINKS) return { fails: 'ELOOP' };
      const target = entry.content ?? '';
      const base = target.startsWith('/') ? '/' : current || '/';
      pending = [...pending, ...normalizePath(target, base).split('/').filter(Boolean).reverse()];
      current = '';
      continue;
    }
    if (!isLast) {
      // Below a missing directory nothing can be a link: mkdir -p creates the rest as named.
      if (!entry && allowMissing) return [next, ...pending.reverse()].join('/');
      if (!entry) return { fails: 'ENOENT' };
      if (entry.kind !== 'dir') return { fails: 'ENOTDIR' };
    }
    current = next;
  }
  return current || '/';
}

/** The entry at `path` (following symlinks unless `follow` is false). */
export function stat(files: Files, path: string, follow = true): VfsEntry {
  const real = resolve(files, path, follow, 'stat');
  const entry = entryAt(files, real);
  if (!entry) throw new VfsError('ENOENT', 'stat', path);
  return entry;
}

export function exists(files: Files, path: string): boolean {
  const real = walkPath(files, path, true, false);
  return typeof real === 'string' && entryAt(files, real) !== undefined;
}

/** The physical path of `path` with every symlink resolved; the path must exist. */
export function realpath(files: Files, path: string): string {
  const real = resolve(files, path, true, 'realpath');
  if (!entryAt(files, real)) throw new VfsError('ENOENT', 'realpath', path);
  return real;
}

/** File bytes as a binary string. */
export function readFile(files: Files, path: string): string {
  const real = resolve(files, path, true, 'open');
  const device = isDevice(files, real) ? DEVICES[real] : undefined;
  if (device) return device();
  const entry = entryAt(files, real);
  if (!entry) throw new VfsError('ENOENT', 'open', path);
  if (entry.kind === 'dir') throw new VfsError('EISDIR', 'read', path);
  return entry.content ?? '';
}

function requireParent(files: Files, real: string, path: string, options: WriteOptions, syscall: string): void {
  const parent = dirname(real);
  const entry = entryAt(files, parent);
  if (entry?.kind === 'dir' || parent === '/') return;
  if (entry) throw new VfsError('ENOTDIR', syscall, path);
  if (!options.parents) throw new VfsError('ENOENT', syscall, path);
  mkdir(files, parent, { ...options, parents: true });
}

/**
 * A directory's mtime moves when an entry is added to or removed from it, as on Linux; only
 * callers that say when (`mtimeMs`) move it, so tools that stamp nothing leave times alone.
 */
function touchParent(files: Files, real: string, mtimeMs: number | undefined): void {
  if (mtimeMs === undefined) return;
  const parent = files[dirname(real)];
  if (parent?.kind === 'dir') parent.mtimeMs = mtimeMs;
}

/** Creates or replaces a file; `content` is a binary string. */
export function writeFile(files: Files, path: string, content: string, options: WriteOptions = {}): void {
  const real = resolve(files, path, true, 'open', options.parents);
  if (isDevice(files, real)) return;
  const existing = entryAt(files, real);
  if (existing?.kind === 'dir') throw new VfsError('EISDIR', 'open', path);
  if (content.length > MAX_FILE_BYTES) throw new VfsError('ENOSPC', 'write', path);
  requireParent(files, real, path, options, 'open');
  if (!existing) touchParent(files, real, options.mtimeMs);
  store(files, real, {
    kind: 'file',
    content,
    mode: options.mode ?? existing?.mode ?? 0o644,
    mtimeMs: options.mtimeMs ?? existing?.mtimeMs ?? 0,
  });
}

export function appendFile(files: Files, path: string, content: string, options: WriteOptions = {}): void {
  if (isDevice(files, resolve(files, path, true, 'open', options.parents))) return;
  let before = '';
  try {
    before = readFile(files, path);
  } catch (err) {
    if (!isVfsError(err, 'ENOENT')) throw err;
  }
  writeFile(files, path, before + content, options);
}

/** mkdir, or mkdir -p with `parents` (no error when the directory exists). */
export function mkdir(files: Files, path: string, options: WriteOptions = {}): void {
  const real = resolve(files, path, true, 'mkdir', options.parents);
  const existing = entryAt(files, real);
  if (existing) {
    if (options.parents && existing.kind === 'dir') return;
    throw new VfsError('EEXIST', 'mkdir', path);
  }
  if (real === '/') return;
  requireParent(files, real, path, options, 'mkdir');
  touchParent(files, real, options.mtimeMs);
  store(files, real, { kind: 'dir', mode: options.mode ?? 0o755, mtimeMs: options.mtimeMs ?? 0 });
}

/** The device nodes each directory holds (/ holds /dev), when nothing stored shadows them. */
const DEVICES_BY_DIR: ReadonlyMap<string, readonly string[]> = (() => {
  const byDir = new Map<string, string[]>();
  for (const p of [DEV, ...Object.keys(DEVICES), ...Object.keys(DEVICE_DIRS)]) byDir.set(dirname(p), [...(byDir.get(dirname(p)) ?? []), p]);
  return byDir;
})();

/**
 * The physical paths stored directly in directory `dir` (no links followed, no device nodes), in
 * no particular order: for read-through views of a tree of the node's dirs (an overlay's layers).
 */
export function storedChildren(files: Files, dir: string): string[] {
  const stored: string[] = [];
  const children = dirIndexOf(files).get(dir);
  if (children) {
    for (const p of children) {
      if (files[p] !== undefined) stored.push(p);
      else children.delete(p);
    }
  }
  return stored;
}

function childrenOf(files: Files, dir: string): string[] {
  const stored = storedChildren(files, dir);
  const devices = DEVICES_BY_DIR.get(dir)?.filter((p) => !files[p]) ?? [];
  return devices.length > 0 ? [...stored, ...devices] : stored;
}

/** Names in a directory, sorted as `ls` sorts them in the C locale. */
export function readdir(files: Files, path: string): string[] {
  const real = resolve(files, path, true, 'open');
  const entry = entryAt(files, real);
  if (!entry) throw new VfsError('ENOENT', 'open', path);
  if (entry.kind !== 'dir') throw new VfsError('ENOTDIR', 'readdirent', path);
  return childrenOf(files, real)
    .map((p) => p.slice(p.lastIndexOf('/') + 1))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Removes a file, link or (with `recursive`) a directory tree. */
export function rm(files: Files, path: string, options: { recursive?: boolean; force?: boolean; mtimeMs?: number } = {}): void {
  let real: string;
  try {
    real = resolve(files, path, false, 'remove');
  } catch (err) {
    if (options.force && isVfsError(err)) return;
    throw err;
  }
  const entry = files[real];
  if (!entry) {
    if (options.force) return;
    throw new VfsError('ENOENT', 'remove', path);
  }
  if (entry.kind === 'dir') {
    // One pass over every stored path (the tree is flat), the prefix made once.
    // (For "/" the prefix is "//", which no path has: nothing below the root is ever removed here.)
    const prefix = `${real}/`;
    const below: string[] = [];
    for (const p of Object.keys(files)) if (p.startsWith(prefix)) below.push(p);
    if (below.length > 0 && !options.recursive) throw new VfsError('ENOTEMPTY', 'remove', path);
    for (const p of below) unstore(files, p);
  }
  if (real !== '/') unstore(files, real);
  touchParent(files, real, options.mtimeMs);
}

/** Moves a file or directory tree (rename(2): replaces a file at `to`). */
export function rename(files: Files, from: string, to: string, mtimeMs?: number): void {
  const src = resolve(files, from, false, 'rename');
  const entry = files[src];
  if (!entry) throw new VfsError('ENOENT', 'rename', from);
  let dst = resolve(files, to, true, 'rename');
  if (files[dst]?.kind === 'dir' && entry.kind !== 'dir') dst = `${dst}/${basename(src)}`;
  if (dst === src) return;
  if (dst.startsWith(`${src}/`)) throw new VfsError('EINVAL', 'rename', from);
  requireParent(files, dst, to, {}, 'rename');
  const moved = Object.keys(files).filter((p) => p === src || p.startsWith(`${src}/`));
  for (const p of moved) {
    const e = files[p];
    if (!e) continue;
    unstore(files, p);
    store(files, dst + p.slice(src.length), e);
  }
  touchParent(files, src, mtimeMs);
  touchParent(files, dst, mtimeMs);
}

/** Creates a symbolic link at `linkPath` pointing to `target` (stored as written). */
export function symlink(files: Files, target: string, linkPath: string, options: WriteOptions = {}): void {
  const real = resolve(files, linkPath, false, 'symlink');
  if (files[real]) throw new VfsError('EEXIST', 'symlink', linkPath);
  requireParent(files, real, linkPath, options, 'symlink');
  touchParent(files, real, options.mtimeMs);
  store(files, real, { kind: 'symlink', content: target, mode: 0o777, mtimeMs: options.mtimeMs ?? 0 });
}

/** Every path under `dir` (inclusive), sorted: for tar, find and completion. */
export function walk(files: Files, dir: string): string[] {
  const real = realpath(files, dir);
  return Object.keys(files)
    .filter((p) => p === real || real === '/' || p.startsWith(`${real}/`))
    .sort();
}

/** Only chars 0–127: UTF-8 encodes and decodes such a string as itself. */
const ASCII = /^[\x00-\x7f]*$/;

/** UTF-8 text → binary string (one char per byte), for writing text files. */
export function textToBinary(text: string): string {
  if (ASCII.test(text)) return text;
  return bytesToBinary(new TextEncoder().encode(text));
}

/** Binary string → UTF-8 text (invalid sequences become U+FFFD). */
export function binaryToText(binary: string): string {
  if (ASCII.test(binary)) return binary;
  return new TextDecoder().decode(binaryToBytes(binary));
}

export { binaryToBytes, bytesToBinary };
