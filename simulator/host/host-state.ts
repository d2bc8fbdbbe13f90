// The Linux node under containerd: its name, process ids, files and systemd units.

export interface VfsEntry {
  kind: 'file' | 'dir' | 'symlink';
  /** File bytes as a binary string (one char per byte, 0–255); symlink target for links. */
  content?: string;
  mode: number;
  mtimeMs: number;
}

export interface UnitState {
  /** `systemctl is-active`: running or not. */
  active: boolean;
  /** `systemctl is-enabled`. */
  enabled: boolean;
  /** Present on the node at all (docker, buildkit and kubelet may not be installed). */
  installed: boolean;
  /** When it last became active (systemctl status "since"); absent: since boot. */
  activeSinceMs?: number;
  /** PID of its main process while active (systemctl status "Main PID"). */
  mainPid?: number;
}

export interface HostState {
  hostname: string;
  /** Next PID the kernel hands out; grows like Linux's, never reused within a session. */
  nextPid: number;
  /** The shell's filesystem: absolute path → entry. */
  files: Record<string, VfsEntry>;
  units: Record<string, UnitState>;
  /** What is scheduled to happen later on the node's clock (scheduler.ts); absent until first use. */
  timers?: TimerQueue;
  /** The mount table (mounts.ts): target → what was mounted there; absent until the first mount. */
  mounts?: Record<string, MountRecord>;
}

/** One mount: whose snapshot it shows, and the VFS paths it created under the target. */
export interface MountRecord {
  namespace: string;
  snapshotter: string;
  /** In creation order, so unmount removes children before their directories. */
  paths: string[];
}

/** One scheduled piece of work. `data` is JSON-safe, read by the kind's handler. */
export interface TimerRecord {
  id: number;
  atMs: number;
  kind: string;
  data?: Record<string, unknown>;
}

export interface TimerQueue {
  /** A binary min-heap ordered by (atMs, id). */
  heap: TimerRecord[];
  nextId: number;
}
