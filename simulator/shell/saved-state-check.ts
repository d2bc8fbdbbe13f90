// A structural check of a saved node tree, record by record: every field the services read
// has the type the schema (containerd/metadata/schema.ts, host/host-state.ts,
// registry/registry-state.ts, containerd/tasks/process-plan.ts) gives it, every number lies in
// the range a real node could hold, and every name follows the rule of the tool that made it.
// Saved data comes from storage we do not control, soon from shared links too; one bad nested
// record (a null container, a PID of 9007199254708536, a task started at 1e308, a namespace
// named __proto__) would otherwise break every later command that walks it. A tree that fails
// is rejected as a whole rather than repaired: our own code never writes such a record, so it
// means damage or tampering, and dropping single records would leave states no command path
// ever produces (a task without its container, a snapshot whose parent is gone), each needing
// its own repair rule. A fresh node with a notice is the honest answer.
//
// Names that a tool accepts are accepted here too, so every save our own node makes restores:
// containerd takes a namespace or container named `constructor`, an image named `__proto__`,
// and the services look records up by own property (Object.hasOwn), so those are names like
// any other. A `__proto__` key where no tool could have made one is refused.

import { STATE_VERSION } from '../node';

type Check = (v: unknown) => boolean;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Beyond about a century either way the clock is damage, not time that passed. */
export const MAX_CLOCK_OFFSET_MS = 100 * 366 * 24 * 3_600_000;
/** Linux's highest pid_max (2^22): no PID on any node is above it. */
export const PID_LIMIT = 4_194_304;
/** 2^50 bytes (1 PiB): more than any disk in the lab, far below where doubles lose whole bytes. */
export const MAX_BYTES = 2 ** 50;
/**
 * The latest moment containerd can stamp, in ms: Go keeps times as int64 nanoseconds, which end
 * on 2262-04-11. Times before 1970 stay allowed down to the same distance (`touch -d 1960-01-01`).
 */
export const MAX_TIME_MS = 9_223_372_036_854;
/** Linux's PATH_MAX and NAME_MAX. */
export const MAX_PATH_CHARS = 4096;
const MAX_NAME_CHARS = 255;
/** Nesting a save's free-form parts (OCI spec, event payloads) may have; ours reach about 8. */
export const MAX_DEPTH = 32;
/** containerd's identifiers.Validate: namespaces and containers (and snapshotter names, which are plugin ids). */
const IDENTIFIER = /^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$/;
const MAX_IDENTIFIER_CHARS = 76;
/** An OCI digest: algorithm, colon, encoded hash (sha256:<64 hex>). */
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{1,256}$/;
/** Go's RFC3339(Nano), as containerd writes CreatedAt and event timestamps. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
/** A registry host, with a port when not the default one. */
const REGISTRY_HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::\d{1,5})?$/;
const UNIT_NAME = /^[A-Za-z0-9:_.@\\-]{1,256}$/;

/** C0 controls, DEL and C1 controls: what a terminal could take for the start of an escape sequence. */
export function hasControlCharacter(text: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f]/.test(text);
}

const str: Check = (v) => typeof v === 'string';
const bool: Check = (v) => typeof v === 'boolean';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const intIn = (lo: number, hi: number): Check => (v) => Number.isSafeInteger(v) && (v as number) >= lo && (v as number) <= hi;
const numIn = (lo: number, hi: number): Check => (v) => num(v) && (v as number) >= lo && (v as number) <= hi;
const opt = (check: Check): Check => (v) => v === undefined || check(v);
const nullable = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (...values: string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const both = (a: Check, b: Check): Check => (v) => a(v) && b(v);

const pid = intIn(0, PID_LIMIT);
const bytes = intIn(0, MAX_BYTES);
/** Counters that may be fractional (usage estimates) but not beyond what a node holds. */
const amount = numIn(0, MAX_BYTES);
const timeMs = numIn(-MAX_TIME_MS, MAX_TIME_MS);
/** A moment something is due (a `sleep 100000d` ends far out): any time not before 1970. */
const dueMs = numIn(0, Number.MAX_VALUE);
const uint32 = intIn(0, 2 ** 32 - 1);
const sequence = intIn(0, Number.MAX_SAFE_INTEGER);
const port = intIn(0, 65_535);
/** File modes with their type bits (S_IFMT and the permission bits). */
const mode = intIn(0, 0o177777);

function isoTime(v: unknown): boolean {
  if (typeof v !== 'string' || !RFC3339.test(v)) return false;
  const ms = Date.parse(v);
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS;
}

// Keys of keyed records, each by the rule of what it names.
type KeyCheck = (k: string) => boolean;
/** A field name of ours or of a spec: never `__proto__`, which JSON.parse would make an own key. */
const fieldKey: KeyCheck = (k) => k !== '__proto__' && k.length <= MAX_PATH_CHARS;
const identifier: KeyCheck = (k) => k.length <= MAX_IDENTIFIER_CHARS && IDENTIFIER.test(k);
const digest: KeyCheck = (k) => DIGEST.test(k);
/** A name a tool takes as it is (image names, snapshot keys, tags): printable, bounded. */
const printableName: KeyCheck = (k) => k.length > 0 && k.length <= MAX_PATH_CHARS && !hasControlCharacter(k);
/** Any text at all that a tool could accept as a key (label keys): only bounded. */
const anyKey: KeyCheck = (k) => k.length <= MAX_PATH_CHARS;
/** An absolute, normalised path with no empty, `.` or `..` part and no control character. */
function absolutePath(k: string): boolean {
  if (k === '/') return true;
  if (!k.startsWith('/') || k.length > MAX_PATH_CHARS || hasControlCharacter(k)) return false;
  return k
    .slice(1)
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && part.length <= MAX_NAME_CHARS);
}
const registryHost: KeyCheck = (k) => REGISTRY_HOST.test(k);
const unitName: KeyCheck = (k) => fieldKey(k) && UNIT_NAME.test(k);

