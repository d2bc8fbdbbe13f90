// What the CRI plugin keeps about one CRI container beside containerd's records (containerd 1.6
// pkg/cri/store/container: Metadata plus the Status it writes to its status file), as plain
// saved data. The container in containerd (namespace k8s.io) has the same id.

import { anyObject, intIn, shape, v } from '../../schema/kit';
import { nanoTime } from './nano-time';

export const CriContainerRecordSchema = shape({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  sandboxId: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The ContainerConfig as CreateContainer received it (runtime-v1.ts), protobuf-JSON names. */
  config: anyObject,
  /** The image as the config named it, and the config digest it resolved to (imageRef). */
  imageName: v.string(),
  imageRef: v.string(),
  /** Absolute path of the log file ("" when the config has no log_path). */
  logPath: v.string(),
  state: v.picklist(['CONTAINER_CREATED', 'CONTAINER_RUNNING', 'CONTAINER_EXITED', 'CONTAINER_UNKNOWN']),
  createdAt: nanoTime,
  startedAt: v.optional(nanoTime),
  finishedAt: v.optional(nanoTime),
  exitCode: intIn(-2147483648, 2147483647),
  reason: v.string(),
  message: v.string(),
  /** Fields the container service adds as it grows; kept as given. */
  extra: v.optional(anyObject),
});

export type CriContainerRecord = v.InferOutput<typeof CriContainerRecordSchema>;
