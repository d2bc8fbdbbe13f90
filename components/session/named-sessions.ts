// Several named sessions (issue 13 item 3): the list of them and the saves of those not shown.
// The shown session is saved where it always was (session-store.ts, STORAGE_KEY), so a page of
// before this change finds its session there as the first of the list; each other session's
// save is parked under a key of its own. Saves are small in localStorage (their files and
// layers are chunks in IndexedDB, storage/chunked-saves.ts), so a dozen sessions fit.
//
// Everything here is read back as untrusted: a list that does not parse or holds foreign
// entries is replaced by one session, a parked save that does not parse is offered as a file.

import type { SavedSession } from '../../simulator/shell/session-types';
import { isSavedSession } from './persisted-session';
import type { StorageLookup } from './safe-storage';
import { cleanName } from './session-file';

export const SESSIONS_KEY = 'ctrlab-sessions';
const PARKED_PREFIX = 'ctrlab-session-parked-';
const LIST_VERSION = 1;
const PARKED_VERSION = 1;
/** More would not fit beside each other in a browser's 5 MB of localStorage anyway. */
export const MAX_SESSIONS = 20;

interface NamedSession {
  id: string;
  name: string;
}

export interface SessionList {
  active: string;
  sessions: NamedSession[];
}

type Storage = NonNullable<ReturnType<StorageLookup>>;

const isId = (v: unknown): v is string => typeof v === 'string' && /^s[1-9][0-9]{0,8}$/.test(v);

/** The list with only the shown session, called `name`: what a page without a list has. */
export function singleSession(name: string): SessionList {
  return { active: 's1', sessions: [{ id: 's1', name: cleanName(name) }] };
}

/** The stored list, or one session named `defaultName` when there is none or it is damaged. */
export function readSessionList(storage: Storage | undefined, defaultName: string): SessionList {
  try {
    const value = JSON.parse(storage?.getItem(SESSIONS_KEY) ?? 'null') as unknown;
    if (typeof value !== 'object' || value === null) return singleSession(defaultName);
    const { version, active, sessions } = value as Record<string, unknown>;
    if (version !== LIST_VERSION || !isId(active) || !Array.isArray(sessions) || sessions.length > MAX_SESSIONS) return singleSession(defaultName);
    const list: NamedSession[] = [];
    for (const entry of sessions as unknown[]) {
      const { id, name } = (entry ?? {}) as Record<string, unknown>;
      if (!isId(id) || typeof name !== 'string' || list.some((s) => s.id === id)) return singleSession(defaultName);
      list.push({ id, name: cleanName(name) || id });
    }
    return list.some((s) => s.id === active) ? { active, sessions: list } : singleSession(defaultName);
  } catch {
    return singleSession(defaultName);
  }
}

/** Writes the list; false when storage refused (quota, disabled). */
export function writeSessionList(storage: Storage | undefined, list: SessionList): boolean {
  try {
    storage?.setItem(SESSIONS_KEY, JSON.stringify({ version: LIST_VERSION, ...list }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** An id no session of `list` has. */
export function newSessionId(list: SessionList): string {
  const taken = new Set(list.sessions.map((s) => Number(s.id.slice(1))));
  let n = 1;
  while (taken.has(n)) n += 1;
  return `s${n}`;
}

/** Keeps the save of session `id` while another is shown; false when storage refused. */
export function parkSave(storage: Storage | undefined, id: string, saved: SavedSession): boolean {
  try {
    storage?.setItem(PARKED_PREFIX + id, JSON.stringify({ version: PARKED_VERSION, saved }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

type ParkedRead = { ok: true; saved: SavedSession } | { ok: false; text: string | null };

/** The parked save of session `id`; not ok with the stored text (for download) when it is missing or damaged. */
export function readParked(storage: Storage | undefined, id: string): ParkedRead {
  const text = storage?.getItem(PARKED_PREFIX + id) ?? null;
  try {
    const value = JSON.parse(text ?? 'null') as { version?: unknown; saved?: unknown } | null;
    if (value?.version === PARKED_VERSION && isSavedSession(value.saved)) return { ok: true, saved: value.saved };
  } catch {
    // damaged: offered as it is
  }
  return { ok: false, text };
}

export function dropParked(storage: Storage | undefined, id: string): void {
  try {
    storage?.removeItem(PARKED_PREFIX + id);
  } catch {
    // nothing to do: a key that stays is overwritten when the id is used again
  }
}

/** The parked saves of every session of `list` but the shown one (their chunks must stay). */
export function parkedSaves(storage: Storage | undefined, list: SessionList): SavedSession[] {
  return list.sessions.flatMap((s) => {
    if (s.id === list.active) return [];
    const read = readParked(storage, s.id);
    return read.ok ? [read.saved] : [];
  });
}
