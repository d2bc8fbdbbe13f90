// Saving and restoring a session. Saved data comes from storage we do not control (an old
// version, another app, a hand-edited value): anything that does not look like our own
// current format, down to a single damaged record, is dropped for a fresh node instead of being
// trusted (saved-state-check.ts says why the whole save goes rather than the bad record).

import type { NodeState } from '../node';
import { isWellFormedNodeState } from './saved-state-check';
import type { SavedSession } from './session-types';

/** bash's default HISTSIZE: lines kept in memory, and in the saved copy likewise. */
export const HISTSIZE = 500;

/** Version of the SavedSession wrapper (the node tree carries its own STATE_VERSION). */
export const SAVED_SESSION_VERSION = 1;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return isRecord(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** A node tree of the current version whose every record has the shape the services read. */
export function isNodeState(v: unknown): v is NodeState {
  return isWellFormedNodeState(v);
}

export interface RestoredSession {
  node: NodeState;
  cwd: string;
  env: Record<string, string>;
  exported: string[];
  history: string[];
}

/** The session inside `saved`, or undefined when it is missing, foreign or damaged. */
export function restoreSaved(saved: unknown): RestoredSession | undefined {
  try {
    if (!isRecord(saved) || saved.version !== SAVED_SESSION_VERSION) return undefined;
    // A deep copy: the caller's object (often still referenced by a store) must not change.
    // saveForStorage's form holds the node as JSON text already.
    const node: unknown = JSON.parse(typeof saved.node === 'string' ? saved.node : JSON.stringify(saved.node));
    if (!isNodeState(node)) return undefined;
    const cwd = typeof saved.cwd === 'string' && saved.cwd.startsWith('/') ? saved.cwd : '/root';
    const env = isStringRecord(saved.env) ? { ...saved.env } : {};
    const exported = Array.isArray(saved.exported) ? saved.exported.filter((x): x is string => typeof x === 'string') : [];
    const history = Array.isArray(saved.history)
      ? saved.history.filter((x): x is string => typeof x === 'string').slice(-HISTSIZE)
      : [];
    return { node, cwd, env, exported, history };
  } catch {
    return undefined;
  }
}

/** The saved form of `s`; `nodeAsText` keeps the node as its JSON text instead of a copy. */
export function makeSaved(s: RestoredSession, options: { nodeAsText?: boolean } = {}): SavedSession {
  const text = JSON.stringify(s.node);
  return {
    version: SAVED_SESSION_VERSION,
    node: options.nodeAsText ? text : (JSON.parse(text) as unknown),
    cwd: s.cwd,
    env: { ...s.env },
    exported: [...s.exported],
    history: s.history.slice(-HISTSIZE),
  };
}
