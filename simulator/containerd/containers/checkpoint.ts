// Container checkpoints (container.Checkpoint / client.Restore in containerd 1.6): an OCI
// index image holding the runtime options, optionally the image and the rw layer. A task
// checkpoint needs CRIU, which Debian's containerd does not pull in, so runc fails exactly
// as on the recorded node. Restoring needs the task's checkpoint data, so it fails too.

import type { Node } from '../../node';
import { writeBlob } from '../content/content-store';
import { digestText, textSize } from '../content/digest';
import { alreadyExists, isNotFound, notFound, plain, unknown } from '../errdefs';
import { createImage, getImage } from '../images/image-store';
import { MEDIA_TYPE } from '../images/media-types';
import type { Descriptor } from '../metadata/schema';
import { getSnapshot } from '../snapshots/snapshots';
import { findTask } from '../tasks/tasks';
import { getContainer } from './containers';
import { SHIM_STATE_DIR } from '../tasks/tasks';

const RUNTIME_OPTIONS_TYPE = 'application/vnd.containerd.container.checkpoint.runtime.options+proto';
/** The gzip of an empty tar: the rw layer of a container that wrote nothing. */
const EMPTY_LAYER: Descriptor = {
  mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
  digest: 'sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1',
  size: 32,
  platform: { architecture: 'amd64', os: 'linux' },
};

export interface CheckpointOptions {
  task: boolean;
  image: boolean;
  rw: boolean;
}

function criuError(ns: string, id: string): Error {
  return unknown(
    `runc did not terminate successfully: exit status 1: criu failed: type DUMP errno 0 path= ${SHIM_STATE_DIR}/${ns}/${id}/criu-dump.log`,
  );
}

/** `ctr c checkpoint`: creates image `ref`. Throws notFound, alreadyExists, and CRIU's failure for --task. */
export function checkpointContainer(node: Node, ns: string, id: string, ref: string, o: CheckpointOptions): void {
  const container = getContainer(node, ns, id);
  const task = findTask(node, ns, id);
  if (o.task) {
    if (!task) throw notFound(`task ${id} not found`);
    throw criuError(ns, id);
  }
  // protobuf of runc's Options with only its type name set: field 1, length 26.
  const options = `\n\u001a${'containerd.runc.v1.Options'}`;
  const optionsDigest = digestText(options);
  writeBlob(node, ns, { digest: optionsDigest, size: textSize(options), mediaType: RUNTIME_OPTIONS_TYPE, data: options });
  const manifests: Descriptor[] = [
    { mediaType: RUNTIME_OPTIONS_TYPE, digest: optionsDigest, size: textSize(options), platform: { architecture: 'amd64', os: 'linux' } },
  ];
  if (o.image) {
    const image = getImage(node, ns, container.image);
    const tag = image.name.includes(':') ? image.name.slice(image.name.lastIndexOf(':') + 1) : 'latest';
    manifests.push({
      mediaType: image.target.mediaType,
      digest: image.target.digest,
      size: image.target.size,
      annotations: { 'io.containerd.image.name': image.name, 'org.opencontainers.image.ref.name': tag },
    });
  }
  if (o.rw) manifests.push(EMPTY_LAYER);
  const index = JSON.stringify({
    schemaVersion: 2,
    manifests,
    annotations: {
      'io.containerd.checkpoint.runtime': container.runtime.name,
      'io.containerd.checkpoint.snapshotter': container.snapshotter,
      'org.opencontainers.image.ref.name': container.image,
    },
  });
  const digest = digestText(index);
  const labels = Object.fromEntries(manifests.map((m, i) => [`containerd.io/gc.ref.content.${i}`, m.digest]));
  writeBlob(node, ns, { digest, size: textSize(index), mediaType: MEDIA_TYPE.ociIndex, data: index }, labels);
  createImage(node, ns, { name: ref, target: { mediaType: MEDIA_TYPE.ociIndex, digest, size: textSize(index) } });
}

/**
 * `ctr c restore`: the checkpoint image must exist (a ref that is no registry reference
 * fails to parse), the container's snapshot key must be free, and then the spec has to come
 * from the checkpoint — which only a task checkpoint holds, so it ends in `media type not found`.
 */
export function restoreContainer(node: Node, ns: string, id: string, ref: string): never {
  try {
    getImage(node, ns, ref);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    if (!ref.includes('/')) throw plain(`failed to resolve reference ${JSON.stringify(ref)}: object required`);
    throw err;
  }
  const snapshotter = (() => {
    try {
      return getContainer(node, ns, id).snapshotter;
    } catch {
      return 'overlayfs';
    }
  })();
  if (getSnapshot(node, ns, snapshotter, id)) throw alreadyExists(`snapshot ${JSON.stringify(id)}`);
  throw plain('media type not found');
}
