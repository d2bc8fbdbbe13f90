// Container checkpoints (container.Checkpoint / client.Restore in containerd 1.6): an OCI
// index image holding the runtime options, optionally the image and the rw layer. A task
// checkpoint needs CRIU, which Debian's containerd does not pull in, so runc fails exactly
// as on the recorded node. Restoring needs the task's checkpoint data, so it fails too.

import type { Node } from '../../node';
import { writeBlob } from '../content/content-store';
import { digestText, textSize } from '../../oci/digest';
import { alreadyExists, isNotFound, notFound, plain, unknown } from '../../errdefs/errdefs';
import { createImage, getImage } from '../images/image-store';
import { MEDIA_TYPE } from '../../oci/media-types';
import type { ContainerRecord } from '../metadata/schema';
import type { Descriptor } from '../../oci/descriptor';
import { getSnapshot } from '../snapshots/snapshots';
import { findTask, pauseTask, resumeTask } from '../tasks/tasks';
import { writeRwLayer } from './checkpoint-rw';
import { getContainer } from './containers';
import { SHIM_STATE_DIR } from '../tasks/tasks';

const RUNTIME_OPTIONS_TYPE = 'application/vnd.containerd.container.checkpoint.runtime.options+proto';

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

/**
 * `ctr c checkpoint`: creates image `ref`. Throws notFound, alreadyExists, runc's `cannot pause
 * …` (a task that is not running) and CRIU's failure for --task.
 */
export function checkpointContainer(node: Node, ns: string, id: string, ref: string, o: CheckpointOptions): void {
  const container = getContainer(node, ns, id);
  const task = findTask(node, ns, id);
  if (o.task && !task) throw notFound(`task ${id} not found`);
  if (!task) {
    writeCheckpoint(node, ns, container, ref, o);
    return;
  }
  // container.Checkpoint pauses a task first and resumes it when done, whatever happened.
  pauseTask(node, ns, id);
  try {
    if (o.task) throw criuError(ns, id);
    writeCheckpoint(node, ns, container, ref, o);
  } finally {
    // Nothing can be signalled during the pause, so no pending signal waits for delivery.
    resumeTask(node, ns, id, () => undefined);
  }
}

function writeCheckpoint(node: Node, ns: string, container: ContainerRecord, ref: string, o: CheckpointOptions): void {
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
  if (o.rw) manifests.push(writeRwLayer(node, ns, container.snapshotter, container.snapshotKey));
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
 * `ctr c restore`: the checkpoint image must exist (else notFound, which the client answers
 * by resolving `ref` remotely), the container's snapshot key must be free, and then the spec has to come
 * from the checkpoint — which only a task checkpoint holds, so it ends in `media type not found`.
 */
export function restoreContainer(node: Node, ns: string, id: string, ref: string): never {
  getImage(node, ns, ref);
  const snapshotter = (() => {
    try {
      return getContainer(node, ns, id).snapshotter;
    } catch (err) {
      // The snapshot key of a container that does not exist yet is checked in the default snapshotter.
      if (isNotFound(err)) return 'overlayfs';
      throw err;
    }
  })();
  if (getSnapshot(node, ns, snapshotter, id)) throw alreadyExists(`snapshot ${JSON.stringify(id)}`);
  throw plain('media type not found');
}
