// The shape of containerd's state, as one plain JSON-safe tree (persisted, reset and compared
// as data). It follows the key layout of containerd's bolt database (core/metadata/buckets.go):
//
//   containerd
//   ├── blobs                      content store on disk, shared by all namespaces: digest → Blob
//   └── namespaces/<name>
//       ├── labels
//       ├── images/<name>          → target descriptor, labels
//       ├── containers/<id>        → image, runtime, snapshotter + key, spec, labels
//       ├── content/<digest>       → this namespace's reference to a blob (labels, times)
//       ├── snapshots/<snapshotter>/<key> → kind, parent, labels (overlayfs, native)
//       ├── leases/<id>
//       └── tasks/<container id>   (not in bolt: the shim's live state, kept here for one tree)
//
// A namespace exists only once something wrote to it (ctr reads never create one), which is
// why `default` is missing from `ctr ns ls` on a fresh node.

import type { Blob, LayerFile } from '../../oci/blob';
import type { Descriptor, Platform } from '../../oci/descriptor';

export interface NamespaceRecord {
  labels: Record<string, string>;
  images: Record<string, ImageRecord>;
  containers: Record<string, ContainerRecord>;
  content: Record<string, ContentRecord>;
  /** snapshotter name ("overlayfs", "native") → key → snapshot. */
  snapshots: Record<string, Record<string, SnapshotRecord>>;
  leases: Record<string, LeaseRecord>;
  /** container id → task. */
  tasks: Record<string, TaskRecord>;
  /** Metadata bucket sequence per snapshotter (snapshots service). Optional, added later. */
  snapshotSeq?: Record<string, number>;
}

export interface ImageRecord {
  name: string;
  target: Descriptor;
  labels: Record<string, string>;
  createdAt: string; // RFC3339Nano
  updatedAt: string;
}

export interface ContentRecord {
  labels: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export type SnapshotKind = 'Active' | 'Committed' | 'View';

export interface SnapshotRecord {
  kind: SnapshotKind;
  /** Parent key, "" for a base layer. */
  parent: string;
  labels: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  /** Bytes and inodes used by this snapshot alone (snapshots usage). */
  size: number;
  inodes: number;
  /**
   * Files written into an active snapshot (a container's upper dir): path → file, null for a
   * deletion (whiteout). Committed layers take their files from the layer blob.
   */
  upper?: Record<string, LayerFile | null>;
  /** For committed layers: the layer blob digest that was unpacked into it. */
  layerDigest?: string;
  /**
   * The snapshotter's own numeric id (its directory under snapshots/<id>): allocated at
   * prepare/view from ContainerdState.snapshotterSeq, kept across commit. Optional: added by
   * the snapshots service.
   */
  id?: number;
  /** The metadata store's bucket sequence (shown in errors as "<ns>/<metaId>/<key>"). */
  metaId?: number;
}

export interface ContainerRecord {
  id: string;
  labels: Record<string, string>;
  image: string;
  runtime: { name: string; options?: { type_url: string } };
  snapshotKey: string;
  snapshotter: string;
  createdAt: string;
  updatedAt: string;
  /** The OCI runtime spec, as the JSON object ctr generated. */
  spec: OciSpec;
}

/** Enough of the OCI runtime spec for what ctr prints and what runs. Extra keys are kept. */
export interface OciSpec {
  ociVersion: string;
  process: {
    terminal?: boolean;
    user: { uid: number; gid: number; additionalGids?: number[] };
    args: string[];
    env: string[];
    cwd: string;
    [key: string]: unknown;
  };
  root: { path: string; readonly?: boolean };
  hostname?: string;
  mounts: Array<{ destination: string; type: string; source: string; options?: string[] }>;
  linux?: Record<string, unknown> & { cgroupsPath?: string; namespaces?: Array<{ type: string; path?: string }> };
  [key: string]: unknown;
}

export type TaskStatus = 'CREATED' | 'RUNNING' | 'PAUSED' | 'STOPPED';

export interface ProcessRecord {
  /** "" for the init process, else the exec id. */
  execId: string;
  pid: number;
  args: string[];
  env: string[];
  cwd: string;
  terminal: boolean;
  status: TaskStatus;
  exitStatus?: number;
  exitedAt?: string;
  /** Program-specific live state (e.g. nginx workers), plain data. */
  programState?: Record<string, unknown>;
}

export interface TaskRecord {
  containerId: string;
  /** The init process; the task's pid and status are its own. */
  init: ProcessRecord;
  /** exec id → process. */
  execs: Record<string, ProcessRecord>;
  paused: boolean;
  createdAt: string;
  /** cgroup v1 counters sampled by `ctr t metrics`. */
  cgroup: { memoryUsage: number; memoryCache: number; cpuUsageNs: [number, number]; pidsCurrent: number };
  /** Optional: the next free PID inside the task's PID namespace. Added by "runtime-2". */
  nextInnerPid?: number;
}

export interface LeaseRecord {
  id: string;
  createdAt: string;
  labels: Record<string, string>;
}

export interface ContainerdState {
  /** false after `systemctl stop containerd`: every client call fails to dial. */
  running: boolean;
  /** The daemon's UUID (ctr version). */
  uuid: string;
  blobs: Record<string, Blob>;
  namespaces: Record<string, NamespaceRecord>;
  /** Last events, newest last, capped (ctr events prints them as they happen). */
  events: EventRecord[];
  /**
   * Optional: host paths where `ctr images mount` materialised a snapshot, target → what it
   * wrote there, so `ctr images unmount` removes exactly that. Added by "images".
   */
  imageMounts?: Record<string, ImageMountRecord>;
  /**
   * Last numeric snapshot id handed out per snapshotter. The snapshotters are not
   * namespace-aware, so ids grow across all namespaces. Optional, added by the snapshots service.
   */
  snapshotterSeq?: Record<string, number>;
  /**
   * Optional: when the first deletion (image, container, lease, snapshot, content) since the
   * garbage collector last ran happened, in simulated ms; the metadata store's dirty flag, read
   * by containerd/gc/collector.ts. Added by "fixes-3". Also set by the 100th write since the
   * last collection and by containerd's start (gc/dirty.ts): a collection is pending.
   */
  gcDirtySinceMs?: number;
  /**
   * Metadata writes since the last collection (gc/dirty.ts); the 100th asks for a collection,
   * as containerd's mutation_threshold does.
   */
  gcMutations?: number;
}

export interface ImageMountRecord {
  namespace: string;
  snapshotter: string;
  /** VFS paths created under the target, in creation order. */
  paths: string[];
}

export interface EventRecord {
  timestamp: string;
  namespace: string;
  topic: string;
  /** The event body as ctr prints it (JSON object text). */
  event: Record<string, unknown>;
}

export function emptyNamespace(): NamespaceRecord {
  return { labels: {}, images: {}, containers: {}, content: {}, snapshots: {}, leases: {}, tasks: {} };
}
