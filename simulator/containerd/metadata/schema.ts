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
//
// Each record is a schema (schema/kit.ts): the type the services use and the check a saved
// tree passes come from the same lines. Bounds are those of a real node (PIDs up to pid_max,
// times within Go's int64 nanoseconds, names by containerd's identifier rule).

import { BlobSchema } from '../../oci/blob';
import { DescriptorSchema } from '../../oci/descriptor';
import {
  absolutePath,
  anyObject,
  amount,
  dueMs,
  identifier,
  intIn,
  isoTime,
  keyedBy,
  labels,
  looseShape,
  pid,
  PID_LIMIT,
  plainData,
  plainRecord,
  port,
  printableName,
  recordOf,
  sequence,
  shape,
  timeMs,
  uint32,
  v,
  digest,
  fieldKey,
} from '../../schema/kit';
import { LayerFileSchema } from '../../oci/blob';

const stringList = v.array(v.string());

const ImageRecordSchema = shape({
  name: printableName,
  target: DescriptorSchema,
  labels,
  /** RFC3339Nano */
  createdAt: isoTime,
  updatedAt: isoTime,
});

const ContentRecordSchema = shape({ labels, createdAt: isoTime, updatedAt: isoTime });

const SnapshotKindSchema = v.picklist(['Active', 'Committed', 'View']);

const SnapshotRecordSchema = shape({
  kind: SnapshotKindSchema,
  /** Parent key, "" for a base layer. */
  parent: v.string(),
  labels,
  createdAt: isoTime,
  updatedAt: isoTime,
  /** Bytes and inodes used by this snapshot alone (snapshots usage). */
  size: amount,
  inodes: amount,
  /**
   * Files written into an active snapshot (a container's upper dir): path → file, null for a
   * deletion (whiteout). Committed layers take their files from the layer blob.
   */
  upper: v.optional(recordOf(absolutePath, v.nullable(LayerFileSchema))),
  /** For committed layers: the layer blob digest that was unpacked into it. */
  layerDigest: v.optional(digest),
  /**
   * The snapshotter's own numeric id (its directory under snapshots/<id>): allocated at
   * prepare/view from ContainerdState.snapshotterSeq, kept across commit. Optional: added by
   * the snapshots service.
   */
  id: v.optional(sequence),
  /** The metadata store's bucket sequence (shown in errors as "<ns>/<metaId>/<key>"). */
  metaId: v.optional(sequence),
});

/** Enough of the OCI runtime spec for what ctr prints and what runs. Extra keys are kept. */
const OciSpecSchema = v.pipe(
  anyObject,
  // Checked as it came: the schema below keeps no __proto__ key to look at.
  plainData,
  looseShape({
    ociVersion: v.string(),
    process: looseShape({
      terminal: v.optional(v.boolean()),
      user: shape({ uid: uint32, gid: uint32, additionalGids: v.optional(v.array(uint32)) }),
      args: stringList,
      env: stringList,
      cwd: v.string(),
    }),
    root: shape({ path: v.string(), readonly: v.optional(v.boolean()) }),
    hostname: v.optional(v.string()),
    mounts: v.array(shape({ destination: v.string(), type: v.string(), source: v.string(), options: v.optional(stringList) })),
    linux: v.optional(
      looseShape({
        cgroupsPath: v.optional(v.string()),
        namespaces: v.optional(v.array(shape({ type: v.string(), path: v.optional(v.string()) }))),
      }),
    ),
  }),
);

