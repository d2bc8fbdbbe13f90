// localStorage behind zustand's PersistStorage, made unbreakable and bounded: unreadable or
// corrupted data turns into "no saved session" plus a notice, a save too big for its budget is
// not written, and a write that fails never costs the save before it.
//
// A save is written beside the last good one, never over it: the node goes into the slot not in
// use (`<name>.a` or `<name>.b`), and only once that write is complete does the small pointer at
// `<name>` switch to it; then the old slot is cleared. A save refused or failed leaves the
// pointer on the last good save and records why, so the next page load can say that what it
// restores is older than what the learner last saw. Nothing here may throw into the page.

import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { SavedSession } from '../../simulator/shell/session-types';
import type { PersistedSession } from './persisted-session';
import { CORRUPTED_NOTICE, SAVE_BUDGET_CHARS, SAVE_WARN_CHARS, type SaveRefusal, unsavedOnReloadNotice } from './save-notices';

export { CORRUPTED_NOTICE };

/** Where the data lives; a function so it is looked up only in the browser, never on the server. */
export type StorageLookup = () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;

type StorageArea = NonNullable<ReturnType<StorageLookup>>;

export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

/** What became of one save, for the store's notice. */
export type StorageOutcome = { kind: 'saved'; chars: number } | SaveRefusal;

function isStorageValue(value: unknown): value is StorageValue<unknown> {
  return typeof value === 'object' && value !== null && 'state' in value;
}

/** Saves whose node text came from the simulator's own serialiser (not from storage). */
const serialisedHere = new WeakSet<SavedSession>();

/** Marks `saved` (from session.saveForStorage()) as holding the simulator's own JSON text. */
export function ownNodeText(saved: SavedSession): SavedSession {
  serialisedHere.add(saved);
  return saved;
}

/** A save whose node is the simulator's own JSON text, to splice in as it is. */
function ownText(saved: SavedSession | null | undefined): saved is SavedSession & { node: string } {
  return !!saved && typeof saved.node === 'string' && serialisedHere.has(saved);
}

/**
 * The stored text of `value`: JSON.stringify's, except that a saved node held as JSON text
 * by the simulator (ownNodeText) is spliced in as it is rather than serialised again as a
 * string, so it reads back as the node object. Any other string stays a string. The undo
 * states beside the save are spliced the same way.
 */
export function storedText(value: StorageValue<PersistedSession>): string {
  const { saved, undo } = value.state;
  const spliced: Array<{ slot: string; node: string }> = [];
  // A slot no saved text can contain: a NUL and a fresh random tag, escaped by JSON.stringify.
  const tag = Math.random().toString(36).slice(2);
  const slotted = (s: SavedSession): SavedSession => {
    if (!ownText(s)) return s;
    const slot = JSON.stringify(`\u0000ctrlab-node-${tag}-${spliced.length}`);
    spliced.push({ slot, node: s.node });
    return { ...s, node: JSON.parse(slot) as string };
  };
  const state = { ...value.state, saved: saved ? slotted(saved) : saved, ...(undo ? { undo: undo.map(slotted) } : {}) };
  let text = JSON.stringify({ ...value, state });
  for (const { slot, node } of spliced) text = text.replace(slot, () => node);
  return text;
}

/**
 * What to try storing, best first: `value` with all its undo states, then with fewer, oldest
 * dropped first, then the save alone. The node's own save always comes before a way back to an
 * earlier one.
 */
function withFewerUndoStates(value: StorageValue<PersistedSession>): Array<StorageValue<PersistedSession>> {
  const undo = value.state.undo ?? [];
  const tries: Array<StorageValue<PersistedSession>> = [];
  for (let keep = undo.length; keep > 0; keep -= 1) tries.push({ ...value, state: { ...value.state, undo: undo.slice(undo.length - keep) } });
  const { undo: _dropped, ...alone } = value.state;
  tries.push({ ...value, state: alone });
  return tries;
}

/** The small record at the storage key: which slot holds the last good save, and what failed since. */
interface Pointer {
  format: typeof POINTER_FORMAT;
  /** Key of the slot holding the last good save, or null when none was ever written. */
  slot: string | null;
  /** Wall-clock ms of that save. */
  savedAtMs: number | null;
  /** The latest save that did not reach storage, when it came after the one in `slot`. */
  failed?: SaveRefusal & { atMs: number };
}

const POINTER_FORMAT = 'ctrlab-save-pointer-1';

function isPointer(value: unknown): value is Pointer {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return p.format === POINTER_FORMAT && (p.slot === null || typeof p.slot === 'string');
}

/** A pointer may only name one of our own slots: the old slot is removed after each save. */
function namesOwnSlot(p: Pointer, name: string): boolean {
  return p.slot === null || slotKeys(name).includes(p.slot);
}

