// What a running kubelet remembers between its loops: the static pods it read, when it saw
// each manifest, its restart back-offs and the pods it is retrying. A real kubelet holds this
// in memory and forgets it when it restarts; here it rides in the data of the kubelet's loop
// timer (host/scheduler.ts), so it survives a save as the running process would, and a
// `systemctl restart kubelet` starts from nothing, as a real restart does.

import type { Pod } from './pod-spec';

/** One manifest file as the file source last saw it. */
interface SeenFile {
  /** The file's text when last read (a change means a new pod or a new error). */
  text: string;
  /** The pod it holds (its UID), or the error it was logged with. */
  uid?: string;
  error?: string;
}

/** A restart back-off entry (client-go flowcontrol.Backoff). */
export interface BackoffEntry {
  durationMs: number;
  lastUpdateMs: number;
}

export interface KubeletMemory {
  /** Relists done since the kubelet started (the loop runs once a second). */
  tick: number;
  /** Manifest path → what it held. */
  files: Record<string, SeenFile>;
  /** The static pods the kubelet runs, by UID. */
  pods: Record<string, Pod>;
  /** Back-offs by `<pod>_<namespace>_<uid>_<container>_<hash>` (or `image:<ref>` for pulls). */
  backoff: Record<string, BackoffEntry>;
  /** A pod whose last sync failed is retried from this moment (the pod worker's back-off). */
  retryAtMs: Record<string, number>;
  /** What the last relist saw: container or sandbox id → its state (PLEG's old view). */
  seen: Record<string, string>;
  /** Whether the runtime answered on the last loop (a CRI error is logged on every loop it does not). */
  runtimeUp: boolean;
}

export function freshMemory(): KubeletMemory {
  return { tick: 0, files: {}, pods: {}, backoff: {}, retryAtMs: {}, seen: {}, runtimeUp: true };
}

/** The memory kept in a timer's data, made whole if a field is missing. */
export function memoryOf(data: Record<string, unknown> | undefined): KubeletMemory {
  const m = (data?.memory ?? {}) as Partial<KubeletMemory>;
  const fresh = freshMemory();
  return {
    tick: typeof m.tick === 'number' ? m.tick : fresh.tick,
    files: m.files ?? fresh.files,
    pods: m.pods ?? fresh.pods,
    backoff: m.backoff ?? fresh.backoff,
    retryAtMs: m.retryAtMs ?? fresh.retryAtMs,
    seen: m.seen ?? fresh.seen,
    runtimeUp: m.runtimeUp ?? true,
  };
}
