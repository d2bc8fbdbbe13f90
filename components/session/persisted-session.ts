// The slice of the session store that is written to localStorage, and how stored data is read
// back: anything that does not look like a saved session is dropped with a notice.
//
// Versions: 1 held the save alone; 2 adds `undo`, the states Undo goes back to (the saves
// before the current one, oldest first), so Undo works after a reload. A version-1 save
// migrates to version 2 with nothing to undo; any other version is dropped with a notice.

import type { SavedSession } from '../../simulator/shell/session-types';

/** Bump when PersistedSession changes shape; add a step to migratePersisted for the old one. */
export const STORE_VERSION = 2;

/** The most earlier states kept for Undo: the last line and the one before (undo-points.ts). */
export const MAX_UNDO_SAVES = 2;

export interface PersistedSession {
  saved: SavedSession | null;
  /** The states before `saved` that Undo can go back to, oldest first (absent: none; version 2 on). */
  undo?: SavedSession[];
  /** Set only while reading back: why the stored session was dropped. */
  notice?: string | null;
}

export const OUTDATED_NOTICE =
  'ctrlab: the saved session came from an older version of ctrlab; started a fresh node.';
export const INVALID_NOTICE =
  'ctrlab: the saved session could not be restored; started a fresh node.';

/** The shape of a SavedSession (the simulator checks every field before it restores one). */
export function isSavedSession(value: unknown): value is SavedSession {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.version === 'number' &&
    typeof candidate.cwd === 'string' &&
    typeof candidate.env === 'object' &&
    candidate.env !== null &&
    Array.isArray(candidate.history) &&
    candidate.history.every((line) => typeof line === 'string') &&
    'node' in candidate
  );
}

/**
 * The undo states stored beside a save, as far as they can be trusted: only when they all have a
 * save's shape (an undo state is never restored half), and never more than MAX_UNDO_SAVES.
 */
function readUndo(value: unknown): SavedSession[] {
  if (!Array.isArray(value) || !value.every(isSavedSession)) return [];
  return value.slice(-MAX_UNDO_SAVES);
}

/** Reads whatever was stored (already migrated) into a saved session or null, its undo states and a notice. */
export function readPersisted(persisted: unknown): { saved: SavedSession | null; undo: SavedSession[]; notice: string | null } {
  if (typeof persisted !== 'object' || persisted === null) {
    return { saved: null, undo: [], notice: persisted === undefined ? null : INVALID_NOTICE };
  }
  const record = persisted as Record<string, unknown>;
  const notice = typeof record.notice === 'string' ? record.notice : null;
  if (record.saved === null || record.saved === undefined) return { saved: null, undo: [], notice };
  if (!isSavedSession(record.saved)) return { saved: null, undo: [], notice: notice ?? INVALID_NOTICE };
  return { saved: record.saved, undo: readUndo(record.undo), notice };
}

/**
 * Stored data of an earlier store version, brought to this one: version 1 (the save alone)
 * keeps its save with nothing to undo. Any other version (a newer ctrlab's, or none) starts fresh.
 */
export function migratePersisted(persisted: unknown, version: number): PersistedSession {
  if (version === 1 && typeof persisted === 'object' && persisted !== null) {
    const { saved } = persisted as { saved?: unknown };
    // readPersisted checks its shape next, as for a save of this version.
    return { saved: (saved ?? null) as SavedSession | null };
  }
  return { saved: null, notice: OUTDATED_NOTICE };
}
