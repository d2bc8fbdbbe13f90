// Where `ctr run` sends the task's IO (cmd/ctr/commands/tasks/tasks_unix.go NewTask, 1.6.20),
// chosen in this order: a console with -t, /dev/null with --null-io, the shim's own writer with
// --log-uri, else FIFOs ctr copies from (made under --fifo-dir when given). Of --log-uri the
// shim's file:// writer is modelled (stdout and stderr appended to one file as they are
// written, its directory made first: containerd/tasks/shim-log-file.ts), a binary:// logger
// that cannot be started, and an unknown scheme's refusal; a logger that starts is not. The FIFOs themselves
// are not modelled: only the directory ctr makes for them (0700) stays behind, as on a real node.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { plain } from '../../../errdefs/errdefs';
import { exists, isVfsError, mkdir, normalizePath, stat } from '../../../host/vfs';
import type { CtrContext } from '../ctr-env';

/** How the task's output leaves it: copied by ctr, or written into a file by the shim. */
export type TaskOutput = { kind: 'ctr' } | { kind: 'file'; path: string };

/** The dirname of an absolute path ("/" for a top-level entry). */
const parentOf = (path: string) => path.slice(0, Math.max(path.lastIndexOf('/'), 1));

/** An error of the node's files in the words of Go's os package (`mkdir /x: not a directory`). */
function osError(err: unknown): Error {
  if (isVfsError(err)) return plain(err.message);
  throw err;
}

/**
 * os.MkdirAll: the first ancestor that exists and is no directory is named (`mkdir
 * /etc/hostname: not a directory`, also for a path below it), else the missing ones are made.
 */
function mkdirAll(c: CtrContext, path: string, mode: number): void {
  const files = c.env.node.state.host.files;
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const prefix = `/${parts.slice(0, i).join('/')}`;
    let entry;
    try {
      entry = stat(files, prefix);
    } catch {
      break;
    }
    if (entry.kind !== 'dir') throw plain(`mkdir ${prefix}: not a directory`);
  }
  try {
    mkdir(files, path, { parents: true, mode, mtimeMs: c.env.node.nowMs() });
  } catch (err) {
    throw osError(err);
  }
}

/**
 * The shim's refusal of a --log-uri whose scheme it has no writer for (runc v2 shim's
 * createIO: fifo, binary and file are known; an empty scheme counts as fifo), or undefined.
 */
export function unknownStdioScheme(logUri: string): string | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(logUri)?.[1]?.toLowerCase() ?? '';
  if (scheme === '' || scheme === 'file' || scheme === 'binary' || scheme === 'fifo' || !/^[a-z]+$/.test(scheme)) return undefined;
  return `failed to create init process I/O: unknown STDIO scheme ${scheme}: unknown`;
}

/**
 * Before the task is created: --log-uri's scheme (the shim refuses one it does not know, so the
 * task is never made) and --fifo-dir's directory. Throws ctr's error; returns where output goes.
 */
export function prepareTaskIO(c: CtrContext, tty: boolean, nullIO: boolean): TaskOutput {
  if (tty || nullIO) return { kind: 'ctr' };
  const logUri = c.string('log-uri');
  if (logUri !== '') {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(logUri);
    const scheme = m?.[1]?.toLowerCase() ?? '';
    const rest = m?.[2] ?? '';
    if (scheme === 'binary') refuseUnstartableLogger(c, rest);
    if (scheme === 'file' && /^\/\/\//.test(rest) && !/[?#%]/.test(rest)) {
      const path = rest.slice(2);
      try {
        mkdirAll(c, parentOf(path), 0o755);
      } catch (err) {
        throw plain(`failed to create shim task: failed to create init process I/O: ${err instanceof Error ? err.message : String(err)}: unknown`);
      }
      return { kind: 'file', path };
    }
    const unknownScheme = unknownStdioScheme(logUri);
    if (unknownScheme) throw plain(`failed to create shim task: ${unknownScheme}`);
    if (!m && !logUri.includes('?') && !logUri.includes('#')) {
      // No scheme: the shim takes the value for a FIFO's path (its cwd is the task's bundle) and
      // opens it while it sets up the copying; only a path that is not there is modelled.
      const where = logUri.startsWith('/') ? logUri : '';
      if (where === '' || !exists(c.env.node.state.host.files, where)) {
        throw plain(
          `failed to create shim task: failed to start io pipe copy: unable to copy pipes: containerd-shim: opening file ${JSON.stringify(logUri)} failed: open ${logUri}: no such file or directory: unknown`,
        );
      }
    }
    throw new NotSimulatedError(`ctr's --log-uri ${JSON.stringify(logUri)}`, "ctr's help and containerd's docs/getting-started.md");
  }
  const fifoDir = c.string('fifo-dir');
  if (fifoDir !== '') {
    if (c.bool('detach')) throw new NotSimulatedError("ctr's --fifo-dir flag with --detach", "ctr's help and containerd's docs/getting-started.md");
    mkdirAll(c, normalizePath(fifoDir, c.io.cwd), 0o700);
  }
  return { kind: 'ctr' };
}

/**
 * `ctr t exec --fifo-dir DIR`: cio.NewFIFOSetInDir makes DIR (os.MkdirAll, 0700) before the
 * process, then a temporary directory of FIFOs in it that goes when the exec ends: DIR stays, empty.
 */
export function makeExecFifoDir(c: CtrContext): void {
  const fifoDir = c.string('fifo-dir');
  if (fifoDir !== '') mkdirAll(c, normalizePath(fifoDir, c.io.cwd), 0o700);
}

/** Directories whose programs the node's shell provides. */
const BIN_DIRS = /^\/(usr\/(local\/)?)?s?bin\/[^/]+$/;

/**
 * url.Parse's Path of what follows `binary:`: after an authority (`//host`), up to `?` or `#`;
 * empty for an opaque `binary:x`. Undefined for an escaped path (not decoded here).
 */
function binaryLoggerPath(rest: string): string | undefined {
  if (!rest.startsWith('/')) return '';
  const afterAuthority = rest.startsWith('//') ? rest.slice(2).replace(/^[^/?#]*/, '') : rest;
  const path = afterAuthority.replace(/[?#].*$/s, '');
  return path.includes('%') ? undefined : path;
}

/**
 * The shim's binary:// logger (NewBinaryIO, pkg/process/io.go @v1.6.20) is started before the
 * task is made: exec.Command of the URI's path fails for no path, a missing one, a directory or
 * a file without x bits, and the task's I/O with it. A logger that starts is not simulated.
 */
function refuseUnstartableLogger(c: CtrContext, rest: string): void {
  const path = binaryLoggerPath(rest);
  const fail = (why: string) =>
    plain(`failed to create shim task: failed to create init process I/O: 1 error occurred:\n\t* failed to start binary process: ${why}\n\n: unknown`);
  if (path === '') throw fail('exec: no command');
  if (path === undefined) return;
  let entry;
  try {
    entry = stat(c.env.node.state.host.files, path);
  } catch (err) {
    if (!isVfsError(err)) throw err;
    // The node's own programs (/usr/bin/true, …) come from its shell, not from these files:
    // a name in a bin directory may be one of them, which would start.
    if (isVfsError(err, 'ENOENT') && BIN_DIRS.test(path)) return;
    throw fail(`fork/exec ${path}: ${isVfsError(err, 'ENOTDIR') ? 'not a directory' : 'no such file or directory'}`);
  }
  if (entry.kind === 'dir' || (entry.mode & 0o111) === 0) throw fail(`fork/exec ${path}: permission denied`);
}
