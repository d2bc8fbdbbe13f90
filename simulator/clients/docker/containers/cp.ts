// `docker cp` (docker/cli@v20.10.24 cli/command/container/cp.go, pkg/archive/copy.go): between
// the node and a container, one side `CONTAINER:PATH`. The source lands by archive's rules (the
// ones nerdctl's kopy copies): a file at the destination or inside it when that is a directory,
// a directory inside an existing one under its own name or as a missing one, `src/.` its
// contents. The words are 20.10.24's (checked on a private real dockerd): `Error: No such
// container:path: b1:/nosuch` for a missing container or path, `lstat /x: no such file or
// directory` for a missing local source, `invalid output path: directory "/nodir" does not
// exist`, `no such directory` for a missing `dir/` destination. Nothing is printed on success.
// `-` as the destination writes the archive to stdout; `-` as the source unpacks the tar on
// stdin into a directory of the container. Only a running container's filesystem is reachable
// here; a stopped container is honestly not simulated.

import { CliError } from '../../../cli/cli-error';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { readTar, TarError, writeTar, type TarEntry } from '../../../host/tar';
import * as vfs from '../../../host/vfs';
import type { DockerdApi } from '../../../dockerd/index';
import { isDockerdError } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';

const DOCS = 'https://docs.docker.com/engine/reference/commandline/cp/';

interface FileEntry {
  kind: 'file' | 'dir' | 'symlink';
  content?: string;
  mode: number;
}

/** One side of the copy, absolute paths. */
interface Side {
  stat(path: string): FileEntry | undefined;
  list(path: string): string[];
  write(path: string, file: FileEntry): void;
}

