// What the session controls do (issue 13 item 3), over the session store: named sessions
// (create, rename, switch, delete), Export and Import of a session file, share links and
// presets. Whatever comes in (a file, a link, a parked save) replaces the shown session only
// once the simulator has accepted it; a refusal leaves the session as it was, says why in the
// notice and offers the refused data as a file (rejected-save-link.tsx). A session that comes
// in opens as a new named session, so the one shown before is kept, not overwritten.

import { create } from 'zustand';
import type { SavedSession } from '../../simulator/shell/session-types';
import {
  dropParked,
  MAX_SESSIONS,
  newSessionId,
  parkSave,
  readParked,
  readSessionList,
  type SessionList,
  singleSession,
  writeSessionList,
} from './named-sessions';
import type { StorageLookup } from './safe-storage';
import { cleanName, readSessionFile, sessionFileName, sessionFileText } from './session-file';
import type { PresetId } from './session-presets';
import type { SessionStore } from './session-store';

interface SessionLibraryDeps {
  store: SessionStore;
  storage: StorageLookup;
  /** The name of the one session a page starts with. */
  defaultName: string;
  now?: () => Date;
  /** The share codec, loaded when first needed (it brings fflate along). */
  shareCodec: () => Promise<typeof import('./share-codec')>;
}

interface SessionLibraryState {
  list: SessionList;
  /** Reads the list again (after start, or another tab's change). */
  refresh(): void;
  /** A new session from a preset, shown at once; resolves to why not, or null. */
  createSession(name: string, preset: PresetId): Promise<string | null>;
  switchTo(id: string): Promise<string | null>;
  rename(id: string, name: string): void;
  remove(id: string): Promise<string | null>;
  /** The shown session as a session file: its name and text. */
  exportFile(): Promise<{ name: string; text: string }>;
  /** Opens a session file's text as a new session; resolves to why it was refused, or null. */
  importText(text: string, fallbackName: string): Promise<string | null>;
  /** A link to `base` that starts preset `preset` wherever it is opened. */
  presetLink(base: string, preset: PresetId): Promise<string>;
  /** A link to `base` carrying the shown session, or why it cannot (too big). */
  shareLink(base: string): Promise<{ ok: true; url: string } | { ok: false; problem: string }>;
  /** Opens what a location's fragment carries (a session or a preset); 'none' when it carries neither. */
  openFragment(hash: string, sharedName: string): Promise<'none' | 'opened' | 'refused'>;
}

