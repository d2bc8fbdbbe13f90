// The slice of the session store that is written to localStorage, and how stored data is read
// back: anything that does not look like a saved session is dropped with a notice.

import type { SavedSession } from '../../simulator/shell/session-types';

/** Bump when PersistedSession changes shape; add a step to migratePersisted for the old one. */
export const STORE_VERSION = 1;

export interface PersistedSession {
  saved: SavedSession | null;
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

/** Reads whatever was stored (already migrated) into a saved session or null plus a notice. */
export function readPersisted(persisted: unknown): { saved: SavedSession | null; notice: string | null } {
  if (typeof persisted !== 'object' || persisted === null) {
    return { saved: null, notice: persisted === undefined ? null : INVALID_NOTICE };
  }
  const record = persisted as Record<string, unknown>;
  const notice = typeof record.notice === 'string' ? record.notice : null;
  if (record.saved === null || record.saved === undefined) return { saved: null, notice };
  if (!isSavedSession(record.saved)) return { saved: null, notice: notice ?? INVALID_NOTICE };
  return { saved: record.saved, notice };
}

/** Stored data of another store version. There is only version 1 so far: start fresh. */
export function migratePersisted(_persisted: unknown, _version: number): PersistedSession {
  return { saved: null, notice: OUTDATED_NOTICE };
}
