// The rw layer of a container checkpoint (`ctr c checkpoint --rw`): containerd diffs the
// container's snapshot against its parent (rootfs.CreateDiff) and stores the result as a gzip
// layer, through the diff service (diff/walking-differ.ts). A checkpoint's layer is restored by
// copying its files back, so it keeps the files and leaves the deletions to its tar.

import type { Node } from '../../node';
import type { Descriptor } from '../../oci/descriptor';
import { findStoredSnapshot } from '../snapshots/snapshot-chain';
import { writeDiff } from '../diff/walking-differ';

/**
 * Writes the diff of snapshot `key` against its parent into the content store (labelled with
 * its uncompressed digest, as the diff service does) and returns its descriptor.
 * Throws notFound when the snapshot is missing.
 */
export function writeRwLayer(node: Node, ns: string, snapshotter: string, key: string): Descriptor {
  const { record } = findStoredSnapshot(node, ns, snapshotter, key);
  const desc = writeDiff(node, ns, record.upper ?? {});
  return { ...desc, platform: { architecture: 'amd64', os: 'linux' } };
}