/** splitCpArg: `name:path` names a container unless the part before `:` holds a slash or it starts with `/` or `.`. */
function splitArg(arg: string): { container?: string; path: string } {
  if (arg.startsWith('/') || arg.startsWith('.')) return { path: arg };
  const i = arg.indexOf(':');
  if (i < 0 || arg.slice(0, i).includes('/')) return { path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

function nodeSide(c: DockerContext): Side {
  const files = c.env.node.state.host.files;
  return {
    stat: (p) => {
      if (!vfs.exists(files, p)) return undefined;
      const e = vfs.stat(files, p);
      if (e.kind === 'dir') return { kind: 'dir', mode: e.mode };
      return { kind: 'file', mode: e.mode, content: vfs.binaryToText(vfs.readFile(files, p)) };
    },
    list: (p) => vfs.readdir(files, p).sort(),
    write: (p, f) => {
      const mtimeMs = c.env.node.nowMs();
      if (f.kind === 'dir') vfs.mkdir(files, p, { parents: true, mode: f.mode, mtimeMs });
      else if (f.kind === 'file') vfs.writeFile(files, p, vfs.textToBinary(f.content ?? ''), { mode: f.mode, mtimeMs });
      else vfs.symlink(files, f.content ?? '', p, { mtimeMs });
    },
  };
}

function containerSide(daemon: DockerdApi, ref: string): Side {
  let fs;
  try {
    fs = daemon.containers.rootfs(ref);
  } catch (err) {
    if (isDockerdError(err) && err.status === 404) return missingContainer();
    throw err;
  }
  if (!fs) throw new NotSimulatedError('docker cp with a container that is not running', DOCS);
  const live = fs;
  return {
    stat: (p) => live.lookup(p),
    list: (p) => live.list(p) ?? [],
    write: (p, f) => {
      live.write?.(p, f);
    },
  };
}

/** A container that is not there: every path of it is missing. */
function missingContainer(): Side {
  return { stat: () => undefined, list: () => [], write: () => undefined };
}

function join(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

function copyTree(from: Side, src: string, to: Side, dst: string): void {
  const entry = from.stat(src);
  if (!entry) return;
  to.write(dst, entry);
  if (entry.kind !== 'dir') return;
  for (const name of from.list(src)) copyTree(from, join(src, name), to, join(dst, name));
}

interface Ends {
  from: Side;
  to: Side;
  src: string;
  dst: string;
  /** The error for a source that is not there. */
  missingSource(path: string): string;
  /** The error for a destination whose parent directory is not there. */
  missingParent(dir: string): string;
  /** The name the source takes inside a destination directory (-L: the link's, not its target's). */
  name?: string;
}

function copy(e: Ends, srcArg: string, dstArg: string): void {
  const srcEntry = e.from.stat(e.src);
  if (!srcEntry) throw new CliError(e.missingSource(e.src), 1);
  const dstEntry = e.to.stat(e.dst);
  const srcIsDir = srcEntry.kind === 'dir';
  const contentsOnly = srcArg.endsWith('/.');
  // PrepareArchiveCopy (pkg/archive/copy.go): a destination asserted to be a directory (a
  // trailing slash) that is missing, or is a file (its stat fails), is ErrDirNotExists for a file
  // source; a directory onto an existing file is ErrCannotCopyDir.
  if (!srcIsDir && dstArg.endsWith('/') && dstEntry?.kind !== 'dir') throw new CliError('no such directory', 1);
  if (srcIsDir && dstEntry && dstEntry.kind !== 'dir') throw new CliError('cannot copy directory', 1);
  if (dstEntry?.kind === 'dir') {
    if (srcIsDir && contentsOnly) for (const name of e.from.list(e.src)) copyTree(e.from, join(e.src, name), e.to, join(e.dst, name));
    else copyTree(e.from, e.src, e.to, join(e.dst, e.name ?? vfs.basename(e.src)));
    return;
  }
  const parent = vfs.dirname(e.dst);
  if (!e.to.stat(parent)) throw new CliError(e.missingParent(parent), 1);
  if (srcIsDir) {
    e.to.write(e.dst, { kind: 'dir', mode: srcEntry.mode });
    for (const name of e.from.list(e.src)) copyTree(e.from, join(e.src, name), e.to, join(e.dst, name));
  } else copyTree(e.from, e.src, e.to, e.dst);
}

/** The archive GET /archive streams: the source under its own name, what is below it after it. */
function tarOf(from: Side, path: string, nowMs: number): string {
  const entries: TarEntry[] = [];
  const mtime = Math.floor(nowMs / 1000);
  const add = (p: string, name: string) => {
    const e = from.stat(p);
    if (!e) return;
    if (e.kind === 'dir') {
      entries.push({ name: `${name}/`, kind: 'dir', mode: e.mode, mtime, uname: 'root', gname: 'root' });
      for (const child of from.list(p)) add(join(p, child), `${name}/${child}`);
    } else if (e.kind === 'symlink') entries.push({ name, kind: 'symlink', linkname: e.content ?? '', mode: 0o777, mtime, uname: 'root', gname: 'root' });
    else entries.push({ name, kind: 'file', content: vfs.textToBinary(e.content ?? ''), mode: e.mode, mtime, uname: 'root', gname: 'root' });
  };
  add(path, path === '/' ? '.' : vfs.basename(path));
  return writeTar(entries);
}

function action(c: DockerContext): void {
  const [srcArg = '', dstArg = ''] = c.args;
  if (srcArg === '') throw new CliError('source can not be empty', 1);
  if (dstArg === '') throw new CliError('destination can not be empty', 1);
  const src = splitArg(srcArg);
  const dst = splitArg(dstArg);
  if (src.container !== undefined && dst.container !== undefined) throw new CliError('copying between containers is not supported', 1);
  if (src.container === undefined && dst.container === undefined) throw new CliError('must specify at least one container source', 1);
  const daemon = daemonOf(c);
  const inContainer = (p: string) => vfs.normalizePath(p.startsWith('/') ? p : `/${p}`);
  const onNode = (p: string) => vfs.normalizePath(p, c.io.cwd);
  if (src.path === '-') {
    extractFromStdin(c, daemon, dst.container ?? '', dst.path, inContainer(dst.path));
    return;
  }
  if (src.container !== undefined) {
    const ref = src.container;
    // ValidateOutputPath's os.Stat of the destination (its trailing slash kept): a file on the
    // way makes it fail with ENOTDIR, before the daemon is asked anything.
    if (dst.path !== '-' && fileOnPath(nodeSide(c), onNode(dst.path), dst.path.endsWith('/'))) {
      throw new CliError(`stat ${onNode(dst.path)}${dst.path.endsWith('/') && onNode(dst.path) !== '/' ? '/' : ''}: not a directory`, 1);
    }
    // The archive endpoint refuses an empty path (its words run together in 20.10.24).
    if (src.path === '') throw new CliError('Error response from daemon: bad parameter: pathcannot be empty', 1);
    const from = containerSide(daemon, ref);
    if (dst.path === '-') {
      const path = inContainer(src.path);
      if (!from.stat(path)) throw new CliError(`Error: No such container:path: ${ref}:${src.path}`, 1);
      c.io.stdoutBytes(tarOf(from, path, c.env.node.nowMs()));
      daemon.containers.archived(ref, 'archive-path');
      return;
    }
    // The daemon's lstat of a path with a file before its end (a trailing slash included) fails
    // with ENOTDIR, worded with the container's merged overlay directory (daemon/archive.go).
    const blocked = fileOnPath(from, inContainer(src.path), src.path.endsWith('/'));
    if (blocked) throw new CliError(`Error response from daemon: lstat ${daemon.containers.mergedDir(ref)}${inContainer(src.path)}${src.path.endsWith('/') ? '/' : ''}: not a directory`, 1);
    const followed = c.bool('follow-link') ? followLink(from, inContainer(src.path)) : undefined;
    // The GET (and its `archive-path` event) comes after ValidateOutputPath found the local
    // parent and before archive.CopyTo's own refusals (`no such directory`, `cannot copy directory`).
    const fetched = from.stat(followed ?? inContainer(src.path)) !== undefined && nodeSide(c).stat(vfs.dirname(onNode(dst.path))) !== undefined;
    try {
      copy(
        { from, to: nodeSide(c), src: followed ?? inContainer(src.path), ...(followed ? { name: vfs.basename(inContainer(src.path)) } : {}), dst: onNode(dst.path), missingSource: () => `Error: No such container:path: ${ref}:${followed ?? src.path}`, missingParent: (dir) => `invalid output path: directory ${JSON.stringify(dir)} does not exist` },
        srcArg,
        dstArg,
      );
    } finally {
      if (fetched) daemon.containers.archived(ref, 'archive-path');
    }
    return;
  }
  const ref = dst.container ?? '';
  const to = containerSide(daemon, ref);
  const source = onNode(src.path);
  const target = inContainer(dst.path);
  if (!nodeSide(c).stat(source)) throw new CliError(`lstat ${missingHostSource(nodeSide(c), source, c.bool('follow-link'))}: no such file or directory`, 1);
  if (!to.stat('/')) {
    // The CLI's stat of the destination failed, so it is taken as missing: the archive is
    // prepared for its parent (PrepareArchiveCopy) and the PUT there is what finds no container.
    if (nodeSide(c).stat(source)?.kind !== 'dir' && dstArg.endsWith('/')) throw new CliError('no such directory', 1);
    throw new CliError(`Error: No such container:path: ${ref}:${vfs.dirname(target)}`, 1);
  }
  // containerExtractToDir: outside a volume or bind mount, a --read-only rootfs takes nothing;
  // the check comes after the destination's own (so at the first write).
  const readOnly = daemon.containers.readOnlyAt(ref, to.stat(target)?.kind === 'dir' ? target : vfs.dirname(target));
  const guarded: Side = readOnly
    ? { ...to, write: () => { throw new CliError('Error response from daemon: container rootfs is marked read-only', 1); } }
    : to;
  copy({ from: nodeSide(c), to: guarded, src: source, dst: target, missingSource: (p) => `lstat ${p}: no such file or directory`, missingParent: (dir) => `Error: No such container:path: ${ref}:${dir}` }, srcArg, dstArg);
  daemon.containers.archived(ref, 'extract-to-dir');
}

/**
 * copyToContainer with `-` (cli/command/container/cp.go): the tar on stdin goes as it is to the
 * destination, which must be a directory the container has (the CLI's stat of it first); the
 * daemon unpacks it there (archive.Untar through containerExtractToDir).
 */
function extractFromStdin(c: DockerContext, daemon: DockerdApi, ref: string, dstPath: string, target: string): void {
  const to = containerSide(daemon, ref);
  // The CLI ignores a failed stat (no such path, no such container): the destination is then
  // not known to be a directory either.
  if (to.stat(target)?.kind !== 'dir') throw new CliError(`destination "${ref}:${dstPath}" must be a directory`, 1);
  let entries: TarEntry[];
  try {
    entries = readTar(c.io.stdin);
  } catch (err) {
    // The daemon unpacks in a re-exec'd docker-untar child (pkg/chrootarchive), whose failure it wraps.
    if (err instanceof TarError) throw new CliError(`Error response from daemon: Error processing tar file(exit status 1): ${err.message}`, 1);
    throw err;
  }
  if (entries.length > 0 && daemon.containers.readOnlyAt(ref, target)) throw new CliError('Error response from daemon: container rootfs is marked read-only', 1);
  for (const e of entries) {
    const path = vfs.normalizePath(`${target}/${e.name}`);
    if (path === target) continue;
    if (e.kind === 'dir') to.write(path, { kind: 'dir', mode: e.mode & 0o7777 });
    else if (e.kind === 'symlink') to.write(path, { kind: 'symlink', content: e.linkname ?? '', mode: 0o777 });
    else if (e.kind === 'file') to.write(path, { kind: 'file', content: vfs.binaryToText(e.content ?? ''), mode: e.mode & 0o7777 });
    else throw new NotSimulatedError(`docker cp - of a tar holding a ${e.kind} entry (${e.name})`, DOCS);
  }
  daemon.containers.archived(ref, 'extract-to-dir');
}

/** A file (not a directory) stands at a proper ancestor of `path`, or at `path` itself when it ends in a slash. */
function fileOnPath(side: Side, path: string, trailingSlash: boolean): boolean {
  const parts = path.split('/').filter(Boolean);
  const upTo = trailingSlash ? parts.length : parts.length - 1;
  for (let i = 1; i <= upTo; i++) {
    const entry = side.stat(`/${parts.slice(0, i).join('/')}`);
    if (!entry) return false;
    if (entry.kind === 'file') return true;
  }
  return false;
}

/**
 * copyFromContainer with -L: a source that is a symlink is copied from its target (a relative
 * target joined to the link's directory), under the link's own name (archive.GetRebaseName).
 */
function followLink(from: Side, path: string): string | undefined {
  const entry = from.stat(path);
  if (entry?.kind !== 'symlink') return undefined;
  const target = entry.content ?? '';
  return vfs.normalizePath(target.startsWith('/') ? target : `${vfs.dirname(path)}/${target}`);
}

/**
 * The path a missing source is reported by (pkg/archive ResolveHostSourcePath): the first
 * missing directory above it, else (without -L) its directory joined to its name by one more
 * `/` — `docker cp /nosuch c1:/tmp` says `lstat //nosuch` on a real 20.10.24. With -L the whole
 * path goes through EvalSymlinks, which names the first missing part.
 */
function missingHostSource(side: Pick<Side, 'stat'>, source: string, followLink: boolean): string {
  const parts = source.split('/').filter((p) => p !== '');
  for (let i = 1; i < parts.length + (followLink ? 1 : 0); i++) {
    const dir = `/${parts.slice(0, i).join('/')}`;
    if (!side.stat(dir)) return dir;
  }
  const dir = parts.length > 1 ? `/${parts.slice(0, -1).join('/')}` : '/';
  return `${dir}/${parts.at(-1) ?? ''}`;
}

export const containerCpCommand: DockerCommand = {
  name: 'cp',
  argsUsage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  usage: 'Copy files/folders between a container and the local filesystem',
  args: { min: 2, max: 2 },
  flags: [
    { names: ['archive', 'a'], kind: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
    { names: ['follow-link', 'L'], kind: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
  ],
  action,
};

export const cpCommand: DockerCommand = { ...containerCpCommand };
