// One simulated node per browser tab, shared by every widget on the page (terminal, Run buttons),
// persisted to localStorage through session.save() and restorable after a reload.

import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SavedSession } from '../../simulator/shell/session-types';
import { loadSimulator, type SimulatorModule } from './load-simulator';
import { migratePersisted, readPersisted, STORE_VERSION, type PersistedSession } from './persisted-session';
import { type LiveSession, restoreSession, trySave } from './restore-session';
import { browserStorage, createSafeStorage, type StorageLookup, type StorageOutcome } from './safe-storage';
import { nearBudgetNotice, refusedNotice, SAVE_WARN_CHARS } from './save-notices';
import type { ChunkStore } from './storage/chunk-store';
import { chunksOf, collectChunks } from './storage/chunk-collection';
import { indexedDbChunkStore } from './storage/indexeddb-chunk-store';
import { parkedSaves, readSessionList } from './named-sessions';
import type { PresetId } from './session-presets';
import { UndoPoints } from './undo-points';

export const STORAGE_KEY = 'ctrlab-session';

type SessionStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface SessionState {
  /** The last saved form of the session; this is what is persisted. */
  saved: SavedSession | null;
  /** The live session, once the simulator has loaded. Not persisted. */
  session: LiveSession | null;
  /**
   * A second login on the same node (the split terminal), or null. Not persisted: its node is
   * the first session's, so saving that one covers both; its own history is forgotten.
   */
  second: LiveSession | null;
  status: SessionStatus;
  /** A one-line message for the user (session dropped, simulator failed to load). */
  notice: string | null;
  /** Bumped by reset(), so views know the screen should start over. */
  generation: number;
  /**
   * The text of a stored save this page refused (unreadable, outdated or failing the
   * simulator's checks), kept so the learner can download it (rejectedSaveFile); else null.
   */
  rejectedSave: string | null;
  /** Forgets the rejected save, here and in storage. */
  discardRejectedSave(): void;
  /** Restores the saved session (or creates one). Safe to call many times: only the first acts. */
  start(): Promise<void>;
  /** Persists the live session; call after each command. */
  save(): void;
  /** Replaces the node with a fresh one (for both terminals when split). */
  reset(): Promise<void>;
  /** Opens a second terminal on the same node. */
  openSecond(): Promise<void>;
  /** Closes the second terminal, ending whatever it was running. */
  closeSecond(): void;
  /** The lines Undo would take back, oldest first; null when there is no earlier state. */
  undoLines: string[] | null;
  /** Puts the node, cwd, variables and history back as they were before the last line(s) undoLines names. */
  undo(): Promise<void>;
  /**
   * Replaces the session with one made from a save (checked by the simulator first) or a preset;
   * resolves to null, or to why it was refused, the current session then staying as it was.
   */
  replace(from: { saved: SavedSession } | { preset: PresetId }): Promise<string | null>;
  /** The current session with its node inline (for a file or a link); throws when there is none. */
  exportSave(): Promise<SavedSession>;
}

/** How the undo points take a new session: after Undo, or as a start over. */
type SwapKind = 'undo' | 'restart';

export interface SessionStoreDeps {
  storage: StorageLookup;
  loadSimulator: () => Promise<SimulatorModule>;
  /** Where the node's worker keeps save chunks, for collecting those no save names any more. */
  chunks?: () => ChunkStore | undefined;
}

/** Unused chunks are looked for once after start and then every this many saves. */
const COLLECT_EVERY_SAVES = 25;


