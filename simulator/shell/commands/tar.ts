// GNU tar on the node, over the node's files: create (-c), extract (-x, -O) and list (-t, -tv)
// with gzip (-z, and gzip detected on read as GNU tar does). It works on bytes throughout:
// archives and members are binary strings, and `tar xOf x.tar blob | sha256sum` hashes the
// member itself. Messages, the `-tv` columns and exit codes (2 on any failure) are GNU tar's.

import { gzipSync } from 'fflate';
import { gunzip } from '../../host/native-codecs';
import type { CommandIO } from '../../cli/spec';
import { type TarEntry, TarError, readTar, writeTar } from '../../host/tar';
import * as vfs from '../../host/vfs';
import { APPARENT_SIZE_PAX, apparentSize } from '../../host/releases/index';
import type { Node } from '../../node';
import { type ShellCommandFactory, byteStdinCommand } from './command-host';
import { type ModeType, modeString } from '../../host/mode-string';
import { MAX_DATE_MS, isoMinute } from './file-modes';
import { STRERROR } from './strerror';
import { type TarOptions, TarUsageError, parseTarArgs } from './tar-options';

const FATAL = 'tar: Error is not recoverable: exiting now\n';
const FAILED = 'tar: Exiting with failure status due to previous errors\n';
/** GNU tar writes whole records of 20 blocks. */
const RECORD = 10240;

/** A failure that ends tar at once with `text` on stderr (exit 2). */
class TarFatal extends Error {}


interface Run {
  node: Node;
  io: CommandIO;
  opts: TarOptions;
  stdinBytes: string;
  errors: string[];
}

function cannotOpen(name: string, err: unknown): TarFatal {
  const why = vfs.isVfsError(err, 'EISDIR') ? 'Cannot read: Is a directory' : 'Cannot open: No such file or directory';
  return new TarFatal(`tar: ${name}: ${why}\n${FATAL}`);
}

function readArchive(r: Run): TarEntry[] {
  const { file } = r.opts;
  let bytes = r.stdinBytes;
  if (file !== undefined && file !== '-') {
    try {
      bytes = vfs.readFile(r.node.state.host.files, vfs.normalizePath(file, r.io.cwd));
    } catch (err) {
      throw cannotOpen(file, err);
    }
  }
  if (bytes.startsWith('\x1f\x8b')) {
    try {
      bytes = vfs.bytesToBinary(gunzip(vfs.binaryToBytes(bytes)));
    } catch {
      throw new TarFatal(`\ngzip: stdin: unexpected end of file\ntar: Child returned status 1\n${FATAL}`);
    }
  } else if (r.opts.gzip) {
    throw new TarFatal(`\ngzip: stdin: not in gzip format\ntar: Child returned status 1\n${FATAL}`);
  }
  try {
    const entries = readTar(bytes);
    if (entries.length === 0 && !/^\0+$/.test(bytes)) throw new TarError('empty');
    if (bytes.length === 0) throw new TarError('empty');
    return entries;
  } catch (err) {
    if (err instanceof TarError) throw new TarFatal(`tar: This does not look like a tar archive\n${FAILED}`);
    throw err;
  }
}

/** Entries the named members select (all without names); unmatched names are errors. */
function selected(r: Run, entries: TarEntry[]): TarEntry[] {
  const names = r.opts.names.map((n) => n.replace(/\/+$/, ''));
  if (names.length === 0) return entries;
  const hit = new Set<string>();
  const out = entries.filter((e) => {
    const name = e.name.replace(/\/+$/, '');
    const match = names.find((n) => name === n || name.startsWith(`${n}/`));
    if (match !== undefined) hit.add(match);
    return match !== undefined;
  });
  for (const n of names) if (!hit.has(n)) r.errors.push(`tar: ${n}: Not found in archive\n`);
  return out;
}

function owner(e: TarEntry, numeric: boolean): string {
  const user = !numeric && e.uname ? e.uname : String(e.uid ?? 0);
  const group = !numeric && e.gname ? e.gname : String(e.gid ?? 0);
  return `${user}/${group}`;
}

const TYPE: Readonly<Record<TarEntry['kind'], ModeType>> = { file: '-', dir: 'd', symlink: 'l', hardlink: 'h', special: '-' };

/** -tv's long lines: the owner/size column grows to its widest entry so far, as GNU tar's does. */
function longListing(r: Run): (e: TarEntry) => string {
  let width = 19;
  return (e) => {
    const who = owner(e, r.opts.numericOwner);
    const size = String(e.kind === 'file' ? memberSize(e) : 0);
    width = Math.max(width, who.length + 1 + size.length);
    const mtime = Number(e.pax?.mtime ?? e.mtime ?? 0);
    const link = e.kind === 'symlink' ? ` -> ${e.linkname ?? ''}` : e.kind === 'hardlink' ? ` link to ${e.linkname ?? ''}` : '';
    const head = `${modeString(TYPE[e.kind], e.mode)} ${who} ${size.padStart(width - who.length - 1)}`;
    return `${head} ${isoMinute(Math.floor(mtime) * 1000)} ${e.name}${link}\n`;
  };
}

