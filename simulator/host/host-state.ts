// The Linux node under containerd: its name, process ids, files, systemd units, timers and
// mount table. One schema per part (valibot): the types the host's code uses and the check a
// saved tree passes (save/node-schema.ts) come from these same lines.

import {
  absolutePath,
  dueMs,
  hasControlCharacter,
  identifier,
  intIn,
  mode,
  PID_LIMIT,
  pid,
  plainRecord,
  recordOf,
  sequence,
  shape,
  timeMs,
  unitName,
  v,
} from '../schema/kit';
import { NetworkStateSchema } from './network/network-state';

const VfsEntrySchema = shape({
  kind: v.picklist(['file', 'dir', 'symlink']),
  /** File bytes as a binary string (one char per byte, 0–255); symlink target for links. */
  content: v.optional(v.string()),
  mode,
  mtimeMs: timeMs,
  /**
   * A file's real size when `content` is a stand-in (a release binary, host/releases): what
   * ls, stat and tar show. Absent: the content's length. Any write of content drops it.
   */
  size: v.optional(intIn(0, 2 ** 40)),
});

const UnitStateSchema = shape({
  /** `systemctl is-active`: running or not. */
  active: v.boolean(),
  /** `systemctl is-enabled`. */
  enabled: v.boolean(),
  /** Present on the node at all (docker, buildkit and kubelet may not be installed). */
  installed: v.boolean(),
  /** When it last became active (systemctl status "since"); absent: since boot. */
  activeSinceMs: v.optional(timeMs),
  /** PID of its main process while active (systemctl status "Main PID"). */
  mainPid: v.optional(pid),
});

/** One scheduled piece of work. `data` is JSON-safe, read by the kind's handler. */
const TimerRecordSchema = shape({ id: sequence, atMs: dueMs, kind: v.string(), data: v.optional(plainRecord) });

/** The scheduler's queue is a binary heap by (atMs, id) whose ids are below nextId. */
function timerHeapOrdered(q: { heap: Array<{ id: number; atMs: number }>; nextId: number }): boolean {
  return q.heap.every((t, i) => {
    if (t.id >= q.nextId) return false;
    if (i === 0) return true;
    const p = q.heap[(i - 1) >> 1] as { id: number; atMs: number };
    return p.atMs < t.atMs || (p.atMs === t.atMs && p.id < t.id);
  });
}

const TimerQueueSchema = v.pipe(
  /** A binary min-heap ordered by (atMs, id). */
  shape({ heap: v.array(TimerRecordSchema), nextId: sequence }),
  v.check((q) => timerHeapOrdered(q), 'the timer queue is not a heap ordered by (atMs, id)'),
);

/** One mount: whose snapshot it shows, and the VFS paths it created under the target (in creation order, so unmount removes children first). */
const MountRecordSchema = shape({
  namespace: identifier,
  snapshotter: identifier,
  paths: v.array(absolutePath),
  /** Optional (host/overlay.ts): an overlay mount's dirs; its target is a read-through view of them, nothing copied. */
  overlay: v.optional(shape({ lowerdirs: v.array(absolutePath), upperdir: absolutePath, workdir: absolutePath })),
  /** Optional: mounted read-only (a View snapshot's bind mount): writes under the target fail with EROFS. */
  readOnly: v.optional(v.boolean()),
});

/** sethostname(2) takes up to 64 bytes; a control character would reach every prompt raw. */
const hostname = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.check((h) => !hasControlCharacter(h), 'a control character in the hostname'));

/** How many entries the journal keeps (journal.ts; the oldest go first). */
export const MAX_JOURNAL_ENTRIES = 1_000;
/** A longer message is cut to this many characters (journald's line_max is 48 KiB; ours is smaller). */
export const MAX_JOURNAL_MESSAGE_CHARS = 4_096;

const JournalEntrySchema = shape({
  /** When it was logged (the node's clock). */
  atMs: timeMs,
  /** The systemd unit that logged it, without `.service` (`journalctl -u` matches it). */
  unit: v.pipe(v.string(), v.maxLength(256)),
  /** SYSLOG_IDENTIFIER: the program's name as the line shows it (`kubelet`). */
  ident: v.pipe(v.string(), v.maxLength(256)),
  pid,
  message: v.pipe(v.string(), v.maxLength(MAX_JOURNAL_MESSAGE_CHARS)),
});

const JournalSchema = shape({
  entries: v.pipe(v.array(JournalEntrySchema), v.maxLength(MAX_JOURNAL_ENTRIES)),
  /** Entries ever written (also those rotated away): what `journalctl -f` waits to grow. */
  written: intIn(0, Number.MAX_SAFE_INTEGER),
});


export const HostStateSchema = shape({
  hostname,
  /** Next PID the kernel hands out; grows like Linux's (wrapping at pid_max), never reused within a session. */
  nextPid: intIn(1, PID_LIMIT + 1),
  /** The shell's filesystem: absolute path → entry. */
  files: recordOf(absolutePath, VfsEntrySchema),
  units: recordOf(unitName, UnitStateSchema),
  /** What is scheduled to happen later on the node's clock (scheduler.ts); absent until first use. */
  timers: v.optional(TimerQueueSchema),
  /** The mount table (mounts.ts): target → what was mounted there; absent until the first mount (version 3 on). */
  mounts: v.optional(recordOf(absolutePath, MountRecordSchema)),
  /** What the daemons logged (journal.ts); absent until the first line (version 4 on). */
  journal: v.optional(JournalSchema),
  /** The node's network (network/network-state.ts); absent until first use, so older saves load as they are. */
  network: v.optional(NetworkStateSchema),
});

export type VfsEntry = v.InferOutput<typeof VfsEntrySchema>;
export type UnitState = v.InferOutput<typeof UnitStateSchema>;
export type TimerRecord = v.InferOutput<typeof TimerRecordSchema>;
export type TimerQueue = v.InferOutput<typeof TimerQueueSchema>;
export type MountRecord = v.InferOutput<typeof MountRecordSchema>;
export type HostState = v.InferOutput<typeof HostStateSchema>;
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>;
export type Journal = v.InferOutput<typeof JournalSchema>;