/** The storage error's cause: the origin's quota, or storage refused altogether. */
function writeErrorKind(error: unknown): 'quota' | 'disabled' {
  const e = error as { name?: unknown; code?: unknown } | null;
  // Chrome and Safari name it QuotaExceededError (code 22); Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
  if (e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)) return 'quota';
  return 'disabled';
}

export interface SafeStorage extends PersistStorage<PersistedSession> {
  /** Records a save that could not even be made (serialising failed): the last good one stays. */
  refuse(refusal: SaveRefusal): void;
  /** The raw text of the save read at start (for keeping a save the simulator refused). */
  lastReadText(): string | null;
  /** Keeps a refused save's text under `<name>.rejected` if there is room; false if not. */
  keepRejected(name: string, text: string): boolean;
  /** The save the current slot holds, as read or last written (its chunks must stay). */
  storedSave(): SavedSession | null;
  /** The rejected save kept by an earlier page, if any. */
  readRejected(name: string): string | null;
  forgetRejected(name: string): void;
}

export interface SafeStorageOptions {
  /** Told what became of every save written or refused. */
  onOutcome?: (outcome: StorageOutcome) => void;
  now?: () => number;
}

const rejectedKey = (name: string): string => `${name}.rejected`;
function slotKeys(name: string): [string, string] {
  return [`${name}.a`, `${name}.b`];
}

