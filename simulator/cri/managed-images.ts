// The CRI plugin's image bookkeeping (containerd 1.6 pkg/cri/server/events.go handling
// /images/create and /images/update in k8s.io, then image_pull.go's createImageReference):
// an image in k8s.io not yet labelled io.cri-containerd.image=managed gets that label, plus a
// second reference named after its config digest (the "image id"). This is why
// `ctr -n k8s.io images import` shows a `sha256:<config>` row, while a tag of an already
// managed image (its labels are copied) does not bring one back.
//
// The plugin is a client of containerd like any tool: it follows the event stream and
// changes images through the images service. The exchange hands a subscriber each event
// before the service call that published it returns, so the extra references appear within
// the same command, and `ctr events` sees them right after the event that caused them.

import type { ContainerdClient, EventEnvelope, ImagesApi } from '../containerd/client/index';
import { ContainerdError, isAlreadyExists } from '../errdefs/errdefs';

const CRI_NAMESPACE = 'k8s.io';
const CRI_MANAGED_LABEL = 'io.cri-containerd.image';
const CRI_MANAGED_VALUE = 'managed';

/** The events the plugin follows: images created or updated in its namespace. */
const IMAGE_EVENTS = [
  `topic=="/images/create",namespace==${JSON.stringify(CRI_NAMESPACE)}`,
  `topic=="/images/update",namespace==${JSON.stringify(CRI_NAMESPACE)}`,
];

/** updateImage of the CRI image store for one image name. */
function manage(images: ImagesApi, name: string): void {
  let image;
  try {
    image = images.get(name);
  } catch {
    return;
  }
  if (image.labels[CRI_MANAGED_LABEL] === CRI_MANAGED_VALUE) return;
  let configDigest: string;
  try {
    configDigest = images.config(image.target).digest;
  } catch (err) {
    // The real plugin logs "get image id" and leaves the image unmanaged; a bug must surface.
    if (!(err instanceof ContainerdError)) throw err;
    return;
  }
  const target = { ...image.target };
  const labels = { [CRI_MANAGED_LABEL]: CRI_MANAGED_VALUE };
  for (const ref of [configDigest, name]) {
    try {
      images.create({ name: ref, target, labels });
    } catch (err) {
      if (!isAlreadyExists(err)) continue;
      const old = images.get(ref);
      if (old.target.digest === target.digest && old.labels[CRI_MANAGED_LABEL] === CRI_MANAGED_VALUE) continue;
      images.update({ name: ref, target, labels }, ['target', `labels.${CRI_MANAGED_LABEL}`]);
    }
  }
}

/** Starts the plugin's image bookkeeping on the node `client` is connected to; returns its stop. */
export function startCriImageBookkeeping(client: ContainerdClient): () => void {
  const cri = client.withNamespace(CRI_NAMESPACE);
  return cri.events.subscribe(IMAGE_EVENTS, (e: EventEnvelope) => {
    const name = e.event.name;
    if (typeof name === 'string') manage(cri.images, name);
  });
}
