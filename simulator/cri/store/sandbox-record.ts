// What the CRI plugin keeps about one pod sandbox beside containerd's records (containerd 1.6
// pkg/cri/store/sandbox: Metadata plus Status), as plain saved data. The pause container in
// containerd has the sandbox's id; its container record carries the same metadata as an
// extension, this record is the plugin's own memory of it (its root dir on a real node).

import { anyObject, pid, shape, v } from '../../schema/kit';
import { nanoTime } from './nano-time';

export const SandboxRecordSchema = shape({
  /** 64 hex, also the pause container's id in containerd. */
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** The reserved name `<name>_<namespace>_<uid>_<attempt>` (Metadata.Name, the name index's key). */
  name: v.string(),
  /** The PodSandboxConfig as RunPodSandbox received it (runtime-v1.ts), protobuf-JSON names. */
  config: anyObject,
  /** "" for the default runtime handler. */
  runtimeHandler: v.string(),
  state: v.picklist(['SANDBOX_READY', 'SANDBOX_NOTREADY', 'SANDBOX_UNKNOWN']),
  createdAt: nanoTime,
  /** The pause task's PID while it runs, 0 once it exited (Status.Pid). */
  pid,
  /** The pod's IP from CNI ("" for host-network pods: Metadata.IP). */
  ip: v.string(),
  /** /var/run/netns/cni-<uuid> of a pod-network sandbox, "" for host network (Metadata.NetNSPath). */
  netnsPath: v.string(),
  /** True once StopPodSandbox tore the network down and removed the namespace (NetNS.Closed). */
  netnsClosed: v.boolean(),
  /** Fields the sandbox service adds as it grows; kept as given. */
  extra: v.optional(anyObject),
});

export type SandboxRecord = v.InferOutput<typeof SandboxRecordSchema>;
