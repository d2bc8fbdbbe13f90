// Which CPU a snapshot's programs were built for. A layer unpacked from another platform's
// image (`ctr run --platform linux/arm64`, `nerdctl run --platform arm64`) holds that
// platform's binaries; node1 has no binfmt_misc emulator, so the kernel refuses to exec them
// (ENOEXEC) and runc's init reports `exec <path>: exec format error` on the process's stderr.

import { runsNatively } from '../../host/native-architectures';
import type { Node } from '../../node';
import { getOwn } from '../namespaces/records';
import { findStoredSnapshot, parentsOf } from './snapshot-chain';

/**
 * The architecture of the binaries in snapshot `key` when the node cannot run them, else
 * undefined: the machine of the nearest layer in its chain that names one. A missing snapshot
 * (a container on a plain rootfs path) is native.
 */
export function foreignMachine(node: Node, ns: string, snapshotter: string, key: string): string | undefined {
  let stored;
  try {
    stored = findStoredSnapshot(node, ns, snapshotter, key);
  } catch {
    return undefined;
  }
  for (const record of [stored.record, ...parentsOf(stored)]) {
    if (!record.layerDigest) continue;
    const machine = getOwn(node.state.containerd.blobs, record.layerDigest)?.machine;
    if (machine !== undefined) return runsNatively(machine) ? undefined : machine;
  }
  return undefined;
}