export function createSafeStorage(lookup: StorageLookup, currentVersion: number, options: SafeStorageOptions = {}): SafeStorage {
  const report = options.onOutcome ?? (() => undefined);
  const now = options.now ?? Date.now;
  /** The save the current slot holds (as read or written): writing it again changes nothing. */
  let stored: SavedSession | null = null;
  let pointer: Pointer | null = null;
  let readText: string | null = null;
  /** The pointer key this storage serves (set by the first call that names it). */
  let pointerKey: string | null = null;
  /** The key holds a save of the one-key layout, which a pointer written there would replace. */
  let legacy = false;

  function area(): StorageArea | undefined {
    try {
      return lookup();
    } catch {
      return undefined;
    }
  }

  function corrupted(text: string | null): StorageValue<PersistedSession> {
    readText = text;
    return { state: { saved: null, notice: CORRUPTED_NOTICE }, version: currentVersion };
  }

  function parse(text: string): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  /** The save a pointer names, with the notice an unsaved later state calls for. */
  function readSlot(storage: StorageArea, p: Pointer): StorageValue<PersistedSession> | null {
    if (p.slot === null) {
      // Saves were refused from the start: there is nothing older to restore.
      return p.failed ? { state: { saved: null, notice: unsavedOnReloadNotice(p.failed, null, null) }, version: currentVersion } : null;
    }
    const text = storage.getItem(p.slot);
    const value = text === null ? undefined : parse(text);
    if (!isStorageValue(value)) return corrupted(text);
    readText = text;
    if (!p.failed) return value as StorageValue<PersistedSession>;
    const state = (value.state ?? {}) as Partial<PersistedSession>;
    const history = state.saved && Array.isArray(state.saved.history) ? state.saved.history : [];
    const last = history.at(-1);
    const notice = unsavedOnReloadNotice(p.failed, p.savedAtMs, typeof last === 'string' ? last : null);
    return { ...value, state: { ...state, saved: state.saved ?? null, notice } } as StorageValue<PersistedSession>;
  }

  function writePointer(storage: StorageArea, name: string, next: Pointer): void {
    storage.setItem(name, JSON.stringify(next));
    pointer = next;
  }

  /** Leaves the last good save in place and notes why the newer one is not there. */
  function recordRefusal(name: string, refusal: SaveRefusal): void {
    const storage = area();
    const failed = { ...refusal, atMs: now() };
    try {
      if (storage && !legacy) writePointer(storage, name, { format: POINTER_FORMAT, slot: pointer?.slot ?? null, savedAtMs: pointer?.savedAtMs ?? null, failed });
    } catch {
      // Storage refuses even the small pointer: the notice on this page is all there is.
    }
    report(refusal);
  }

  function tryWrite(storage: StorageArea, key: string, text: string): 'ok' | 'quota' | 'disabled' {
    try {
      storage.setItem(key, text);
      return 'ok';
    } catch (error) {
      return writeErrorKind(error);
    }
  }

  /** The pointer as stored now: another tab of the site may have saved since this one read it. */
  function currentPointer(storage: StorageArea, name: string): Pointer | null {
    const found = parse(storage.getItem(name) ?? '');
    return isPointer(found) && namesOwnSlot(found, name) ? found : pointer;
  }

  /** Writes `text` as the new save beside the current one; the pointer switches only after. */
  function writeBeside(storage: StorageArea, name: string, text: string, saved: SavedSession): StorageOutcome {
    const [a, b] = slotKeys(name);
    pointer = currentPointer(storage, name);
    const target = pointer?.slot === a ? b : a;
    // The target slot holds nothing worth keeping (a save superseded earlier): make room first.
    storage.removeItem(target);
    let written = tryWrite(storage, target, text);
    if (written === 'quota' && storage.getItem(rejectedKey(name)) !== null) {
      // The learner's live node comes before a copy of a refused save (the page still has it).
      storage.removeItem(rejectedKey(name));
      written = tryWrite(storage, target, text);
    }
    if (written !== 'ok') {
      storage.removeItem(target);
      return { kind: written, chars: text.length + target.length };
    }
    const old = pointer?.slot;
    try {
      writePointer(storage, name, { format: POINTER_FORMAT, slot: target, savedAtMs: now() });
    } catch (error) {
      storage.removeItem(target);
      return { kind: writeErrorKind(error), chars: text.length + target.length };
    }
    if (old && old !== target) storage.removeItem(old);
    stored = saved;
    legacy = false;
    return { kind: 'saved', chars: text.length + target.length };
  }

  function save(name: string, value: StorageValue<PersistedSession>): void {
    pointerKey = name;
    const saved = value.state.saved;
    // null is "nothing worth keeping", never a reason to drop the save there is.
    if (saved === null || saved === stored) return;
    const storage = area();
    if (!storage) return recordRefusal(name, { kind: 'disabled' });
    const tries = withFewerUndoStates(value);
    let outcome: StorageOutcome = { kind: 'disabled' };
    for (const [i, attempt] of tries.entries()) {
      const last = i === tries.length - 1;
      let text: string;
      try {
        text = storedText(attempt);
      } catch (error) {
        return recordRefusal(name, { kind: 'unserialisable', reason: error instanceof Error ? error.message : String(error) });
      }
      const chars = text.length + name.length + 2;
      // Undo states ride along only below the warning mark: they never cost the learner a
      // warning or the save itself (bounded: at most MAX_UNDO_SAVES, within SAVE_WARN_CHARS).
      if (chars > (last ? SAVE_BUDGET_CHARS : SAVE_WARN_CHARS)) {
        outcome = { kind: 'too-big', chars };
        if (last) break;
        continue;
      }
      try {
        outcome = writeBeside(storage, name, text, saved);
      } catch (error) {
        outcome = { kind: writeErrorKind(error), chars };
      }
      // Storage full: without the undo states the save itself may still fit.
      if (outcome.kind !== 'quota' || last) break;
    }
    if (outcome.kind === 'saved') report(outcome);
    else recordRefusal(name, outcome);
  }

  return {
    getItem(name) {
      pointerKey = name;
      const storage = area();
      let raw: string | null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch {
        return null;
      }
      if (raw === null || !storage) return null;
      const parsed = parse(raw);
      if (isPointer(parsed)) {
        if (!namesOwnSlot(parsed, name)) return corrupted(raw);
        pointer = parsed;
        let value: StorageValue<PersistedSession> | null;
        try {
          value = readSlot(storage, parsed);
        } catch {
          return null;
        }
        stored = (value?.state.saved as SavedSession | null | undefined) ?? null;
        return value;
      }
      // A save of the one-key layout, from before saves were written beside each other.
      if (!isStorageValue(parsed)) return corrupted(raw);
      readText = raw;
      legacy = true;
      stored = ((parsed.state as Partial<PersistedSession> | undefined)?.saved as SavedSession | null | undefined) ?? null;
      return parsed as StorageValue<PersistedSession>;
    },
    setItem: save,
    removeItem(name) {
      const storage = area();
      try {
        for (const key of [name, ...slotKeys(name)]) storage?.removeItem(key);
      } catch {
        // nothing to clean up then
      }
      pointer = null;
      stored = null;
    },
    refuse(refusal) {
      if (pointerKey !== null) recordRefusal(pointerKey, refusal);
      else report(refusal);
    },
    lastReadText: () => readText,
    storedSave: () => stored,
    keepRejected(name, text) {
      const storage = area();
      if (!storage) return false;
      // Never more than a save may be; if it later crowds out a save, writeBeside drops it.
      if (text.length > SAVE_BUDGET_CHARS) return false;
      return tryWrite(storage, rejectedKey(name), text) === 'ok';
    },
    readRejected(name) {
      try {
        return area()?.getItem(rejectedKey(name)) ?? null;
      } catch {
        return null;
      }
    },
    forgetRejected(name) {
      try {
        area()?.removeItem(rejectedKey(name));
      } catch {
        // gone either way
      }
    },
  };
}
