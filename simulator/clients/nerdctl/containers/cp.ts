// `nerdctl cp` (cmd/nerdctl/cp.go, cp_linux.go@v0.22.2): copies between the node and a RUNNING
// container's root (/proc/<pid>/root), with kopy's rules (docker cp's): a directory goes into
// an existing destination directory under its own name, or becomes a missing destination;
// `src/.` copies the contents; a file lands at the destination path or inside it when that is
// a directory; `dst/` must exist for a file. Writes into the container go to its own layer.
// Symlinks: a container path is resolved whole (securejoin.SecureJoin under /proc/<pid>/root,
// so a linked source arrives under its target's name), a node path is not: a linked file goes
// as a link (`cp -a`) unless -L (`cp -a -L`); links inside a directory stay links unless -L
// (`tar -h`).

import { logrusLine } from '../../../cli/logrus';
import * as vfs from '../../../host/vfs';
import type { ContainerFile, ContainerFs } from '../../../containerd/client/index';
import { clientOf, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { refuseAmbiguous, walkContainers } from './container-walker';

interface FileSpec {
  container?: string;
  path: string;
}

/** parseCpFileSpec. */
function parseSpec(arg: string): FileSpec {
  const i = arg.indexOf(':');
  if (i === 0) throw new Error('filespec must match the canonical format: [container:]file/path');
  if (arg.startsWith('/')) return { path: arg };
  if (i < 0 || arg.startsWith('.')) return { path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

/** One side of the copy: the node's files or the container's root, as absolute paths. */
interface Side {
  /** How os.Stat's error names the path (`/proc/<pid>/root/…` for the container). */
  shown(path: string): string;
  /** The entry itself (lstat): a symlink is a symlink. */
  stat(path: string): ContainerFile | undefined;
  /** The path with every symlink on it resolved, or undefined when it leads nowhere. */
  resolve(path: string): string | undefined;
  list(path: string): string[];
  write(path: string, file: ContainerFile): void;
}

function nodeSide(c: NerdctlContext): Side {
  const files = c.env.node.state.host.files;
  return {
    shown: (p) => p,
    stat: (p) => {
      let e;
      try {
        e = vfs.stat(files, p, false);
      } catch {
        return undefined;
      }
      if (e.kind === 'dir') return { kind: 'dir', mode: e.mode };
      if (e.kind === 'symlink') return { kind: 'symlink', mode: e.mode, content: e.content ?? '' };
      return { kind: 'file', mode: e.mode, content: vfs.binaryToText(vfs.readFile(files, p)) };
    },
    resolve: (p) => (vfs.exists(files, p) ? vfs.realpath(files, p) : undefined),
    list: (p) => vfs.readdir(files, p).sort(),
    write: (p, f) => {
      if (f.kind === 'dir') vfs.mkdir(files, p, { parents: true, mode: f.mode, mtimeMs: c.env.node.nowMs() });
      else if (f.kind === 'file') vfs.writeFile(files, p, vfs.textToBinary(f.content ?? ''), { mode: f.mode, mtimeMs: c.env.node.nowMs() });
      else vfs.symlink(files, f.content ?? '', p, { mtimeMs: c.env.node.nowMs() });
    },
  };
}

function containerSide(fs: ContainerFs, pid: number): Side {
  return {
    shown: (p) => `/proc/${pid}/root${p}`,
    stat: (p) => fs.lookup(p),
    resolve: (p) => resolveLinks(fs, p),
    list: (p) => fs.list(p) ?? [],
    write: (p, f) => {
      fs.write?.(p, f);
    },
  };
}

function join(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** Every component of `path` resolved in the container's root (up to 40 links, as the kernel). */
function resolveLinks(fs: ContainerFs, path: string): string | undefined {
  let done = '/';
  const pending = path.split('/').filter(Boolean);
  for (let hops = 0; pending.length > 0; ) {
    const part = pending.shift() ?? '';
    if (part === '.') continue;
    if (part === '..') {
      done = vfs.dirname(done);
      continue;
    }
    const next = join(done, part);
    const entry = fs.lookup(next);
    if (!entry) return undefined;
    if (entry.kind !== 'symlink') {
      done = next;
      continue;
    }
    if (++hops > 40) return undefined;
    const target = entry.content ?? '';
    if (target.startsWith('/')) done = '/';
    pending.unshift(...target.split('/').filter(Boolean));
  }
  return done;
}

/** The entry a path names with its links followed (os.Stat), or undefined. */
function statFollowing(side: Side, path: string): ContainerFile | undefined {
  const real = side.resolve(path);
  return real === undefined ? undefined : side.stat(real);
}

/** Copies `src` to `dst`; a link is copied as a link unless `follow` (tar -h, cp -L). */
function copyTree(from: Side, src: string, to: Side, dst: string, follow: boolean): void {
  const own = from.stat(src);
  const entry = own?.kind === 'symlink' && follow ? (statFollowing(from, src) ?? own) : own;
  if (!entry) return;
  const real = entry === own ? src : (from.resolve(src) ?? src);
  to.write(dst, entry);
  if (entry.kind !== 'dir') return;
  for (const name of from.list(real)) copyTree(from, join(real, name), to, join(dst, name), follow);
}

/**
 * kopy: the released rules for where the source lands. A container path (`fromContainer` for
 * the source, else the destination) is SecureJoin'ed: resolved whole before anything else.
 */
function kopy(from: Side, to: Side, src: string, dst: string, fromContainer: boolean, follow: boolean): void {
  const given = vfs.normalizePath(src);
  const srcPath = fromContainer ? (from.resolve(given) ?? given) : given;
  const dstGiven = vfs.normalizePath(dst);
  const dstPath = fromContainer ? dstGiven : (to.resolve(dstGiven) ?? dstGiven);
  const srcEntry = statFollowing(from, srcPath);
  if (!srcEntry) throw new Error(`stat ${from.shown(srcPath)}: no such file or directory`);
  const srcIsDir = srcEntry.kind === 'dir';
  const dstEntry = statFollowing(to, dstPath);
  const dstExists = dstEntry !== undefined;
  const dstIsDir = dstEntry?.kind === 'dir';
  const dstEndsWithSep = dst.endsWith('/');
  const srcEndsWithSlashDot = src.endsWith('/.');
  if (!srcIsDir && dstEndsWithSep && !dstIsDir) throw new Error(`the destination directory must exists: stat ${to.shown(dstPath)}: no such file or directory`);
  if (!srcIsDir && srcEndsWithSlashDot) throw new Error('the source is not a directory');
  if (srcIsDir && dstExists && !dstIsDir) throw new Error('cannot copy a directory to a file');
  if (srcIsDir) {
    // tar -C <dir> .: a linked directory is entered; what is inside follows only with -h.
    const dir = from.resolve(srcPath) ?? srcPath;
    if (!dstExists) to.write(dstPath, { kind: 'dir', mode: 0o755 });
    if (!dstExists || srcEndsWithSlashDot) {
      for (const name of from.list(dir)) copyTree(from, join(dir, name), to, join(dstPath, name), follow);
    } else {
      // tar -C <parent> <name>: a linked directory goes as the link unless -h.
      copyTree(from, srcPath, to, join(dstPath, vfs.basename(srcPath)), follow);
    }
    return;
  }
  const target = dstEndsWithSep || dstIsDir ? join(dstPath, vfs.basename(srcPath)) : dstPath;
  const parent = to.resolve(vfs.dirname(target));
  if (parent === undefined || statFollowing(to, parent)?.kind !== 'dir') throw new Error(`stat ${to.shown(vfs.dirname(target))}: no such file or directory`);
  // cp -a [-L] of the single file.
  copyTree(from, srcPath, to, join(parent, vfs.basename(target)), follow);
}

export const cpCommand: NerdctlCommand = {
  name: 'cp',
  usage: 'Copy files/folders between a running container and the local filesystem.',
  argsUsage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n  nerdctl cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  description:
    "Copy files/folders between a running container and the local filesystem.\nThis command requires 'tar' to be installed on the host (not in the container).\nUsing GNU tar is recommended.\nThe path of the 'tar' binary can be specified with an environment variable '$TAR'.\n\nWARNING: 'nerdctl cp' is designed only for use with trusted, cooperating containers.\nUsing 'nerdctl cp' with untrusted or malicious containers is unsupported and may not provide protection against unexpected behavior.\n",
  args: { min: 2, max: 2 },
  flags: [{ names: ['follow-link', 'L'], kind: 'bool', usage: 'Always follow symbolic link in SRC_PATH.' }],
  action: async (c) => {
    const src = parseSpec(c.args[0] ?? '');
    const dest = parseSpec(c.args[1] ?? '');
    if ((src.container !== undefined && dest.container !== undefined) || (src.path === '' && dest.path === '')) {
      throw new Error('one of src or dest must be a local file specification');
    }
    if (src.container === undefined && dest.container === undefined) throw new Error('one of src or dest must be a container file specification');
    if (src.path === '-') throw new Error('support for reading a tar archive from stdin is not implemented yet');
    if (dest.path === '-') throw new Error('support for writing a tar archive to stdout is not implemented yet');
    const container2host = src.container !== undefined;
    const req = (container2host ? src.container : dest.container) ?? '';
    const client = clientOf(c);
    // cp runs `nerdctl container inspect --mode=native` of the container first.
    const n = await walkContainers(client, req, (found) => {
      refuseAmbiguous(found);
      let task;
      try {
        task = found.container.task();
      } catch {
        // native inspect prints a null Process: its status is empty
        throw new Error('expected container status running, got ');
      }
      const status = task.status();
      if (status !== 'RUNNING') throw new Error(`expected container status running, got ${status.toLowerCase()}`);
      const inside = containerSide(task.rootfs(), task.pid());
      const host = nodeSide(c);
      const hostPath = (p: string) => vfs.normalizePath(p, c.io.cwd) + (p.endsWith('/') && p !== '/' ? '/' : '');
      const follow = c.bool('follow-link');
      if (container2host) kopy(inside, host, src.path.startsWith('/') ? src.path : `/${src.path}`, hostPath(dest.path), true, follow);
      else kopy(host, inside, hostPath(src.path), dest.path.startsWith('/') ? dest.path : `/${dest.path}`, false, follow);
    });
    if (n === 0) {
      // The inspect subprocess's own fatal line reaches nerdctl's stderr first.
      c.io.stderr(logrusLine('fatal', `1 errors: [no such object: ${req}]`, {}, { tty: c.io.isTTY, nowMs: c.env.node.nowMs(), elapsedSeconds: 0 }));
      throw new Error(`failed to execute [${c.env.exePath} container inspect --mode=native --format={{json .Process}} ${req}]: exit status 1`);
    }
  },
};
