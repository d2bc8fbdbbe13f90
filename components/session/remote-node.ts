// The page's end of the node worker: numbers requests, routes the worker's answers and output
// to the logins that asked, and keeps a watchdog. While anything is asked of the worker it is
// pinged; a worker that stays silent past a budget (a line looping without a pause, the shell
// library stuck in its parser) or that does not take a Ctrl-C within a grace time is
// terminated, a new one is started from each node's last save — the state before the line —
// and the line that was running ends with one plain message. The page never waits on it.

import type { ObjectRef } from '../../simulator/query/state-tree';
import type { LineResult, RunOptions, SavedSession } from '../../simulator/shell/session-types';
import { RemoteSession, type RemoteNodeHandle, type RunRequest, type SessionLink } from './remote-session';
import { STOPPED_AT_CTRL_C_EXIT, STOPPED_BY_WATCHDOG_EXIT, type StopReason, stopMessage } from './watchdog-text';
import type { PresetId } from './session-presets';
import type { CreateRequest, FromWorker, SaveOutcome, ToWorker, WorkerPort } from './worker-protocol';

export interface RemoteNodeOptions {
  spawn(): WorkerPort;
  now?: () => number;
  /** Silence, while something is asked of the worker, after which it is stopped. */
  blockedMs?: number;
  /**
   * Silence allowed to a worker that has not said a word yet: it is loading the simulator's
   * code (megabytes to fetch and compile, seconds on a busy machine) and cannot answer pings
   * until that is done. A crash while loading still restarts it at once (onerror).
   */
  loadingMs?: number;
  /** Time a Ctrl-C has to be taken by a silent worker before it is stopped. */
  graceMs?: number;
  pingMs?: number;
}

const DEFAULT_BLOCKED_MS = 5_000;
const DEFAULT_LOADING_MS = 60_000;
const DEFAULT_GRACE_MS = 1_000;
const DEFAULT_PING_MS = 250;
/** Restarts in a row without the worker coming up: then start fresh, not from the save. */
const MAX_FAILED_RESTORES = 2;

export interface RemoteCreateOptions {
  saved?: SavedSession;
  rejectDamagedSave?: boolean;
  /** Log in to the node of this handle (another login's `node`). */
  node?: unknown;
  preset?: PresetId;
}

/** Thrown for a save the worker could not restore (same name as the simulator's error). */
class DamagedSaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedSaveError';
  }
}

type Waiting =
  | { kind: 'create'; message: Extract<ToWorker, { t: 'create' }>; resolve(s: RemoteSession): void; reject(e: Error): void }
  | { kind: 'recreate'; id: number }
  | { kind: 'run'; id: number; resolve(r: LineResult): void; onOutput?: RunOptions['onOutput'] }
  | { kind: 'interrupt'; id: number; resolve(r: LineResult): void }
  | { kind: 'answer'; id: number; resolve(v: unknown): void; fallback: unknown }
  | { kind: 'activity'; id: number };

function isHandle(node: unknown): node is RemoteNodeHandle {
  return typeof node === 'object' && node !== null && typeof (node as RemoteNodeHandle).loginId === 'number';
}

export class RemoteNode implements SessionLink {
  private worker: WorkerPort;
  private nextReq = 1;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** Live logins by id, in the order they were made (owners before their second logins). */
  private readonly sessions = new Map<number, RemoteSession>();
  private lastHeard: number;
  /** The current worker has sent something (its code is loaded and its loop reads messages). */
  private heardFrom = false;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private failedRestores = 0;
  private readonly now: () => number;
  private readonly blockedMs: number;
  private readonly loadingMs: number;
  private readonly graceMs: number;
  private readonly pingMs: number;

  constructor(private readonly options: RemoteNodeOptions) {
    this.now = options.now ?? Date.now;
    this.blockedMs = options.blockedMs ?? DEFAULT_BLOCKED_MS;
    this.loadingMs = options.loadingMs ?? DEFAULT_LOADING_MS;
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.pingMs = options.pingMs ?? DEFAULT_PING_MS;
    this.lastHeard = this.now();
    this.worker = this.startWorker();
  }

  /** A login on a node of its own (fresh or from `saved`), or on the node of `options.node`. */
  createSession(options: RemoteCreateOptions): Promise<RemoteSession> {
    const create: CreateRequest = isHandle(options.node)
      ? { loginTo: options.node.loginId }
      : { saved: options.saved, rejectDamagedSave: options.rejectDamagedSave, preset: options.preset };
    return new Promise((resolve, reject) => {
      const req = this.nextReq++;
      const message: ToWorker = { t: 'create', req, id: this.nextId++, options: create };
      this.send(req, { kind: 'create', message, resolve, reject }, message);
    });
  }

