// A structural check of a saved node tree, record by record: every field the services read
// has the type the schema (containerd/metadata/schema.ts, host/host-state.ts,
// registry/registry-state.ts, containerd/tasks/process-plan.ts) gives it. Saved data comes from
// storage we do not control; one bad nested record (a null container, a task without its
// init process, a clock offset of 1e300) would otherwise break every later command that walks
// it. A tree that fails is rejected as a whole rather than repaired: our own code never writes
// such a record, so it means damage or tampering, and dropping single records would leave
// states no command path ever produces (a task without its container, a snapshot whose parent
// is gone), each needing its own repair rule. A fresh node with a notice is the honest answer.

import { STATE_VERSION } from '../node';

type Check = (v: unknown) => boolean;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const bool: Check = (v) => typeof v === 'boolean';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const int: Check = (v) => Number.isSafeInteger(v);
const opt = (check: Check): Check => (v) => v === undefined || check(v);
const nullable = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (...values: string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const recordOf = (check: Check): Check => (v) => isRecord(v) && Object.values(v).every(check);
/** An object whose listed fields pass; other keys are kept as they are (OCI specs carry many). */
const shape = (fields: Record<string, Check>): Check => (v) =>
  isRecord(v) && Object.entries(fields).every(([k, check]) => check(Object.prototype.hasOwnProperty.call(v, k) ? v[k] : undefined));
/** A keyed record whose key is repeated in a field of each value (image name, container id…). */
const keyedBy = (field: string, check: Check): Check => (v) =>
  isRecord(v) && Object.entries(v).every(([k, x]) => check(x) && isRecord(x) && x[field] === k);

const strings = recordOf(str);
const stringList = arrayOf(str);

/** Beyond about a century either way the clock is damage, not time that passed. */
export const MAX_CLOCK_OFFSET_MS = 100 * 366 * 24 * 3_600_000;

const platform = shape({ architecture: str, os: str, variant: opt(str) });
const descriptor = shape({ mediaType: str, digest: str, size: num, platform: opt(platform), annotations: opt(strings) });
const layerFile = shape({ kind: oneOf('file', 'dir', 'symlink'), content: opt(str), mode: num, size: opt(num), mtime: opt(num) });
const blob = shape({
  digest: str,
  size: num,
  mediaType: str,
  data: opt(str),
  files: opt(recordOf(layerFile)),
  diffId: opt(str),
  unpackedSize: opt(num),
  uncompressedSize: opt(num),
  rawDeflated: opt(str),
});

const image = shape({ name: str, target: descriptor, labels: strings, createdAt: str, updatedAt: str });
const content = shape({ labels: strings, createdAt: str, updatedAt: str });
const snapshot = shape({
  kind: oneOf('Active', 'Committed', 'View'),
  parent: str,
  labels: strings,
  createdAt: str,
  updatedAt: str,
  size: num,
  inodes: num,
  upper: opt(recordOf(nullable(layerFile))),
  layerDigest: opt(str),
  id: opt(int),
  metaId: opt(int),
});
const lease = shape({ id: str, createdAt: str, labels: strings });
const spec = shape({
  process: shape({ user: shape({ uid: num, gid: num, additionalGids: opt(arrayOf(num)) }), args: stringList, env: stringList, cwd: str }),
  root: shape({ path: str }),
  hostname: opt(str),
  mounts: arrayOf(shape({ destination: str, type: str, source: str, options: opt(stringList) })),
  linux: opt(isRecord),
});
const container = shape({
  id: str,
  labels: strings,
  image: str,
  runtime: shape({ name: str, options: opt(shape({ type_url: str })) }),
  snapshotKey: str,
  snapshotter: str,
  createdAt: str,
  updatedAt: str,
  spec,
});
/** process-plan.ts's ProcessPlan: every field is optional there (older state), typed here. */
const plan = shape({
  startedAtMs: opt(num),
  exitAtMs: opt(num),
  exitCode: opt(num),
  program: opt(str),
  serverArgs: opt(stringList),
  handles: opt(recordOf(nullable(num))),
  handlerOut: opt(strings),
  listens: opt(arrayOf(num)),
  innerPid: opt(num),
  helpers: opt(arrayOf(shape({ pid: num, innerPid: num, args: stringList }))),
  title: opt(stringList),
  pending: opt(stringList),
});
const proc = shape({
  execId: str,
  pid: int,
  args: stringList,
  env: stringList,
  cwd: str,
  terminal: bool,
  status: oneOf('CREATED', 'RUNNING', 'PAUSED', 'STOPPED'),
  exitStatus: opt(num),
  exitedAt: opt(str),
  programState: opt(plan),
});
const task = shape({
  containerId: str,
  init: proc,
  execs: keyedBy('execId', proc),
  paused: bool,
  createdAt: str,
  cgroup: shape({
    memoryUsage: num,
    memoryCache: num,
    cpuUsageNs: (v) => Array.isArray(v) && v.length === 2 && v.every(num),
    pidsCurrent: num,
  }),
  nextInnerPid: opt(num),
});

function namespaceOk(v: unknown): boolean {
  const ns = v;
  if (
    !shape({
      labels: strings,
      images: keyedBy('name', image),
      containers: keyedBy('id', container),
      content: recordOf(content),
      snapshots: recordOf(recordOf(snapshot)),
      leases: keyedBy('id', lease),
      tasks: keyedBy('containerId', task),
      snapshotSeq: opt(recordOf(num)),
    })(ns)
  ) {
    return false;
  }
  // A task lives only as long as its container (the tasks service refuses one without it).
  const { tasks, containers } = ns as { tasks: Record<string, unknown>; containers: Record<string, unknown> };
  return Object.keys(tasks).every((id) => Object.prototype.hasOwnProperty.call(containers, id));
}

const containerd = shape({
  running: bool,
  uuid: str,
  blobs: keyedBy('digest', blob),
  namespaces: recordOf(namespaceOk),
  events: arrayOf(shape({ timestamp: str, namespace: str, topic: str, event: isRecord })),
  imageMounts: opt(recordOf(shape({ namespace: str, snapshotter: str, paths: stringList }))),
  snapshotterSeq: opt(recordOf(num)),
  gcDirtySinceMs: opt(num),
  gcMutations: opt(int),
});

/** The scheduler's queue is a binary heap by (atMs, id) whose ids are below nextId. */
function timerHeapOrdered(v: unknown): boolean {
  const { heap, nextId } = v as { heap: Array<{ id: number; atMs: number }>; nextId: number };
  return heap.every((t, i) => {
    if (t.id >= nextId) return false;
    if (i === 0) return true;
    const p = heap[(i - 1) >> 1] as { id: number; atMs: number };
    return p.atMs < t.atMs || (p.atMs === t.atMs && p.id < t.id);
  });
}

const host = shape({
  hostname: str,
  nextPid: int,
  files: recordOf(shape({ kind: oneOf('file', 'dir', 'symlink'), content: opt(str), mode: num, mtimeMs: num })),
  units: recordOf(shape({ active: bool, enabled: bool, installed: bool, activeSinceMs: opt(num), mainPid: opt(int) })),
  timers: opt((v) => shape({ heap: arrayOf(shape({ id: int, atMs: num, kind: str, data: opt(isRecord) })), nextId: int })(v) && timerHeapOrdered(v)),
});

const registries = shape({
  pushed: recordOf(recordOf(recordOf(descriptor))),
  blobs: recordOf(blob),
  offline: opt(bool),
  listening: opt(recordOf(bool)),
});

/** True when `v` is a node tree of the current version whose every record has its shape. */
export function isWellFormedNodeState(v: unknown): boolean {
  if (!isRecord(v) || v.version !== STATE_VERSION) return false;
  if (!shape({ s: num })(v.random)) return false;
  const offset = v.clockOffsetMs;
  if (!num(offset) || Math.abs(offset as number) > MAX_CLOCK_OFFSET_MS) return false;
  return host(v.host) && containerd(v.containerd) && registries(v.registries);
}
