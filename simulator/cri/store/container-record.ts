// What the CRI plugin keeps about one CRI container beside containerd's records (containerd 1.6
// pkg/cri/store/container: Metadata plus the Status it writes to its status file), as plain
// saved data. The container in containerd (namespace k8s.io) has the same id.

import { anyObject, intIn, pid, shape, v } from '../../schema/kit';
import { nanoTime } from './nano-time';

export const CriContainerRecordSchema = shape({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  sandboxId: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The reserved name `<name>_<pod>_<namespace>_<uid>_<attempt>` (Metadata.Name). */
  name: v.string(),
  /** The ContainerConfig as CreateContainer received it (runtime-v1.ts), protobuf-JSON names. */
  config: anyObject,
  /** The image as the config named it, and the config digest it resolved to (imageRef). */
  imageName: v.string(),
  imageRef: v.string(),
  /** Absolute path of the log file ("" when the config has no log_path). */
  logPath: v.string(),
  /** The image config's StopSignal at create time ("" = SIGTERM). */
  stopSignal: v.string(),
  state: v.picklist(['CONTAINER_CREATED', 'CONTAINER_RUNNING', 'CONTAINER_EXITED', 'CONTAINER_UNKNOWN']),
  createdAt: nanoTime,
  startedAt: v.optional(nanoTime),
  finishedAt: v.optional(nanoTime),
  exitCode: intIn(-2147483648, 2147483647),
  reason: v.string(),
  message: v.string(),
  /** The task's init PID while it runs, 0 otherwise (Status.Pid). */
  pid,
  /** Set while RemoveContainer runs (Status.Removing). */
  removing: v.boolean(),
  /** Status.Resources: LinuxContainerResources as the spec holds them (runtime-v1 names). */
  resources: anyObject,
  /** Fields the container service adds as it grows; kept as given. */
  extra: v.optional(anyObject),
});

export type CriContainerRecord = v.InferOutput<typeof CriContainerRecordSchema>;