const ContainerRecordSchema = shape({
  id: identifier,
  labels,
  image: v.string(),
  runtime: shape({ name: v.string(), options: v.optional(shape({ type_url: v.string(), value: v.optional(v.string()) })) }),
  snapshotKey: v.string(),
  /** Empty for a container made WithSpec only (dockerd's: no snapshot, its own rootfs). */
  snapshotter: v.union([identifier, v.literal('')]),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** The OCI runtime spec, as the JSON object ctr generated. */
  spec: OciSpecSchema,
  /**
   * containers.Container.Extensions: name → protobuf Any, its value as the base64 text Go's
   * JSON gives []byte (the CRI plugin keeps its metadata here). Absent: none (ctr prints null).
   */
  extensions: v.optional(recordOf(printableName, shape({ type_url: v.string(), value: v.string() }))),
  /**
   * The spec as stored when it came from a learner's file (`ctr c create --config`): what
   * `c info` prints and what runc validates, any shape a file can give. `spec` then holds the
   * same with the parts the simulator reads filled in. Added 2026-12-06.
   */
  specFile: v.optional(plainRecord),
});

const TaskStatusSchema = v.picklist(['CREATED', 'RUNNING', 'PAUSED', 'STOPPED']);

/** tasks/process-plan.ts's ProcessPlan as saved: every field optional there (older state), typed here. */
const ProgramStateSchema = looseShape({
  startedAtMs: v.optional(timeMs),
  exitAtMs: v.optional(dueMs),
  exitCode: v.optional(uint32),
  program: v.optional(v.string()),
  serverArgs: v.optional(stringList),
  handles: v.optional(recordOf(fieldKey, v.nullable(v.pipe(v.number(), v.finite())))),
  handlerOut: v.optional(recordOf(fieldKey, v.string())),
  listens: v.optional(v.array(port)),
  innerPid: v.optional(pid),
  helpers: v.optional(v.array(shape({ pid, innerPid: pid, args: stringList, parent: v.optional(pid), comm: v.optional(v.string()), startAtMs: v.optional(timeMs), endAtMs: v.optional(dueMs) }))),
  title: v.optional(stringList),
  pending: v.optional(stringList),
});

const ProcessRecordSchema = shape({
  /** "" for the init process, else the exec id. */
  execId: v.string(),
  pid,
  args: stringList,
  env: stringList,
  cwd: v.string(),
  terminal: v.boolean(),
  status: TaskStatusSchema,
  exitStatus: v.optional(uint32),
  exitedAt: v.optional(isoTime),
  /** Program-specific live state (e.g. nginx workers), plain data. */
  programState: v.optional(v.pipe(ProgramStateSchema, v.transform((s): Record<string, unknown> => s))),
});

const TaskRecordSchema = shape({
  containerId: identifier,
  /** The init process; the task's pid and status are its own. */
  init: ProcessRecordSchema,
  /** exec id → process. */
  execs: keyedBy('execId', printableName, ProcessRecordSchema),
  paused: v.boolean(),
  createdAt: isoTime,
  /** cgroup v1 counters sampled by `ctr t metrics`. */
  cgroup: shape({ memoryUsage: amount, memoryCache: amount, cpuUsageNs: v.tuple([amount, amount]), pidsCurrent: intIn(0, PID_LIMIT) }),
  /** Optional: the next free PID inside the task's PID namespace. Added by "runtime-2". */
  nextInnerPid: v.optional(intIn(0, PID_LIMIT + 1)),
  /**
   * Optional: the OCI LinuxResources the task's cgroup holds since a task Update (`docker
   * update`); absent, it holds the spec's. Added 2026-12-05.
   */
  resources: v.optional(anyObject),
  /** Optional: `runc delete` removed runc's state for it; the shim still holds the task. Added 2026-12-07. */
  runcDeleted: v.optional(v.boolean()),
});

const LeaseRecordSchema = shape({ id: printableName, createdAt: isoTime, labels });

/**
 * An ingest that has not been committed (`ctr content active`): the bytes written so far (a
 * binary string, one char per byte) and when it started. A failed commit leaves it, and the
 * next writer with the same ref resumes at its offset.
 */
const IngestRecordSchema = shape({ data: v.string(), startedAt: isoTime, updatedAt: isoTime });

