// Whether overlayfs merges a directory of an overlay mount: one that two or more of its dirs
// (the upper and the lowers) hold. The kernel reports such a directory with link count 1, as
// it cannot count its subdirectories without reading every layer; a directory that a single
// layer holds shows that layer's own count (a container's /bin: 2, its /etc after dockerd's
// init layer wrote hostname there: 1).

import type { Node } from '../node';
import { overlayAt } from './overlay';

/** True when more than one dir of the overlay at `target` holds directory `path` (the root always). */
export function overlayDirMerged(node: Node, target: string, path: string): boolean {
  const dirs = overlayAt(node, target);
  if (!dirs) return false;
  if (path === '/') return true;
  const files = node.state.host.files;
  let holders = 0;
  for (const dir of [dirs.upperdir, ...dirs.lowerdirs]) {
    if (files[`${dir}${path}`]?.kind === 'dir' && ++holders > 1) return true;
  }
  return false;
}
