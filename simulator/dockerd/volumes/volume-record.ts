// What the local volume driver keeps about a volume (moby 20.10 volume/local/local.go and the
// volume service's metadata.db): its name, labels, options and when it was made; the data is
// the directory /var/lib/docker/volumes/<name>/_data on the node. `usedBy` lists the containers
// whose mounts reference it (the volume service's reference counting), so `volume rm` refuses
// a volume in use and `-f dangling=true` lists the others.

import { isoTime, recordOf, shape, v, keyedBy } from '../../schema/kit';

/** A local volume's name (volume/local/local.go validateName: at least two characters). */
export const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

const stringMap = recordOf(v.pipe(v.string(), v.maxLength(4096)), v.string());

const VolumeRecordSchema = shape({
  name: v.pipe(v.string(), v.regex(VOLUME_NAME)),
  created: isoTime,
  labels: stringMap,
  options: stringMap,
  /** Made for a container's anonymous mount (VOLUME in the image, `-v /path`): `rm -v` removes it. */
  anonymous: v.boolean(),
  usedBy: v.array(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
});

export const VolumeStoreSchema = keyedBy('name', v.pipe(v.string(), v.regex(VOLUME_NAME)), VolumeRecordSchema);

export type VolumeRecord = v.InferOutput<typeof VolumeRecordSchema>;
export type VolumeStore = v.InferOutput<typeof VolumeStoreSchema>;
