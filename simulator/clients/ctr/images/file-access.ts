// ctr reads and writes files on the node (archives, CA certificates, mount targets): the
// paths are relative to the shell's working directory, and failures read like Go's os errors.

import { plain } from '../../../errdefs/errdefs';
import { isVfsError, normalizePath, readFile } from '../../../host/vfs';
import type { CtrContext } from '../ctr-env';

/** Absolute path of `path` for this invocation. */
export function hostPath(c: CtrContext, path: string): string {
  return normalizePath(path, c.io.cwd);
}

/** os.ReadFile: throws plain `open <path>: no such file or directory` (path as typed). */
export function readHostFile(c: CtrContext, path: string): string {
  if (path === '') throw plain('open : no such file or directory');
  try {
    return readFile(c.env.node.state.host.files, hostPath(c, path));
  } catch (err) {
    // Go opens a directory fine and fails on the first read.
    if (isVfsError(err, 'EISDIR')) throw plain(`read ${path}: is a directory`);
    if (isVfsError(err)) throw plain(`open ${path}: ${err.message.replace(/^\S+ \S+: /, '')}`);
    throw err;
  }
}
