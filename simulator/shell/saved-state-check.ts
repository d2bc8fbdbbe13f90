// The check of a saved node tree, record by record, against the schemas the services' types come
// from (containerd/metadata/schema.ts, oci/blob.ts, oci/descriptor.ts; host and registries
// below): every field the services read has its type, every number lies in the range a real
// node could hold, and every name follows the rule of the tool that made it. Saved data comes
// from storage we do not control, soon from shared links too; one bad nested record (a null
// container, a PID of 9007199254708536, a task started at 1e308, a namespace named __proto__)
// would otherwise break every later command that walks it. A tree that fails is rejected as a
// whole rather than repaired: our own code never writes such a record, so it means damage or
// tampering, and dropping single records would leave states no command path ever produces (a
// task without its container, a snapshot whose parent is gone), each needing its own repair
// rule. A fresh node with a notice is the honest answer, and the problems found say where.
//
// Names that a tool accepts are accepted here too, so every save our own node makes restores:
// containerd takes a namespace or container named `constructor`, an image named `__proto__`,
// and the services look records up by own property (Object.hasOwn), so those are names like
// any other. A `__proto__` key where no tool could have made one is refused.

import { ContainerdStateSchema } from '../containerd/metadata/schema';
import type { HostState } from '../host/host-state';
import { STATE_VERSION, type NodeState } from '../node';
import { BlobSchema } from '../oci/blob';
import { DescriptorSchema } from '../oci/descriptor';
import type { RegistryState } from '../registry/registry-state';
import {
  absolutePath,
  describeIssues,
  digest,
  dueMs,
  hasControlCharacter,
  intIn,
  keyedBy,
  MAX_CLOCK_OFFSET_MS,
  mode,
  numIn,
  PID_LIMIT,
  pid,
  plainRecord,
  printableName,
  recordOf,
  registryHost,
  sequence,
  shape,
  timeMs,
  uint32,
  unitName,
  v,
} from '../schema/kit';

export { hasControlCharacter, MAX_BYTES, MAX_CLOCK_OFFSET_MS, MAX_DEPTH, MAX_PATH_CHARS, MAX_TIME_MS, PID_LIMIT } from '../schema/kit';

/** The scheduler's queue is a binary heap by (atMs, id) whose ids are below nextId. */
function timerHeapOrdered(q: { heap: Array<{ id: number; atMs: number }>; nextId: number }): boolean {
  return q.heap.every((t, i) => {
    if (t.id >= q.nextId) return false;
    if (i === 0) return true;
    const p = q.heap[(i - 1) >> 1] as { id: number; atMs: number };
    return p.atMs < t.atMs || (p.atMs === t.atMs && p.id < t.id);
  });
}

/** sethostname(2) takes up to 64 bytes; a control character would reach every prompt raw. */
const hostname = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.check((h) => !hasControlCharacter(h), 'a control character in the hostname'));

export const HostStateSchema = shape({
  hostname,
  // Linux wraps PIDs at pid_max; the counter is the next one handed out.
  nextPid: intIn(1, PID_LIMIT + 1),
  files: recordOf(absolutePath, shape({ kind: v.picklist(['file', 'dir', 'symlink']), content: v.optional(v.string()), mode, mtimeMs: timeMs })),
  units: recordOf(unitName, shape({ active: v.boolean(), enabled: v.boolean(), installed: v.boolean(), activeSinceMs: v.optional(timeMs), mainPid: v.optional(pid) })),
  timers: v.optional(
    v.pipe(
      shape({ heap: v.array(shape({ id: sequence, atMs: dueMs, kind: v.string(), data: v.optional(plainRecord) })), nextId: sequence }),
      v.check((q) => timerHeapOrdered(q), 'the timer queue is not a heap ordered by (atMs, id)'),
    ),
  ),
});

export const RegistryStateSchema = shape({
  // host → repository → tag → target.
  pushed: recordOf(registryHost, recordOf(printableName, recordOf(printableName, DescriptorSchema))),
  blobs: keyedBy('digest', digest, BlobSchema),
  offline: v.optional(v.boolean()),
  listening: v.optional(recordOf(registryHost, v.boolean())),
});

export const NodeStateSchema = shape({
  version: v.literal(STATE_VERSION),
  random: shape({ s: uint32 }),
  clockOffsetMs: numIn(-MAX_CLOCK_OFFSET_MS, MAX_CLOCK_OFFSET_MS),
  host: HostStateSchema,
  containerd: ContainerdStateSchema,
  registries: RegistryStateSchema,
});

// host-state.ts and registry-state.ts declare their types by hand; these lines fail to compile
// the day a field there and its schema here disagree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const hostAgrees: Same<v.InferOutput<typeof HostStateSchema>, HostState> = true;
const registryAgrees: Same<v.InferOutput<typeof RegistryStateSchema>, RegistryState> = true;
const nodeAgrees: Same<Omit<v.InferOutput<typeof NodeStateSchema>, 'version'>, Omit<NodeState, 'version'>> = true;
void [hostAgrees, registryAgrees, nodeAgrees];

/** What is wrong with `tree` as a node of the current version, one line per problem (at most `max`); [] when nothing. */
export function nodeStateProblems(tree: unknown, max = 5): string[] {
  const result = v.safeParse(NodeStateSchema, tree);
  return result.success ? [] : describeIssues(result.issues, max);
}

/** True when `v` is a node tree of the current version whose every record has its shape. */
export function isWellFormedNodeState(tree: unknown): tree is NodeState {
  return v.is(NodeStateSchema, tree);
}
