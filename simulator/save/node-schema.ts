// The schema of the whole node tree: containerd's records (containerd/metadata/schema.ts), the
// OCI blobs and descriptors (oci/), and here the host's and the registries' parts. The checks of
// a saved tree (shell/saved-state-check.ts) run it; the types of host-state.ts and
// registry-state.ts, written by hand, are held equal to it by the compiler below.

import { ContainerdStateSchema } from '../containerd/metadata/schema';
import type { HostState } from '../host/host-state';
import { STATE_VERSION, type NodeState } from '../node';
import { BlobSchema } from '../oci/blob';
import { DescriptorSchema } from '../oci/descriptor';
import type { RegistryState } from '../registry/registry-state';
import {
  absolutePath,
  digest,
  dueMs,
  hasControlCharacter,
  identifier,
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

const HostStateSchema = shape({
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
  // Added by version 3 (until then containerd.imageMounts): target → what mounting created there.
  mounts: v.optional(recordOf(absolutePath, shape({ namespace: identifier, snapshotter: identifier, paths: v.array(absolutePath) }))),
});

const RegistryStateSchema = shape({
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

