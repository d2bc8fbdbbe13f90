// Saving and restoring a session. Saved data comes from storage we do not control (an old
// version, another app, a hand-edited value): anything that does not look like our own
// current format is dropped for a fresh node instead of being trusted.

import { STATE_VERSION, type NodeState } from '../node';
import type { SavedSession } from './session-types';

/** Version of the SavedSession wrapper (the node tree carries its own STATE_VERSION). */
export const SAVED_SESSION_VERSION = 1;

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return isRecord(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** A structural check of the parts every service relies on; not a full schema validation. */
export function isNodeState(v: unknown): v is NodeState {
  if (!isRecord(v) || v.version !== STATE_VERSION) return false;
  const { random, host, containerd, registries } = v;
  if (!isRecord(random) || typeof random.s !== 'number') return false;
  if (typeof v.clockOffsetMs !== 'number') return false;
  if (!isRecord(host) || !isRecord(host.files) || !isRecord(host.units)) return false;
  if (typeof host.hostname !== 'string' || typeof host.nextPid !== 'number') return false;
  if (!isRecord(containerd) || typeof containerd.running !== 'boolean') return false;
  if (!isRecord(containerd.namespaces) || !isRecord(containerd.blobs) || !Array.isArray(containerd.events)) return false;
  return isRecord(registries) && isRecord(registries.pushed) && isRecord(registries.blobs);
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
    const node: unknown = JSON.parse(JSON.stringify(saved.node));
    if (!isNodeState(node)) return undefined;
    const cwd = typeof saved.cwd === 'string' && saved.cwd.startsWith('/') ? saved.cwd : '/root';
    const env = isStringRecord(saved.env) ? { ...saved.env } : {};
    const exported = Array.isArray(saved.exported) ? saved.exported.filter((x): x is string => typeof x === 'string') : [];
    const history = Array.isArray(saved.history) ? saved.history.filter((x): x is string => typeof x === 'string') : [];
    return { node, cwd, env, exported, history };
  } catch {
    return undefined;
  }
}

export function makeSaved(s: RestoredSession): SavedSession {
  return {
    version: SAVED_SESSION_VERSION,
    node: JSON.parse(JSON.stringify(s.node)) as unknown,
    cwd: s.cwd,
    env: { ...s.env },
    exported: [...s.exported],
    history: [...s.history],
  };
}
