// A login on the node in the worker, as the terminal uses it. It answers prompt(), history()
// and the last save from what the worker last sent, so keys and redraws never wait on the
// worker; everything else is a request to it (remote-node.ts delivers them and stops the
// worker when it stops answering).

import type { ObjectRef } from '../../simulator/query/state-tree';
import type { LineResult, RunOptions, SavedSession, SessionActivity } from '../../simulator/shell/session-types';
import type { TerminalSession } from './terminal-session';
import type { SaveOutcome, SessionView, ToWorker } from './worker-protocol';

/** A line to run, as the terminal asks for it. */
export interface RunRequest {
  line: string;
  tty: boolean;
  realTime: boolean;
}

export interface SessionLink {
  run(session: RemoteSession, request: RunRequest, onOutput: RunOptions['onOutput']): Promise<LineResult>;
  interrupt(session: RemoteSession, kind: 'SIGINT' | 'EOF'): Promise<LineResult>;
  ask<T>(session: RemoteSession, request: Extract<ToWorker, { t: 'needs-more-input' | 'complete' }>['t'], line: string, fallback: T): Promise<T>;
  askActivity(session: RemoteSession): void;
  askLab(session: RemoteSession, select?: ObjectRef): Promise<unknown>;
  askExercises(session: RemoteSession, slug: string): Promise<unknown>;
  askExport(session: RemoteSession): Promise<SaveOutcome | null>;
}

/** Which node a login is on, for a second login on it (the split terminal). */
export interface RemoteNodeHandle {
  readonly loginId: number;
}

/** How often a running line's activity (the end of a `sleep`) is asked for. */
const ACTIVITY_EVERY_MS = 200;

export class RemoteSession implements TerminalSession {
  private promptText: string;
  private detachSequence: string | undefined;
  private lines: string[] = [];
  /** The node's last save; kept by the login that owns the node. */
  lastSave: SaveOutcome | undefined;
  /**
   * Told when a newer save arrived. Saves are made after a line's answer (node-host.ts), so the
   * store persists the save when it comes, not when the line ends.
   */
  onSaved: (() => void) | undefined;
  /** The line running now: when it started, and the wait it is in as the worker last said. */
  running: { sinceMs: number; untilMs?: number; askedAt: number } | undefined;
  readonly node: RemoteNodeHandle;

  constructor(
    readonly id: number,
    /** The login whose save covers this one's node: itself, or the first terminal's. */
    readonly ownerId: number,
    view: SessionView,
    private readonly link: SessionLink,
    private readonly now: () => number,
  ) {
    this.promptText = view.prompt;
    this.show(view);
    this.node = { loginId: ownerId };
  }

  /** Told after every line and every new view (the state view refreshes on it). */
  readonly viewListeners = new Set<() => void>();

  /** Takes what the worker says the login looks like now. */
  show(view: SessionView): void {
    this.promptText = view.prompt;
    this.detachSequence = view.detachKeys;
    if (view.history) this.lines = view.history;
    for (const listener of this.viewListeners) listener();
  }

  /** The state view of this login's node; `select` asks for that object's info text too. */
  lab(select?: ObjectRef): Promise<unknown> {
    return this.link.askLab(this, select);
  }

  /** Which of a note's exercises are done on this login's node (components/notes/exercise-list.tsx). */
  exercises(slug: string): Promise<unknown> {
    return this.link.askExercises(this, slug);
  }

  /** The node's save with everything inline (the stored one keeps its files as chunks). */
  async exportSave(): Promise<SavedSession> {
    const save = await this.link.askExport(this);
    if (!save) throw new Error('the node did not answer');
    if (!save.ok) throw new Error(save.error);
    return save.saved;
  }

  prompt(): string {
    return this.promptText;
  }

  detachKeys(): string | undefined {
    return this.detachSequence;
  }

  history(): readonly string[] {
    return this.lines;
  }

  activity(): SessionActivity | undefined {
    const line = this.running;
    if (!line) return undefined;
    if (this.now() - line.askedAt >= ACTIVITY_EVERY_MS) {
      line.askedAt = this.now();
      this.link.askActivity(this);
    }
    return { sinceMs: line.sinceMs, untilMs: line.untilMs };
  }

  saveForStorage(): SavedSession {
    const save = this.lastSave;
    if (!save) throw new Error('the node has not been saved yet');
    if (!save.ok) throw new Error(save.error);
    return save.saved;
  }

  async run(line: string, options: RunOptions = {}): Promise<LineResult> {
    return this.link.run(this, { line, tty: options.tty === true, realTime: options.realTime === true }, options.onOutput);
  }

  interrupt(kind: 'SIGINT' | 'EOF'): Promise<LineResult> {
    return this.link.interrupt(this, kind);
  }

  needsMoreInput(line: string): Promise<boolean> {
    return this.link.ask(this, 'needs-more-input', line, false);
  }

  complete(lineBeforeCursor: string): Promise<string[]> {
    return this.link.ask<string[]>(this, 'complete', lineBeforeCursor, []);
  }
}