const asValue = (key: KeyCheck): Check => (v) => typeof v === 'string' && key(v);

/** A record whose every key passes `key` and every value `check`. */
const recordOf = (check: Check, key: KeyCheck = fieldKey): Check => (v) =>
  isRecord(v) && Object.entries(v).every(([k, x]) => key(k) && check(x));
/** An object whose listed fields pass; other keys are kept as they are (OCI specs carry many). */
const shape = (fields: Record<string, Check>): Check => (v) =>
  isRecord(v) &&
  !Object.hasOwn(v, '__proto__') &&
  Object.entries(fields).every(([k, check]) => check(Object.hasOwn(v, k) ? v[k] : undefined));
/** A keyed record whose key is repeated in a field of each value (image name, container id…). */
const keyedBy = (field: string, check: Check, key: KeyCheck): Check => (v) =>
  isRecord(v) && Object.entries(v).every(([k, x]) => key(k) && check(x) && isRecord(x) && x[field] === k);

/**
 * Free-form JSON (an OCI spec's extra keys, an event's payload): nested at most MAX_DEPTH deep,
 * with no `__proto__` key anywhere. Walked with a stack, so no nesting can exhaust ours.
 */
function plainData(root: unknown): boolean {
  const stack: Array<{ v: unknown; depth: number }> = [{ v: root, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (typeof v === 'number' && !Number.isFinite(v)) return false;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_DEPTH || Object.hasOwn(v, '__proto__')) return false;
    for (const x of Object.values(v)) stack.push({ v: x, depth: depth + 1 });
  }
  return true;
}

const labels = recordOf(str, anyKey);
const stringList = arrayOf(str);

const platform = shape({ architecture: str, os: str, variant: opt(str) });
const descriptor = shape({ mediaType: str, digest: asValue(digest), size: bytes, platform: opt(platform), annotations: opt(labels) });
const layerFile = shape({
  kind: oneOf('file', 'dir', 'symlink'),
  content: opt(str),
  mode,
  size: opt(amount),
  // Seconds, as a tar header holds them.
  mtime: opt(numIn(-MAX_TIME_MS / 1000, MAX_TIME_MS / 1000)),
});
const blob = shape({
  digest: asValue(digest),
  size: bytes,
  mediaType: str,
  data: opt(str),
  files: opt(recordOf(layerFile, absolutePath)),
  diffId: opt(asValue(digest)),
  unpackedSize: opt(amount),
  uncompressedSize: opt(amount),
  rawDeflated: opt(str),
});

