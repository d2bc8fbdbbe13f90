// localStorage behind zustand's PersistStorage, made unbreakable: unreadable or corrupted data
// turns into "no saved session" plus a notice, and a full or missing storage only means the
// session is not persisted. Nothing here may throw into the page.

import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { PersistedSession } from './persisted-session';

export const CORRUPTED_NOTICE =
  'ctrlab: the saved session in this browser was unreadable; started a fresh node.';

/** Where the data lives; a function so it is looked up only in the browser, never on the server. */
export type StorageLookup = () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;

export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

function isStorageValue(value: unknown): value is StorageValue<unknown> {
  return typeof value === 'object' && value !== null && 'state' in value;
}

export const WRITE_FAILED_NOTICE =
  "ctrlab: this browser's storage is full or disabled; the node's latest state is not saved.";

export function createSafeStorage(
  lookup: StorageLookup,
  currentVersion: number,
  onWriteError: () => void = () => undefined,
): PersistStorage<PersistedSession> {
  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = lookup()?.getItem(name) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (isStorageValue(parsed)) return parsed as StorageValue<PersistedSession>;
      } catch {
        // fall through: corrupted
      }
      return { state: { saved: null, notice: CORRUPTED_NOTICE }, version: currentVersion };
    },
    setItem(name, value) {
      try {
        lookup()?.setItem(name, JSON.stringify(value));
      } catch {
        // Quota exceeded or storage disabled: the session keeps working, unsaved, and says so.
        onWriteError();
      }
    },
    removeItem(name) {
      try {
        lookup()?.removeItem(name);
      } catch {
        // nothing to clean up then
      }
    },
  };
}