  /** Ends a login (a closed split terminal); whatever it ran is interrupted. */
  close(session: RemoteSession): void {
    if (!this.sessions.delete(session.id)) return;
    this.worker.postMessage({ t: 'close', id: session.id });
    for (const [req, w] of this.waiting) {
      if ('id' in w && w.id === session.id) {
        this.waiting.delete(req);
        this.settle(w, 'interrupt', true);
      }
    }
  }

  run(session: RemoteSession, request: RunRequest, onOutput?: RunOptions['onOutput']): Promise<LineResult> {
    return new Promise((resolve) => {
      const req = this.nextReq++;
      session.running = { sinceMs: this.now(), askedAt: this.now() };
      const done = (r: LineResult) => {
        session.running = undefined;
        resolve(r);
      };
      this.send(req, { kind: 'run', id: session.id, resolve: done, onOutput }, { t: 'run', req, id: session.id, ...request });
    });
  }

  interrupt(session: RemoteSession, kind: 'SIGINT' | 'EOF'): Promise<LineResult> {
    return new Promise((resolve) => {
      const req = this.nextReq++;
      const sentAt = this.now();
      this.send(req, { kind: 'interrupt', id: session.id, resolve }, { t: 'interrupt', req, id: session.id, kind });
      if (kind !== 'SIGINT' || !session.running) return;
      // A worker busy in a loop never reads the Ctrl-C; it is stopped once the grace is over.
      setTimeout(() => {
        if (this.waiting.has(req) && this.lastHeard < sentAt) this.restart('interrupt');
      }, this.graceMs);
    });
  }

  ask<T>(session: RemoteSession, t: 'needs-more-input' | 'complete', line: string, fallback: T): Promise<T> {
    return new Promise((resolve) => {
      const req = this.nextReq++;
      const answer = (v: unknown) => resolve(v === null || v === undefined ? fallback : (v as T));
      this.send(req, { kind: 'answer', id: session.id, resolve: answer, fallback }, { t, req, id: session.id, line });
    });
  }

  /** The state view of the session's node (components/lab/lab-view.ts); null if the worker had none. */
  askLab(session: RemoteSession, select?: ObjectRef): Promise<unknown> {
    return new Promise((resolve) => {
      const req = this.nextReq++;
      this.send(req, { kind: 'answer', id: session.id, resolve, fallback: null }, { t: 'lab', req, id: session.id, select });
    });
  }

  /** The session's node saved with everything inline; null if the worker had none. */
  askExport(session: RemoteSession): Promise<SaveOutcome | null> {
    return new Promise((resolve) => {
      const req = this.nextReq++;
      this.send(req, { kind: 'answer', id: session.id, resolve: (v) => resolve(v as SaveOutcome | null), fallback: null }, { t: 'export', req, id: session.id });
    });
  }

  /** Which of a note's exercises are done on the session's node; null if the worker had none. */
  askExercises(session: RemoteSession, slug: string): Promise<unknown> {
    return new Promise((resolve) => {
      const req = this.nextReq++;
      this.send(req, { kind: 'answer', id: session.id, resolve, fallback: null }, { t: 'exercises', req, id: session.id, slug });
    });
  }

  askActivity(session: RemoteSession): void {
    const req = this.nextReq++;
    this.send(req, { kind: 'activity', id: session.id }, { t: 'activity', req, id: session.id });
  }

  /** Stops the worker for good (the page is going away). */
  dispose(): void {
    this.stopTicker();
    this.worker.onmessage = null;
    this.worker.onerror = null;
    this.worker.terminate();
  }

  private startWorker(): WorkerPort {
    const worker = this.options.spawn();
    this.heardFrom = false;
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = () => {
      if (worker === this.worker) this.restart('crashed');
    };
    return worker;
  }