export function createSessionLibrary(deps: SessionLibraryDeps) {
  const storage = () => deps.storage();
  const now = deps.now ?? (() => new Date());
  const read = () => readSessionList(storage(), deps.defaultName);

  /** Says why something coming in was refused; the session stays, the data can be downloaded. */
  function refuse(what: string, problem: string, data: string | null): string {
    const notice = `ctrlab: ${what} was refused: ${problem}. The session shown is unchanged.`;
    deps.store.setState(data ? { notice, rejectedSave: data } : { notice });
    return problem;
  }

  function activeName(list: SessionList): string {
    return list.sessions.find((s) => s.id === list.active)?.name ?? deps.defaultName;
  }

  /**
   * Shows a session made from `from` as a new named session; the shown one is parked first, so
   * it is kept whatever happens. `inPlace`: the shown session is replaced instead (a fresh page
   * opening a link has nothing worth keeping).
   */
  async function openAsNew(from: { saved: SavedSession } | { preset: PresetId }, name: string, inPlace = false): Promise<string | null> {
    const list = read();
    if (!inPlace && list.sessions.length >= MAX_SESSIONS) return `there are ${MAX_SESSIONS} sessions already; delete one first`;
    const current = deps.store.getState().saved;
    if (!inPlace && current && !parkSave(storage(), list.active, current)) return "the browser's storage refused to keep the session shown now";
    const problem = await deps.store.getState().replace(from);
    if (problem !== null) {
      if (!inPlace) dropParked(storage(), list.active);
      return problem;
    }
    const id = inPlace ? list.active : newSessionId(list);
    const sessions = inPlace ? list.sessions.map((s) => (s.id === id ? { id, name } : s)) : [...list.sessions, { id, name }];
    const next = { active: id, sessions };
    writeSessionList(storage(), next);
    library.setState({ list: next });
    return null;
  }

  /** True when the page shows its only session and nothing was typed in it yet. */
  function pristine(): boolean {
    const { saved } = deps.store.getState();
    return read().sessions.length === 1 && (saved?.history.length ?? 0) === 0;
  }

  const library = create<SessionLibraryState>()((set, get) => ({
    // The page is prerendered without storage: the stored list comes with refresh(), after hydration.
    list: singleSession(deps.defaultName),

    refresh() {
      set({ list: read() });
    },

    createSession(name, preset) {
      return openAsNew({ preset }, cleanName(name) || newSessionId(read()));
    },

    async switchTo(id) {
      const list = read();
      if (id === list.active || !list.sessions.some((s) => s.id === id)) return null;
      const parked = readParked(storage(), id);
      if (!parked.ok) return refuse('the saved session', 'it is missing or damaged in this browser\'s storage', parked.text);
      const current = deps.store.getState().saved;
      if (current && !parkSave(storage(), list.active, current)) return "the browser's storage refused to keep the session shown now";
      const problem = await deps.store.getState().replace({ saved: parked.saved });
      if (problem !== null) return refuse('the saved session', problem, JSON.stringify(parked.saved));
      dropParked(storage(), id);
      const next = { ...list, active: id };
      writeSessionList(storage(), next);
      set({ list: next });
      return null;
    },

    rename(id, name) {
      const clean = cleanName(name);
      const list = read();
      if (!clean || !list.sessions.some((s) => s.id === id)) return;
      const next = { ...list, sessions: list.sessions.map((s) => (s.id === id ? { id, name: clean } : s)) };
      writeSessionList(storage(), next);
      set({ list: next });
    },

    async remove(id) {
      let list = read();
      if (!list.sessions.some((s) => s.id === id)) return null;
      if (list.sessions.length === 1) return 'the only session cannot be deleted; use Reset node to start it over';
      if (id === list.active) {
        const other = list.sessions.find((s) => s.id !== id);
        const problem = other ? await get().switchTo(other.id) : null;
        if (problem !== null) return problem;
        list = read();
      }
      dropParked(storage(), id);
      const next = { ...list, sessions: list.sessions.filter((s) => s.id !== id) };
      writeSessionList(storage(), next);
      set({ list: next });
      return null;
    },

    async exportFile() {
      const saved = await deps.store.getState().exportSave();
      const name = activeName(read());
      const at = now();
      return { name: sessionFileName(name, at), text: sessionFileText(saved, name, at) };
    },

    async importText(text, fallbackName) {
      const file = readSessionFile(text);
      if (!file.ok) return refuse('the file', file.problem, text);
      const problem = await openAsNew({ saved: file.saved }, file.name || cleanName(fallbackName) || 'imported');
      return problem === null ? null : refuse('the file', problem, text);
    },

    async shareLink(base) {
      const { encodeShare } = await deps.shareCodec();
      const { text } = await get().exportFile();
      const encoded = encodeShare(text);
      return encoded.ok ? { ok: true, url: `${base}${encoded.fragment}` } : { ok: false, problem: encoded.problem };
    },

    async presetLink(base, preset) {
      const { presetFragment } = await deps.shareCodec();
      return `${base}${presetFragment(preset)}`;
    },

    async openFragment(hash, sharedName) {
      if (!hash || hash === '#') return 'none';
      const { decodeShare } = await deps.shareCodec();
      const shared = decodeShare(hash);
      if (shared.kind === 'none') return 'none';
      if (shared.kind === 'refused') {
        refuse('the share link', shared.problem, shared.data || null);
        return 'refused';
      }
      const from = shared.kind === 'preset' ? { preset: shared.preset } : { saved: shared.saved };
      const name = shared.kind === 'session' && shared.name ? shared.name : sharedName;
      const problem = await openAsNew(from, name, pristine());
      if (problem === null) return 'opened';
      refuse('the share link', problem, shared.kind === 'session' ? JSON.stringify(shared.saved) : null);
      return 'refused';
    },
  }));
  return library;
}

export type SessionLibrary = ReturnType<typeof createSessionLibrary>;