function list(r: Run): void {
  const long = longListing(r);
  for (const e of selected(r, readArchive(r))) r.io.stdout(r.opts.verbose ? long(e) : `${e.name}\n`);
}

/** A member's size: its recorded one when its data is a release binary's stand-in (host/releases). */
function memberSize(e: TarEntry): number {
  const recorded = Number(e.pax?.[APPARENT_SIZE_PAX]);
  return Number.isSafeInteger(recorded) && recorded >= 0 ? recorded : (e.content ?? '').length;
}

function stripped(name: string, strip: number): string {
  const parts = name.replace(/^\/+/, '').split('/');
  return parts.slice(strip).join('/');
}

function extract(r: Run): void {
  const files = r.node.state.host.files;
  const base = vfs.normalizePath(r.opts.directory ?? '.', r.io.cwd);
  if (r.opts.directory !== undefined && vfs.stat(files, base, true).kind !== 'dir') {
    throw new TarFatal(`tar: ${r.opts.directory}: Cannot open: Not a directory\n${FATAL}`);
  }
  const dirTimes: Array<[string, number]> = [];
  const long = longListing(r);
  for (const e of selected(r, readArchive(r))) {
    const name = stripped(e.name, r.opts.strip);
    if (name === '' || name === '.' || name === './') continue;
    const archived = Math.floor(Number(e.pax?.mtime ?? e.mtime ?? 0)) * 1000;
    // A time no clock holds (a forged archive's) leaves the file at its extraction time.
    const mtimeMs = r.opts.touch || !(Math.abs(archived) <= MAX_DATE_MS) ? r.node.nowMs() : archived;
    if (r.opts.toStdout) {
      if (e.kind === 'file') r.io.stdoutBytes(e.content ?? '');
      if (r.opts.verbose) r.io.stderr(`${e.name}\n`);
      continue;
    }
    if (r.opts.verbose) r.io.stdout(r.opts.veryVerbose ? long(e) : `${e.name}\n`);
    const path = vfs.normalizePath(name, base);
    // Created now (so the directory they land in changes now), then given the archive's time.
    const now = r.node.nowMs();
    try {
      if (e.kind === 'dir') {
        vfs.mkdir(files, path, { parents: true, mode: e.mode & 0o7777, mtimeMs: now });
        vfs.stat(files, path).mode = e.mode & 0o7777;
        dirTimes.push([path, mtimeMs]);
        continue;
      }
      if (e.kind === 'symlink') {
        vfs.rm(files, path, { force: true, mtimeMs: now });
        vfs.symlink(files, e.linkname ?? '', path, { parents: true, mtimeMs: now });
      } else {
        const content =
          e.kind === 'hardlink' ? vfs.readFile(files, vfs.normalizePath(stripped(e.linkname ?? '', r.opts.strip), base)) : (e.content ?? '');
        if (files[path]?.kind === 'symlink') vfs.rm(files, path, { mtimeMs: now });
        vfs.writeFile(files, path, content, { parents: true, mode: e.mode & 0o7777, mtimeMs: now });
        vfs.stat(files, path).mode = e.mode & 0o7777;
        if (e.kind === 'file' && memberSize(e) !== content.length) vfs.stat(files, path).size = memberSize(e);
      }
      vfs.stat(files, path, false).mtimeMs = mtimeMs;
    } catch (err) {
      const why = vfs.isVfsError(err, 'EISDIR')
        ? 'Is a directory'
        : vfs.isVfsError(err, 'ENOTDIR')
          ? 'Not a directory'
          : vfs.isVfsError(err, 'ENOSPC')
            ? 'Cannot write: No space left on device'
            : 'Cannot open: No such file or directory';
      r.errors.push(`tar: ${name}: ${why}\n`);
    }
  }
  // Directory times last, as GNU tar restores them once their contents are in place.
  for (const [path, mtimeMs] of dirTimes) {
    const entry = files[path];
    if (entry) entry.mtimeMs = mtimeMs;
  }
}