const NamespaceRecordSchema = v.pipe(
  shape({
    labels,
    images: keyedBy('name', printableName, ImageRecordSchema),
    containers: keyedBy('id', identifier, ContainerRecordSchema),
    content: recordOf(digest, ContentRecordSchema),
    /** snapshotter name ("overlayfs", "native") → key → snapshot. */
    snapshots: recordOf(identifier, recordOf(printableName, SnapshotRecordSchema)),
    leases: keyedBy('id', printableName, LeaseRecordSchema),
    /** container id → task. */
    tasks: keyedBy('containerId', identifier, TaskRecordSchema),
    /** Metadata bucket sequence per snapshotter (snapshots service). Optional, added later. */
    snapshotSeq: v.optional(recordOf(identifier, sequence)),
    /** Content ingests by ref, not yet committed. Optional, added by `ctr content ingest`. */
    ingests: v.optional(recordOf(printableName, IngestRecordSchema)),
  }),
  // A task lives only as long as its container (the tasks service refuses one without it).
  v.check((ns) => Object.keys(ns.tasks).every((id) => Object.hasOwn(ns.containers, id)), 'a task without its container'),
);

const EventRecordSchema = shape({
  timestamp: isoTime,
  namespace: v.union([v.literal(''), identifier]),
  topic: v.string(),
  /** The event body as ctr prints it (JSON object text). */
  event: plainRecord,
});

export const ContainerdStateSchema = shape({
  /** The daemon's UUID (ctr version). */
  uuid: v.string(),
  blobs: keyedBy('digest', digest, BlobSchema),
  namespaces: recordOf(identifier, NamespaceRecordSchema),
  /** Last events, newest last, capped (ctr events prints them as they happen). */
  events: v.array(EventRecordSchema),
  /**
   * Last numeric snapshot id handed out per snapshotter. The snapshotters are not
   * namespace-aware, so ids grow across all namespaces. Optional, added by the snapshots service.
   */
  snapshotterSeq: v.optional(recordOf(identifier, sequence)),
  /**
   * Optional: when the first deletion (image, container, lease, snapshot, content) since the
   * garbage collector last ran happened, in simulated ms; the metadata store's dirty flag, read
   * by containerd/gc/collector.ts. Added by "fixes-3". Also set by the 100th write since the
   * last collection and by containerd's start (gc/dirty.ts): a collection is pending.
   */
  gcDirtySinceMs: v.optional(timeMs),
  /**
   * Metadata writes since the last collection (gc/dirty.ts); the 100th asks for a collection,
   * as containerd's mutation_threshold does.
   */
  gcMutations: v.optional(sequence),
});

export type ImageRecord = v.InferOutput<typeof ImageRecordSchema>;
export type ContentRecord = v.InferOutput<typeof ContentRecordSchema>;
export type IngestRecord = v.InferOutput<typeof IngestRecordSchema>;
export type SnapshotKind = v.InferOutput<typeof SnapshotKindSchema>;
export type SnapshotRecord = v.InferOutput<typeof SnapshotRecordSchema>;
export type OciSpec = v.InferOutput<typeof OciSpecSchema>;
export type ContainerRecord = v.InferOutput<typeof ContainerRecordSchema>;
export type TaskStatus = v.InferOutput<typeof TaskStatusSchema>;
export type ProcessRecord = v.InferOutput<typeof ProcessRecordSchema>;
export type TaskRecord = v.InferOutput<typeof TaskRecordSchema>;
export type LeaseRecord = v.InferOutput<typeof LeaseRecordSchema>;
export type NamespaceRecord = v.InferOutput<typeof NamespaceRecordSchema>;
export type EventRecord = v.InferOutput<typeof EventRecordSchema>;
export type ContainerdState = v.InferOutput<typeof ContainerdStateSchema>;

export function emptyNamespace(): NamespaceRecord {
  return { labels: {}, images: {}, containers: {}, content: {}, snapshots: {}, leases: {}, tasks: {} };
}