  private send(req: number, waiting: Waiting, message: ToWorker): void {
    // Silence is counted from the first request of a busy spell, not from the last idle answer.
    if (this.waiting.size === 0) this.lastHeard = this.now();
    this.waiting.set(req, waiting);
    this.startTicker();
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    this.lastHeard = this.now();
    this.heardFrom = true;
    if (message.t === 'pong' || message.t === 'ready') return;
    if (message.t === 'saved') {
      const session = this.sessions.get(message.id);
      if (!session) return;
      session.lastSave = message.save;
      session.onSaved?.();
      return;
    }
    const waiting = this.waiting.get(message.req);
    if (!waiting) return;
    if (message.t === 'output') {
      if (waiting.kind === 'run') waiting.onOutput?.(message.chunk, message.stream);
      return;
    }
    this.waiting.delete(message.req);
    if (this.waiting.size === 0) this.stopTicker();
    switch (message.t) {
      case 'created':
        return this.created(waiting, message);
      case 'create-failed':
        return this.createFailed(waiting, message);
      case 'done':
        this.sessions.get(message.id)?.show(message.view);
        if (waiting.kind === 'run' || waiting.kind === 'interrupt') waiting.resolve(message.result);
        return;
      case 'answer':
        if (waiting.kind === 'answer') waiting.resolve(message.value);
        return;
      case 'activity': {
        const line = this.sessions.get(waiting.kind === 'activity' ? waiting.id : -1)?.running;
        if (line) line.untilMs = message.activity?.untilMs;
        return;
      }
    }
  }

  private created(waiting: Waiting, message: Extract<FromWorker, { t: 'created' }>): void {
    this.failedRestores = 0;
    if (waiting.kind === 'recreate') {
      const session = this.sessions.get(waiting.id);
      session?.show(message.view);
      if (session && message.save) session.lastSave = message.save;
      return;
    }
    if (waiting.kind !== 'create') return;
    const owner = waiting.message.options.loginTo ?? message.id;
    const session = new RemoteSession(message.id, owner, message.view, this, this.now);
    session.lastSave = message.save;
    this.sessions.set(message.id, session);
    waiting.resolve(session);
  }

  private createFailed(waiting: Waiting, message: Extract<FromWorker, { t: 'create-failed' }>): void {
    if (waiting.kind === 'create') {
      waiting.reject(message.damaged ? new DamagedSaveError(message.error) : new Error(message.error));
    } else if (waiting.kind === 'recreate') {
      // The save that was there a moment ago no longer loads: a fresh node rather than none.
      this.recreate(waiting.id, {});
    }
  }

  private recreate(id: number, options: CreateRequest): void {
    const req = this.nextReq++;
    this.send(req, { kind: 'recreate', id }, { t: 'create', req, id, options });
  }

  private startTicker(): void {
    this.ticker ??= setInterval(() => this.tick(), this.pingMs);
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private tick(): void {
    if (this.waiting.size === 0) return this.stopTicker();
    const silent = this.now() - this.lastHeard;
    // Before its first word the worker is still loading the simulator: a longer budget (a worker
    // stopped while loading would only load again, and under load never come up).
    if (silent > (this.heardFrom ? this.blockedMs : this.loadingMs)) return this.restart('blocked', silent);
    this.worker.postMessage({ t: 'ping', n: this.nextReq });
  }

  /** Stops the worker and starts another from each node's last save; answers all who waited. */
  private restart(reason: StopReason, silentMs = this.now() - this.lastHeard): void {
    const old = this.worker;
    old.onmessage = null;
    old.onerror = null;
    old.terminate();
    const waited = [...this.waiting.values()];
    this.waiting.clear();
    this.stopTicker();
    this.failedRestores += 1;
    const fromSave = this.failedRestores <= MAX_FAILED_RESTORES;
    this.worker = this.startWorker();
    const restored = new Map<number, boolean>();
    for (const session of this.sessions.values()) {
      if (session.id !== session.ownerId) {
        this.recreate(session.id, { loginTo: session.ownerId });
        continue;
      }
      const save = fromSave ? session.lastSave : undefined;
      restored.set(session.id, save?.ok === true);
      this.recreate(session.id, save?.ok ? { saved: save.saved } : {});
    }
    for (const w of waited) {
      if (w.kind === 'create') {
        this.send(w.message.req, w, w.message);
      } else if (w.kind !== 'recreate' && w.kind !== 'activity') {
        const owner = this.sessions.get(w.id)?.ownerId ?? w.id;
        this.settle(w, reason, restored.get(owner) ?? true, silentMs);
      }
    }
  }

  /** Answers a request the stopped worker will never answer. */
  private settle(w: Waiting, reason: StopReason, restored: boolean, silentMs = 0): void {
    if (w.kind === 'run') {
      const stderr = stopMessage(reason, silentMs, restored);
      w.onOutput?.(stderr, 'stderr');
      const exitCode = reason === 'interrupt' ? STOPPED_AT_CTRL_C_EXIT : STOPPED_BY_WATCHDOG_EXIT;
      w.resolve({ stdout: '', stderr, exitCode });
    } else if (w.kind === 'interrupt') {
      w.resolve({ stdout: '', stderr: '', exitCode: STOPPED_AT_CTRL_C_EXIT });
    } else if (w.kind === 'answer') {
      w.resolve(w.fallback);
    }
  }
}
