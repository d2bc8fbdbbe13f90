// remotes.PushContent's walk (containerd 1.6): from the target down, every blob a push will
// send, in the order ctr's progress display adds them — a parent, then its children. Before
// a parent's children are visited, each child must exist in the content store (the
// distribution-source annotation step), which is where a listed-but-absent platform makes
// the whole push fail with `content digest …: not found`.

import type { Node } from '../../node';
import type { Blob } from '../../oci/blob';
import type { Descriptor } from '../../oci/descriptor';
import { contentInfo, getBlob } from '../content/content-store';
import { childrenOf } from './image-walk';
import { isIndexType, isManifestType, isNonDistributable } from '../../oci/media-types';
import type { PlatformMatcher } from '../../oci/platform';

export interface PushPlan {
  /** Descriptors in display order. */
  jobs: Descriptor[];
  /** Blobs to send (children before parents). */
  blobs: Blob[];
  /** The first non-manifest blob (the first request a push makes is a HEAD for it). */
  firstBlob?: string;
  /** Set when the walk stopped at a missing blob; `jobs` holds what was listed before. */
  error?: unknown;
}

export function planPush(node: Node, ns: string, target: Descriptor, matcher: PlatformMatcher, allowNonDistributable = false): PushPlan {
  const plan: PushPlan = { jobs: [], blobs: [] };
  const seen = new Set<string>();
  const manifests: Blob[] = [];
  const visit = (desc: Descriptor): void => {
    if (seen.has(desc.digest)) return;
    seen.add(desc.digest);
    if (!allowNonDistributable && isNonDistributable(desc.mediaType)) return;
    plan.jobs.push(desc);
    let children = childrenOf(node, ns, desc);
    if (isIndexType(desc.mediaType)) children = children.filter((c) => !c.platform || !matcher || matcher(c.platform));
    if (isIndexType(desc.mediaType) || isManifestType(desc.mediaType)) {
      for (const child of children) contentInfo(node, ns, child.digest);
      manifests.push(getBlob(node, ns, desc.digest));
    } else {
      plan.firstBlob ??= desc.digest;
      plan.blobs.push(getBlob(node, ns, desc.digest));
    }
    for (const child of children) visit(child);
  };
  try {
    visit(target);
  } catch (err) {
    plan.error = err;
  }
  plan.blobs.push(...manifests.reverse());
  return plan;
}
