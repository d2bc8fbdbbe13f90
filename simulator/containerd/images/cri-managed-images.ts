// The CRI plugin's reaction to image events in its namespace (containerd 1.6 pkg/cri
// updateImage): an image in k8s.io that is not yet labelled io.cri-containerd.image=managed
// gets that label, plus a second reference named after its config digest (the "image id").
// This is why `ctr -n k8s.io images import` shows a `sha256:<config>` row, while a tag of an
// already managed image (its labels are copied) does not bring one back.
// (The two modules import each other; only functions cross, so the cycle is harmless.)

import type { Node } from '../../node';
import { ContainerdError, isAlreadyExists } from '../../errdefs/errdefs';
import { manifestFor } from './image-walk';
import { createImage, getImage, updateImage } from './image-store';

export const CRI_NAMESPACE = 'k8s.io';
export const CRI_MANAGED_LABEL = 'io.cri-containerd.image';
export const CRI_MANAGED_VALUE = 'managed';

/** Called by the image store after a create or update; does nothing outside k8s.io. */
export function criObserveImage(node: Node, ns: string, name: string): void {
  if (ns !== CRI_NAMESPACE) return;
  let image;
  try {
    image = getImage(node, ns, name);
  } catch {
    return;
  }
  if (image.labels[CRI_MANAGED_LABEL] === CRI_MANAGED_VALUE) return;
  let configDigest: string;
  try {
    configDigest = manifestFor(node, ns, image.target).manifest.config.digest;
  } catch (err) {
    // The real plugin logs "get image id" and leaves the image unmanaged; a bug must surface.
    if (!(err instanceof ContainerdError)) throw err;
    return;
  }
  const target = { ...image.target };
  const labels = { [CRI_MANAGED_LABEL]: CRI_MANAGED_VALUE };
  for (const ref of [configDigest, name]) {
    try {
      createImage(node, ns, { name: ref, target, labels });
    } catch (err) {
      if (!isAlreadyExists(err)) continue;
      const old = getImage(node, ns, ref);
      if (old.target.digest === target.digest && old.labels[CRI_MANAGED_LABEL] === CRI_MANAGED_VALUE) continue;
      updateImage(node, ns, { name: ref, target, labels }, ['target', `labels.${CRI_MANAGED_LABEL}`]);
    }
  }
}
