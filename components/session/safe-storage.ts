// localStorage behind zustand's PersistStorage, made unbreakable: unreadable or corrupted data
// turns into "no saved session" plus a notice, and a full or missing storage only means the
// session is not persisted. Nothing here may throw into the page.

import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SavedSession } from '../../simulator/shell/session-types';
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

/** Saves whose node text came from the simulator's own serialiser (not from storage). */
const serialisedHere = new WeakSet<SavedSession>();

/** Marks `saved` (from session.saveForStorage()) as holding the simulator's own JSON text. */
export function ownNodeText(saved: SavedSession): SavedSession {
  serialisedHere.add(saved);
  return saved;
}

/**
 * The stored text of `value`: JSON.stringify's, except that a saved node held as JSON text
 * by the simulator (ownNodeText) is spliced in as it is rather than serialised again as a
 * string, so it reads back as the node object. Any other string stays a string.
 */
export function storedText(value: StorageValue<PersistedSession>): string {
  const saved = value.state.saved;
  const node = saved?.node;
  if (!saved || typeof node !== 'string' || !serialisedHere.has(saved)) return JSON.stringify(value);
  // A slot no saved text can contain: a NUL and a fresh random tag, escaped by JSON.stringify.
  const slot = JSON.stringify(`\u0000ctrlab-node-${Math.random().toString(36).slice(2)}`);
  const text = JSON.stringify({ ...value, state: { ...value.state, saved: { ...saved, node: JSON.parse(slot) as string } } });
  return text.replace(slot, () => node);
}

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
        lookup()?.setItem(name, storedText(value));
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
