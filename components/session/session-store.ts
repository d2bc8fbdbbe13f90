// One simulated node per browser tab, shared by every widget on the page (terminal, Run buttons),
// persisted to localStorage through session.save() and restorable after a reload.

import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { SavedSession } from '../../simulator/shell/session-types';
import { loadSimulator, type SimulatorModule } from './load-simulator';
import { migratePersisted, readPersisted, STORE_VERSION, type PersistedSession } from './persisted-session';
import { type LiveSession, restoreSession, saveSafely } from './restore-session';
import { browserStorage, createSafeStorage, WRITE_FAILED_NOTICE, type StorageLookup } from './safe-storage';

export const STORAGE_KEY = 'ctrlab-session';

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'failed';

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
}

export interface SessionStoreDeps {
  storage: StorageLookup;
  loadSimulator: () => Promise<SimulatorModule>;
}

/** Ctrl-C to a session being dropped, so a command waiting in it ends; never throws. */
function endRunning(session: LiveSession | null): void {
  if (session) void session.interrupt('SIGINT').catch(() => undefined);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createSessionStore(deps: SessionStoreDeps) {
  let starting: Promise<void> | null = null;

  async function startOnce(): Promise<void> {
    try {
      // Rehydrate before any set(): persist writes the whole slice on every set, and an early
      // write would overwrite the stored session with the empty initial state.
      await store.persist.rehydrate();
      store.setState({ status: 'loading' });
      const simulator = await deps.loadSimulator();
      const { saved, notice } = store.getState();
      const restored = await restoreSession(simulator.createSession, saved, notice);
      store.setState({
        session: restored.session,
        notice: restored.notice,
        status: 'ready',
        saved: saveSafely(restored.session),
      });
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

        start() {
          starting ??= startOnce();
          return starting;
        },

        save() {
          const session = get().session;
          if (session) set({ saved: saveSafely(session) });
        },

        async reset() {
          try {
            const simulator = await deps.loadSimulator();
            const session = await simulator.createSession({});
            const { session: oldSession, second: oldSecond } = get();
            const second = oldSecond ? await simulator.createSession({ node: session.node }) : null;
            set((state) => ({
              session,
              second,
              saved: saveSafely(session),
              notice: null,
              status: 'ready',
              generation: state.generation + 1,
            }));
            // A command still running on the old node (a streaming `ctr events`) stops waiting.
            endRunning(oldSession);
            endRunning(oldSecond);
            if (oldSession) simulator.closeSession?.(oldSession);
            if (oldSecond) simulator.closeSession?.(oldSecond);
          } catch (error) {
            set({ notice: `ctrlab: could not reset the node: ${describe(error)}` });
          }
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
        storage: createSafeStorage(deps.storage, STORE_VERSION, () => {
          // Outside the failing set() call; setting the same notice again is skipped, so a
          // storage that keeps failing cannot loop.
          queueMicrotask(() => {
            if (store.getState().notice !== WRITE_FAILED_NOTICE) store.setState({ notice: WRITE_FAILED_NOTICE });
          });
        }),
        // Static export prerenders pages: reading storage before hydration would mismatch.
        skipHydration: true,
        partialize: (state): PersistedSession => ({ saved: state.saved }),
        migrate: migratePersisted,
        merge: (persisted, current) => {
          const { saved, notice } = readPersisted(persisted);
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
});
