// What the CRI plugin keeps about one pod sandbox beside containerd's records (containerd 1.6
// pkg/cri/store/sandbox: Metadata plus Status), as plain saved data. The pause container in
// containerd has the sandbox's id; its container record carries the same metadata as an
// extension, this record is the plugin's own memory of it (its root dir on a real node).

import { anyObject, shape, v } from '../../schema/kit';
import { nanoTime } from './nano-time';

export const SandboxRecordSchema = shape({
  /** 64 hex, also the pause container's id in containerd. */
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The PodSandboxConfig as RunPodSandbox received it (runtime-v1.ts), protobuf-JSON names. */
  config: anyObject,
  /** "" for the default runtime handler. */
  runtimeHandler: v.string(),
  state: v.picklist(['SANDBOX_READY', 'SANDBOX_NOTREADY', 'SANDBOX_UNKNOWN']),
  createdAt: nanoTime,
  /** The pod's IP (host network: the node's). */
  ip: v.string(),
  /** Fields the sandbox service adds as it grows; kept as given. */
  extra: v.optional(anyObject),
});

export type SandboxRecord = v.InferOutput<typeof SandboxRecordSchema>;