const image = shape({ name: asValue(printableName), target: descriptor, labels, createdAt: isoTime, updatedAt: isoTime });
const content = shape({ labels, createdAt: isoTime, updatedAt: isoTime });
const snapshot = shape({
  kind: oneOf('Active', 'Committed', 'View'),
  parent: str,
  labels,
  createdAt: isoTime,
  updatedAt: isoTime,
  size: amount,
  inodes: amount,
  upper: opt(recordOf(nullable(layerFile), absolutePath)),
  layerDigest: opt(asValue(digest)),
  id: opt(sequence),
  metaId: opt(sequence),
});
const lease = shape({ id: asValue(printableName), createdAt: isoTime, labels });
const spec = both(
  shape({
    process: shape({ user: shape({ uid: uint32, gid: uint32, additionalGids: opt(arrayOf(uint32)) }), args: stringList, env: stringList, cwd: str }),
    root: shape({ path: str }),
    hostname: opt(str),
    mounts: arrayOf(shape({ destination: str, type: str, source: str, options: opt(stringList) })),
    linux: opt(isRecord),
  }),
  plainData,
);
const container = shape({
  id: asValue(identifier),
  labels,
  image: str,
  runtime: shape({ name: str, options: opt(shape({ type_url: str })) }),
  snapshotKey: str,
  snapshotter: asValue(identifier),
  createdAt: isoTime,
  updatedAt: isoTime,
  spec,
});
/** process-plan.ts's ProcessPlan: every field is optional there (older state), typed here. */
const plan = shape({
  startedAtMs: opt(timeMs),
  exitAtMs: opt(dueMs),
  exitCode: opt(uint32),
  program: opt(str),
  serverArgs: opt(stringList),
  handles: opt(recordOf(nullable(num))),
  handlerOut: opt(recordOf(str)),
  listens: opt(arrayOf(port)),
  innerPid: opt(pid),
  helpers: opt(arrayOf(shape({ pid, innerPid: pid, args: stringList }))),
  title: opt(stringList),
  pending: opt(stringList),
});
const proc = shape({
  execId: str,
  pid,
  args: stringList,
  env: stringList,
  cwd: str,
  terminal: bool,
  status: oneOf('CREATED', 'RUNNING', 'PAUSED', 'STOPPED'),
  exitStatus: opt(uint32),
  exitedAt: opt(isoTime),
  programState: opt(plan),
});
const task = shape({
  containerId: asValue(identifier),
  init: proc,
  execs: keyedBy('execId', proc, printableName),
  paused: bool,
  createdAt: isoTime,
  cgroup: shape({
    memoryUsage: amount,
    memoryCache: amount,
    cpuUsageNs: (v) => Array.isArray(v) && v.length === 2 && v.every(amount),
    pidsCurrent: intIn(0, PID_LIMIT),
  }),
  nextInnerPid: opt(intIn(0, PID_LIMIT + 1)),
});

function namespaceOk(v: unknown): boolean {
  const ns = v;
  if (
    !shape({
      labels,
      images: keyedBy('name', image, printableName),
      containers: keyedBy('id', container, identifier),
      content: recordOf(content, digest),
      snapshots: recordOf(recordOf(snapshot, printableName), identifier),
      leases: keyedBy('id', lease, printableName),
      tasks: keyedBy('containerId', task, identifier),
      snapshotSeq: opt(recordOf(sequence, identifier)),
    })(ns)
  ) {
    return false;
  }
  // A task lives only as long as its container (the tasks service refuses one without it).
  const { tasks, containers } = ns as { tasks: Record<string, unknown>; containers: Record<string, unknown> };
  return Object.keys(tasks).every((id) => Object.hasOwn(containers, id));
}

const containerd = shape({
  running: bool,
  uuid: str,
  blobs: keyedBy('digest', blob, digest),
  namespaces: recordOf(namespaceOk, identifier),
  events: arrayOf(
    shape({
      timestamp: isoTime,
      namespace: both(str, (v) => v === '' || identifier(v as string)),
      topic: str,
      event: both(isRecord, plainData),
    }),
  ),
  imageMounts: opt(recordOf(shape({ namespace: asValue(identifier), snapshotter: asValue(identifier), paths: arrayOf(asValue(absolutePath)) }), absolutePath)),
  snapshotterSeq: opt(recordOf(sequence, identifier)),
  gcDirtySinceMs: opt(timeMs),
  gcMutations: opt(sequence),
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

/** sethostname(2) takes up to 64 bytes; a control character would reach every prompt raw. */
const hostname: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= 64 && !hasControlCharacter(v);

const host = shape({
  hostname,
  // Linux wraps PIDs at pid_max; the counter is the next one handed out.
  nextPid: intIn(1, PID_LIMIT + 1),
  files: recordOf(shape({ kind: oneOf('file', 'dir', 'symlink'), content: opt(str), mode, mtimeMs: timeMs }), absolutePath),
  units: recordOf(shape({ active: bool, enabled: bool, installed: bool, activeSinceMs: opt(timeMs), mainPid: opt(pid) }), unitName),
  timers: opt(
    (v) =>
      shape({ heap: arrayOf(shape({ id: sequence, atMs: dueMs, kind: str, data: opt(both(isRecord, plainData)) })), nextId: sequence })(v) &&
      timerHeapOrdered(v),
  ),
});

const registries = shape({
  // host → repository → tag → target.
  pushed: recordOf(recordOf(recordOf(descriptor, printableName), printableName), registryHost),
  blobs: keyedBy('digest', blob, digest),
  offline: opt(bool),
  listening: opt(recordOf(bool, registryHost)),
});

/** True when `v` is a node tree of the current version whose every record has its shape. */
export function isWellFormedNodeState(v: unknown): boolean {
  if (!isRecord(v) || v.version !== STATE_VERSION) return false;
  if (!shape({ s: uint32 })(v.random)) return false;
  const offset = v.clockOffsetMs;
  if (!num(offset) || Math.abs(offset as number) > MAX_CLOCK_OFFSET_MS) return false;
  return host(v.host) && containerd(v.containerd) && registries(v.registries);
}
