// `docker config create` and `docker secret create` read their content before they call the
// daemon: `-` is stdin, anything else a file of the node (relative to the working directory).

import { exists, normalizePath, stat } from '../../../host/vfs';
import type { DockerContext } from '../docker-env';

/** undefined when the source can be read; else the open error as Go words it (`open f: no such file or directory`). */
export function sourceError(c: DockerContext, path: string): string | undefined {
  if (path === '-') return undefined;
  const files = c.env.node.state.host.files;
  const full = normalizePath(path, c.io.cwd);
  if (!exists(files, full)) return `open ${path}: no such file or directory`;
  if (stat(files, full).kind === 'dir') return `read ${path}: is a directory`;
  return undefined;
}
