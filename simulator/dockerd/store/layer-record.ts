// One layer of dockerd's layer store (/var/lib/docker/image/overlay2/layerdb and the overlay2
// dir it names on a real node; moby 20.10 layer/layer_store.go). A layer is known by its diff
// id, the sha256 of its uncompressed tar; the files it adds are what a container's rootfs, a
// `docker save` and a build step read. Nothing of it is in containerd's content store.

import { LayerFileSchema } from '../../oci/blob';
import { absolutePath, bytes, digest, recordOf, shape, v } from '../../schema/kit';

export const DockerLayerRecordSchema = shape({
  /** sha256 of the uncompressed layer tar (the image config's rootfs.diff_ids entry). */
  diffId: digest,
  /**
   * The layer's size as `docker history` shows it and `docker images` adds it up (DiffSize: the
   * bytes of its files; for a catalogue layer the size the registry declares).
   */
  size: bytes,
  /** The overlay2 directory under /var/lib/docker/overlay2 (moby's random cache id). */
  cacheId: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The files the layer adds, path → file (an empty layer has none); null for a path it deletes. */
  files: recordOf(absolutePath, v.nullable(LayerFileSchema)),
  /**
   * Optional: the exact tar bytes of a layer read from a real archive, deflated and base64'd
   * (oci/raw-bytes.ts), so `docker save` writes them back and the diff id still matches.
   */
  rawDeflated: v.optional(v.string()),
  /**
   * Optional: the compressed blob a pull fetched it as, and the registry host it came from
   * (moby's v2 metadata service), so a push reuses that digest instead of compressing again.
   */
  blob: v.optional(shape({ digest, size: bytes, mediaType: v.string(), host: v.string() })),
});

export type DockerLayerRecord = v.InferOutput<typeof DockerLayerRecordSchema>;
