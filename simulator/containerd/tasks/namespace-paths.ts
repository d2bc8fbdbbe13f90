// runc 1.1's orderNamespacePaths (libcontainer/container_linux.go), as container.Start makes the
// init's bootstrap data: every namespace the spec joins by path is lstat'ed first, so joining
// /proc/<pid>/ns/<type> of a process that is gone (`nerdctl run --network container:web` created
// while web ran, started after web stopped) fails `unable to create new parent process:
// namespace path: lstat …: no such file or directory` before the cgroup is applied.

import type { Node } from '../../node';
import type { ContainerRecord } from '../metadata/schema';
import { isHostPid } from './host-pid-namespace';

const PROC_NS = /^\/proc\/(\d+)\/ns\/[a-z_]+$/;

/** The text after `runc create failed: ` for a joined /proc namespace whose process is gone. */
export function checkNamespacePaths(node: Node, container: ContainerRecord): string | undefined {
  for (const n of container.spec.linux?.namespaces ?? []) {
    const pid = n.path ? PROC_NS.exec(n.path)?.[1] : undefined;
    if (pid === undefined) continue;
    if (!isHostPid(node, Number(pid))) return `unable to create new parent process: namespace path: lstat ${n.path}: no such file or directory`;
  }
  return undefined;
}
