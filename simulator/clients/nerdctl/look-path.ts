// exec.LookPath as nerdctl runs it on the node: each directory of the caller's $PATH (Go's
// default when unset) is tried for an executable regular file of that name; none is Go's
// `exec: "<name>": executable file not found in $PATH`.

import * as vfs from '../../host/vfs';
import type { NerdctlContext } from './nerdctl-env';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * @param packaged the binary is one of the node's Debian packages' (containerd's
 * /usr/bin/containerd, also /bin/… on bookworm's merged /usr): those are not stored in the
 * node's files, the shell shows them.
 */
export function lookPath(c: NerdctlContext, name: string, packaged = false): string {
  const files = c.env.node.state.host.files;
  for (const dir of (c.io.environ.PATH ?? DEFAULT_PATH).split(':')) {
    if (dir === '') continue;
    const path = `${dir.replace(/\/+$/, '')}/${name}`;
    if (packaged && ['/usr/bin', '/bin'].includes(dir.replace(/\/+$/, ''))) return path;
    if (!vfs.exists(files, path)) continue;
    const entry = vfs.stat(files, path);
    if (entry.kind === 'file' && (entry.mode & 0o111) !== 0) return path;
  }
  throw new Error(`exec: ${JSON.stringify(name)}: executable file not found in $PATH`);
}
