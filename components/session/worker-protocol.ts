// The messages between the page and the node's worker. The node (containerd, the shell and
// everything a line does) runs in a Web Worker so that no line, however long or stuck, can
// freeze the page; the page keeps a proxy of each login (remote-session.ts) that answers the
// terminal's quick questions (prompt, history) from what the worker last said.

import type { ObjectRef } from '../../simulator/query/state-tree';
import type { PresetId } from './session-presets';
import type { LineResult, SavedSession, SessionActivity, Stream } from '../../simulator/shell/session-types';

/** What a login looks like from outside, sent with every answer that may change it. */
export interface SessionView {
  prompt: string;
  /** The keys the attached program detaches on (docker's escape proxy); absent when none. */
  detachKeys?: string;
  /** Absent when unchanged since the last view sent for this session. */
  history?: string[];
}

/** How to make a login: a node of its own (fresh or from a save), or a second login on another's. */
export interface CreateRequest {
  saved?: SavedSession;
  rejectDamagedSave?: boolean;
  /** The id of a login whose node this one shares (the split terminal). */
  loginTo?: number;
  /** A fresh node made ready as this preset (session-presets.ts). */
  preset?: PresetId;
}

/** Page → worker. Every request but `ping` carries a fresh `req` number its answer repeats. */
export type ToWorker =
  | { t: 'create'; req: number; id: number; options: CreateRequest }
  | { t: 'run'; req: number; id: number; line: string; tty: boolean; realTime: boolean }
  | { t: 'interrupt'; req: number; id: number; kind: 'SIGINT' | 'EOF' }
  | { t: 'needs-more-input'; req: number; id: number; line: string }
  | { t: 'complete'; req: number; id: number; line: string }
  | { t: 'activity'; req: number; id: number }
  /** The state view of the login's node (components/lab): answered with a LabView. */
  | { t: 'lab'; req: number; id: number; select?: ObjectRef }
  /** Which of a note's exercises are done (content/exercises/progress.ts): answered with ExerciseStatus[]. */
  | { t: 'exercises'; req: number; id: number; slug: string }
  /** The node's save with everything inline, for Export and share links: answered with a SaveOutcome. */
  | { t: 'export'; req: number; id: number }
  | { t: 'close'; id: number }
  | { t: 'ping'; n: number };

/** The save of a node, or why there is none (too big to serialise, say). */
export type SaveOutcome = { ok: true; saved: SavedSession } | { ok: false; error: string };

/** Worker → page. */
export type FromWorker =
  | { t: 'created'; req: number; id: number; view: SessionView; save?: SaveOutcome }
  | { t: 'create-failed'; req: number; id: number; damaged: boolean; error: string }
  | { t: 'output'; req: number; chunk: string; stream: Stream }
  | { t: 'done'; req: number; id: number; result: LineResult; view: SessionView }
  | { t: 'answer'; req: number; value: unknown }
  /** The node's save after a line changed it, for the login that owns the node. */
  | { t: 'saved'; id: number; save: SaveOutcome }
  | { t: 'activity'; req: number; activity: SessionActivity | null }
  | { t: 'pong'; n: number }
  | { t: 'ready' };

/** The worker as the page sees it; a real Worker fits, and so does an in-process double. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}