function create(r: Run): void {
  const files = r.node.state.host.files;
  if (r.opts.names.length === 0) throw new TarUsageError("tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n");
  const base = vfs.normalizePath(r.opts.directory ?? '.', r.io.cwd);
  const toStdout = r.opts.file === undefined || r.opts.file === '-';
  const archivePath = toStdout ? undefined : vfs.normalizePath(r.opts.file ?? '', r.io.cwd);
  // GNU tar opens (creates) the archive before it reads a member.
  if (archivePath !== undefined) {
    try {
      vfs.writeFile(files, archivePath, '', { mtimeMs: r.node.nowMs() });
    } catch (err) {
      if (!vfs.isVfsError(err)) throw err;
      throw new TarFatal(`tar: ${r.opts.file}: Cannot open: ${STRERROR[err.code]}\n${FATAL}`);
    }
  }
  const listing = (s: string) => (toStdout ? r.io.stderr(s) : r.io.stdout(s));
  const entries: TarEntry[] = [];
  let warnedAbsolute = false;
  const add = (path: string, member: string) => {
    const entry = vfs.stat(files, path, false);
    if (path === archivePath) {
      r.io.stderr(`tar: ${member}: file is the archive; not dumped\n`);
      return;
    }
    if (r.opts.verbose) listing(`${member}${entry.kind === 'dir' && !member.endsWith('/') ? '/' : ''}\n`);
    const stored = member.replace(/^\/+/, '');
    const common = { mode: entry.mode & 0o7777, mtime: Math.floor(entry.mtimeMs / 1000), uid: 0, gid: 0, uname: 'root', gname: 'root' };
    if (entry.kind === 'dir') {
      entries.push({ ...common, name: stored.endsWith('/') ? stored : `${stored}/`, kind: 'dir' });
      for (const child of vfs.readdir(files, path)) {
        add(path === '/' ? `/${child}` : `${path}/${child}`, `${member.replace(/\/+$/, '')}/${child}`);
      }
    } else if (entry.kind === 'symlink') {
      entries.push({ ...common, name: stored, kind: 'symlink', linkname: entry.content ?? '' });
    } else {
      const content = entry.content ?? '';
      const size = apparentSize(entry);
      entries.push({ ...common, name: stored, kind: 'file', content, ...(size !== content.length ? { pax: { [APPARENT_SIZE_PAX]: String(size) } } : {}) });
    }
  };
  for (const name of r.opts.names) {
    const path = vfs.normalizePath(name, base);
    if (!vfs.exists(files, path) && !isLink(files, path)) {
      r.errors.push(`tar: ${name}: Cannot stat: No such file or directory\n`);
      continue;
    }
    if (name.startsWith('/') && !warnedAbsolute) {
      warnedAbsolute = true;
      r.io.stderr("tar: Removing leading `/' from member names\ntar: Removing leading `/' from hard link targets\n");
    }
    add(path, name);
  }
  let archive = writeTar(entries);
  archive += '\0'.repeat((RECORD - (archive.length % RECORD)) % RECORD);
  if (r.opts.gzip) archive = vfs.bytesToBinary(gzipSync(vfs.binaryToBytes(archive), { mtime: 0 }));
  if (toStdout) r.io.stdoutBytes(archive);
  else {
    try {
      vfs.writeFile(files, archivePath ?? '', archive, { mtimeMs: r.node.nowMs() });
    } catch (err) {
      if (!vfs.isVfsError(err)) throw err;
      throw new TarFatal(`tar: ${r.opts.file}: Cannot write: ${STRERROR[err.code]}\n${FATAL}`);
    }
  }
}

function isLink(files: vfs.Files, path: string): boolean {
  try {
    return vfs.stat(files, path, false).kind === 'symlink';
  } catch {
    return false;
  }
}

/** tar with the raw bytes of its stdin (a pipe carries bytes, not text). */
function runTar(args: string[], io: CommandIO, node: Node, stdinBytes: string): number {
  let opts: TarOptions;
  try {
    opts = parseTarArgs(args);
  } catch (err) {
    if (err instanceof TarUsageError) {
      io.stderr(err.message);
      return err.exitCode;
    }
    throw err;
  }
  const r: Run = { node, io, opts, stdinBytes, errors: [] };
  try {
    if (opts.mode === 'list') list(r);
    else if (opts.mode === 'extract') extract(r);
    else create(r);
  } catch (err) {
    if (err instanceof TarFatal || err instanceof TarUsageError) {
      io.stderr(err.message);
      return 2;
    }
    if (vfs.isVfsError(err) && opts.directory !== undefined) {
      io.stderr(`tar: ${opts.directory}: Cannot open: No such file or directory\n${FATAL}`);
      return 2;
    }
    // Any other file error is the node's file system answering as a real one would.
    if (vfs.isVfsError(err)) {
      io.stderr(`tar: ${err.path}: Cannot open: ${STRERROR[err.code]}\n${FATAL}`);
      return 2;
    }
    throw err;
  }
  if (r.errors.length === 0) return 0;
  io.stderr(`${r.errors.join('')}${FAILED}`);
  return 2;
}

/** The shell's tar: its stdin is read as bytes (an archive piped in stays byte-exact). */
export const tarCommand: ShellCommandFactory = byteStdinCommand('tar', runTar);
