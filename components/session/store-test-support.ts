// For the session store's tests: a store whose simulator makes fake sessions over a storage
// double, and the save that storage's pointer names.

import { fakeSession } from '../terminal/test-doubles';
import type { SessionOptions } from './restore-session';
import type { StorageLookup } from './safe-storage';
import { createSessionStore, STORAGE_KEY } from './session-store';

type FakeSession = ReturnType<typeof fakeSession>;

export interface FakeStoreOptions<X> {
  /** Set: a saved session cannot be restored, and creating one from it throws this message. */
  rejectSaved?: string;
  /** What each fake session gets besides (its node, how it saves); `count` counts the sessions made. */
  extend: (session: FakeSession, options: SessionOptions, count: number) => X;
}

/** A store on `storage`; `created` records the options of each session it asked for. */
export function fakeStore<X extends object>(storage: NonNullable<ReturnType<StorageLookup>>, options: FakeStoreOptions<X>) {
  const created: SessionOptions[] = [];
  const store = createSessionStore({
    storage: () => storage,
    loadSimulator: async () => ({
      createSession: (sessionOptions: SessionOptions) => {
        created.push(sessionOptions);
        if (sessionOptions.saved && options.rejectSaved !== undefined) throw new Error(options.rejectSaved);
        const session = fakeSession({ history: sessionOptions.saved?.history ?? [] });
        return Object.assign(session, options.extend(session, sessionOptions, created.length));
      },
    }),
  });
  return { store, created };
}

/** The save the pointer at STORAGE_KEY names, parsed (null when there is none). */
export function storedSave(data: ReadonlyMap<string, string>): unknown {
  const pointer = JSON.parse(data.get(STORAGE_KEY) ?? 'null') as { slot?: string } | null;
  return JSON.parse((pointer?.slot && data.get(pointer.slot)) || 'null');
}

/** A localStorage stand-in in memory, `data` open to the test. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}