/** Ctrl-C to a session being dropped, so a command waiting in it ends; never throws. */
function endRunning(session: LiveSession | null): void {
  if (session) void session.interrupt('SIGINT').catch(() => undefined);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The storage notice an outcome calls for: a refusal's cause, a save near its budget, or none. */
function storageNotice(outcome: StorageOutcome): string | null {
  if (outcome.kind !== 'saved') return refusedNotice(outcome);
  return outcome.chars >= SAVE_WARN_CHARS ? nearBudgetNotice(outcome.chars) : null;
}

/** A rejected save as a file to download: its text and a name that says what it is. */
export function rejectedSaveFile(text: string, now = new Date()): { name: string; blob: Blob } {
  const stamp = now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return { name: `ctrlab-rejected-save-${stamp}.json`, blob: new Blob([text], { type: 'application/json' }) };
}

export function createSessionStore(deps: SessionStoreDeps) {
  let starting: Promise<void> | null = null;
  /** The storage notice on show now, if any: only that one is cleared when its cause goes. */
  let shownStorageNotice: string | null = null;

  let savesSinceCollect = 0;
  const undoPoints = new UndoPoints();
  /** The undo states read back with the stored save, until start() hands them to undoPoints. */
  let storedUndo: SavedSession[] = [];

  /** The undo points after `apply`, and what Undo would take back now, for the state. */
  function undoState(apply: () => void): { undoLines: string[] | null } {
    apply();
    return { undoLines: undoPoints.next()?.lines ?? null };
  }

  /**
   * Shows `session` in place of the current one (both terminals when split), as Reset always did;
   * the old ones are ended. `kind` says how the undo points take it.
   */
  async function swapIn(simulator: SimulatorModule, session: LiveSession, kind: SwapKind, notice: string | null): Promise<void> {
    const { session: oldSession, second: oldSecond } = store.getState();
    const second = oldSecond ? await simulator.createSession({ node: session.node }) : null;
    const saved = nextSaved(session, null);
    store.setState((state) => ({
      session,
      second,
      saved,
      notice,
      status: 'ready',
      generation: state.generation + 1,
      ...undoState(() => (kind === 'undo' ? undoPoints.undone(saved) : undoPoints.restart(saved))),
    }));
    persistSavesOf(session);
    // A command still running on the old node (a streaming `ctr events`) stops waiting.
    endRunning(oldSession);
    endRunning(oldSecond);
    if (oldSession) simulator.closeSession?.(oldSession);
    if (oldSecond) simulator.closeSession?.(oldSecond);
  }

  /** A session made from `from`, or why the simulator refused it (nothing is replaced then). */
  async function sessionFrom(simulator: SimulatorModule, from: { saved: SavedSession } | { preset: PresetId }): Promise<LiveSession | string> {
    try {
      const session = await simulator.createSession('saved' in from ? { saved: from.saved, rejectDamagedSave: true } : { preset: from.preset });
      // A session that cannot even print its prompt is as good as broken.
      session.prompt();
      return session;
    } catch (error) {
      return describe(error);
    }
  }

  /** Deletes stored chunks that neither the stored save, the store's nor the live node's names. */
  function collectUnusedChunks(): void {
    const chunks = deps.chunks?.();
    if (!chunks) return;
    const { saved, session } = store.getState();
    const last = session && 'lastSave' in session ? (session as { lastSave?: { ok: boolean; saved?: SavedSession } }).lastSave : undefined;
    const live = new Set([...chunksOf(storage.storedSave()), ...chunksOf(saved), ...chunksOf(last?.saved)]);
    // The other named sessions' saves and the states Undo can go back to name chunks too.
    for (const kept of [...parkedSaves(deps.storage(), readSessionList(deps.storage(), '')), ...undoPoints.all()]) {
      for (const chunk of chunksOf(kept)) live.add(chunk);
    }
    void collectChunks(chunks, live, Date.now()).catch(() => undefined);
  }

  /** Persists each save of `session` when it arrives (the worker makes it after the line). */
  function persistSavesOf(session: LiveSession): void {
    if (!('onSaved' in session)) return;
    (session as { onSaved?: () => void }).onSaved = () => {
      if (store.getState().session === session) store.getState().save();
    };
  }

  function onStorageOutcome(outcome: StorageOutcome): void {
    if (outcome.kind === 'saved' && ++savesSinceCollect >= COLLECT_EVERY_SAVES) {
      savesSinceCollect = 0;
      collectUnusedChunks();
    }
    const previous = shownStorageNotice;
    const next = storageNotice(outcome);
    if (next === previous) return;
    shownStorageNotice = next;
    // Outside the set() that wrote the save; a notice set changes no save, so this cannot loop.
    queueMicrotask(() => {
      const current = store.getState().notice;
      // Another notice (a dropped save, what a reload restored) stays; the storage one follows it.
      const other = previous !== null && current?.endsWith(previous) ? current.slice(0, -previous.length).trimEnd() : current;
      const notice = [other, next].filter((part) => part).join(' ') || null;
      if (notice !== current) store.setState({ notice });
    });
  }

  const storage = createSafeStorage(deps.storage, STORE_VERSION, { onOutcome: onStorageOutcome });

  /** The live session's save for the store; a failed one keeps the last and says why. */
  function nextSaved(session: LiveSession, current: SavedSession | null): SavedSession | null {
    const made = trySave(session);
    if ('saved' in made) return made.saved;
    storage.refuse({ kind: 'unserialisable', reason: made.error });
    return current;
  }

  /** Keeps the stored text of a save this page did not restore, for the learner to download. */
  function keepRejected(): void {
    const text = storage.lastReadText();
    if (text === null) return;
    storage.keepRejected(STORAGE_KEY, text);
    store.setState({ rejectedSave: text });
  }

  async function startOnce(): Promise<void> {
    try {
      // Rehydrate before any set(): persist writes the whole slice on every set, and an early
      // write would overwrite the stored session with the empty initial state.
      await store.persist.rehydrate();
      store.setState({ status: 'loading', rejectedSave: storage.readRejected(STORAGE_KEY) });
      const simulator = await deps.loadSimulator();
      const { saved, notice } = store.getState();
      const restored = await restoreSession(simulator.createSession, saved, notice);
      // Stored text that did not become the node: unreadable, outdated, or refused by the simulator.
      if (saved === null || restored.rejected) keepRejected();
      const first = nextSaved(restored.session, restored.rejected ? null : saved);
      // The states Undo went back to before the reload stay, when the save they lead to came back.
      const earlier = saved !== null && !restored.rejected && first !== null ? storedUndo : [];
      storedUndo = [];
      store.setState({
        session: restored.session,
        notice: restored.notice,
        status: 'ready',
        saved: first,
        ...undoState(() => (earlier.length > 0 && first ? undoPoints.resume([...earlier, first]) : undoPoints.restart(first))),
      });
      persistSavesOf(restored.session);
      collectUnusedChunks();
    } catch (error) {
      store.setState({ status: 'failed', notice: `ctrlab: the simulator failed to load: ${describe(error)}` });
    }
  }

  const store = create<SessionState>()(
    persist(
      (set, get) => ({
        saved: null,
        session: null,
        second: null,
        status: 'idle',
        notice: null,
        generation: 0,
        rejectedSave: null,
        undoLines: null,

        start() {
          starting ??= startOnce();
          return starting;
        },

        save() {
          const session = get().session;
          if (!session) return;
          const saved = nextSaved(session, get().saved);
          set({ saved, ...undoState(() => undoPoints.record(saved)) });
        },

        async reset() {
          try {
            const simulator = await deps.loadSimulator();
            await swapIn(simulator, await simulator.createSession({}), 'restart', null);
          } catch (error) {
            set({ notice: `ctrlab: could not reset the node: ${describe(error)}` });
          }
        },

        async undo() {
          const step = undoPoints.next();
          if (!step) return;
          const simulator = await deps.loadSimulator();
          const session = await sessionFrom(simulator, { saved: step.saved });
          if (typeof session === 'string') {
            set({ notice: `ctrlab: could not undo: ${session}` });
            return;
          }
          // Undo can only go back to the state it was offered: a line that ended meanwhile moved it on.
          if (undoPoints.next()?.saved !== step.saved) {
            simulator.closeSession?.(session);
            return;
          }
          await swapIn(simulator, session, 'undo', null);
        },

        async replace(from) {
          const simulator = await deps.loadSimulator();
          const session = await sessionFrom(simulator, from);
          if (typeof session === 'string') return session;
          await swapIn(simulator, session, 'restart', null);
          return null;
        },

        async exportSave() {
          const session = get().session;
          if (!session) throw new Error('the node has not started yet');
          return session.exportSave ? session.exportSave() : session.saveForStorage();
        },

        async openSecond() {
          const { session, second } = get();
          if (!session || second) return;
          try {
            const simulator = await deps.loadSimulator();
            // The first session may have been replaced (Reset) while the module loaded.
            const current = get().session;
            if (!current?.node || get().second) return;
            const second = await simulator.createSession({ node: current.node });
            // …or while the second login was being made.
            if (get().session !== current || get().second) return simulator.closeSession?.(second);
            set({ second });
          } catch (error) {
            set({ notice: `ctrlab: could not open a second terminal: ${describe(error)}` });
          }
        },

        discardRejectedSave() {
          storage.forgetRejected(STORAGE_KEY);
          set({ rejectedSave: null });
        },

        closeSecond() {
          const { second } = get();
          if (!second) return;
          set({ second: null });
          endRunning(second);
          void deps.loadSimulator().then((simulator) => simulator.closeSession?.(second), () => undefined);
        },
      }),
      {
        name: STORAGE_KEY,
        version: STORE_VERSION,
        storage,
        // Static export prerenders pages: reading storage before hydration would mismatch.
        skipHydration: true,
        // The undo states go with the save (absent when there are none), so Undo survives a reload.
        partialize: (state): PersistedSession => {
          const undo = state.saved ? undoPoints.earlier() : [];
          return undo.length > 0 ? { saved: state.saved, undo } : { saved: state.saved };
        },
        migrate: migratePersisted,
        merge: (persisted, current) => {
          const { saved, undo, notice } = readPersisted(persisted);
          storedUndo = undo;
          return { ...current, saved, notice: notice ?? current.notice };
        },
      },
    ),
  );
  return store;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

export const useSessionStore: SessionStore = createSessionStore({
  storage: browserStorage,
  loadSimulator,
  chunks: indexedDbChunkStore,
});
