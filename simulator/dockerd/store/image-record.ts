// One image in dockerd's own image store (/var/lib/docker/image/overlay2/imagedb and its
// repositories.json on a real node): the image id is the sha256 of its config, as moby 20.10's
// image/store.go keys it, and the references point at ids (reference/store.go). Nothing of it
// is in containerd: Docker 20.10 keeps images out of containerd's image and content stores.

import { anyObject, bytes, isoTime, shape, v } from '../../schema/kit';

const id64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

export const DockerImageRecordSchema = shape({
  /** The config digest's hex: `docker images` shows its first 12 characters. */
  id: id64,
  /** The image config as the registry served it (OCI/docker config JSON, parsed). */
  config: anyObject,
  /** The config's `created`, which `docker images` ages (CREATED column). */
  created: isoTime,
  /** Sum of the uncompressed layer sizes (SIZE column; docker shows decimal units). */
  size: bytes,
  /** The layers' diff ids, bottom first (the overlay2 layers under /var/lib/docker/overlay2). */
  diffIds: v.array(v.string()),
  /** `repo@sha256:…` references the image was pulled by (RepoDigests; --digests). */
  repoDigests: v.array(v.string()),
  /** When `docker tag` last named it (Metadata.LastTagTime); absent: never (Go's zero time). */
  lastTagTime: v.optional(isoTime),
  /**
   * Optional: the config's exact bytes, whose sha256 is the id (`docker save` writes them as
   * <id>.json). Absent for images stored before: the config is then marshalled again.
   */
  configText: v.optional(v.string()),
  /** Optional: the image a classic build or commit step made this one from (Parent; history walks it). */
  parent: v.optional(id64),
});

export type DockerImageRecord = v.InferOutput<typeof DockerImageRecordSchema>;
