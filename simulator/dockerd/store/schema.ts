// dockerd's own saved state (its data root, /var/lib/docker, on a real node): the image store
// and its references, and the containers it made. Containers also exist in containerd
// (namespace moby) while they run; what docker shows of them comes from these records.
//
//   dockerd
//   ├── images      id (config digest hex) → DockerImageRecord
//   ├── references  familiar-normalised name (`docker.io/library/busybox:latest`) → image id
//   ├── containers  id (64 hex) → DockerContainerRecord
//   ├── layers      diff id (`sha256:…`) → DockerLayerRecord (optional: saves before it have none)
//   ├── retainedLayers  image id → diff ids of a deleted image its containers still run on (optional)
//   ├── network     libnetwork's networks, endpoints, sandboxes (network/network-record.ts; optional: made on first use)
//   ├── volumes     name → VolumeRecord (volumes/volume-record.ts; optional: saves before it have none)
//   ├── logConfig   the default log driver and options daemon.json gave at the last start (optional: none is json-file)
//   └── settings    what else of daemon.json the last start took: debug, labels, registries, live-restore (optional: none is the defaults)

import { keyedBy, recordOf, shape, v } from '../../schema/kit';
import { DockerContainerRecordSchema } from './container-record';
import { DockerImageRecordSchema } from './image-record';
import { NetworkStoreSchema } from '../network/network-record';
import { VolumeStoreSchema } from '../volumes/volume-record';
import { DockerLayerRecordSchema } from './layer-record';

const id64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const reference = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));

export const DockerdStateSchema = shape({
  images: keyedBy('id', id64, DockerImageRecordSchema),
  references: recordOf(reference, id64),
  containers: keyedBy('id', id64, DockerContainerRecordSchema),
  /** Optional (added by the image work of issue 11): a node saved before has no layer files. */
  layers: v.optional(keyedBy('diffId', v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/)), DockerLayerRecordSchema)),
  /**
   * Optional (image work of issue 11, session 8): the diff ids of images `docker rmi -f` deleted
   * while a container still used them — the containers' RW layers keep that chain, as moby's
   * layer store keeps a layer with references; gone with the last such container.
   */
  retainedLayers: v.optional(recordOf(id64, v.array(v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/))))),
  network: v.optional(NetworkStoreSchema),
  volumes: v.optional(VolumeStoreSchema),
  /**
   * Optional (issue 11, H29): `log-driver` and `log-opts` of /etc/docker/daemon.json as dockerd
   * read them at its last start (runtime/daemon-config.ts); absent: json-file without options.
   */
  logConfig: v.optional(v.object({ Type: v.string(), Config: v.record(v.string(), v.string()) })),
  /**
   * Optional (issue 11, session 19): the other daemon.json settings `docker info` shows, as
   * dockerd took them at its last start (runtime/daemon-config.ts); absent: the built-in defaults.
   */
  settings: v.optional(
    shape({
      debug: v.boolean(),
      labels: v.array(v.string()),
      liveRestore: v.boolean(),
      mirrors: v.array(v.string()),
      insecureHosts: v.array(v.string()),
      insecureCidrs: v.array(v.string()),
    }),
  ),
});

export type DockerdState = v.InferOutput<typeof DockerdStateSchema>;

/** A fresh data root: `docker images` and `docker ps -a` list nothing. */
export function emptyDockerdState(): DockerdState {
  return { images: {}, references: {}, containers: {}, layers: {} };
}
