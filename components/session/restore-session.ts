// Turns a saved session (or nothing) into a live ShellSession. A saved session the simulator
// cannot load never breaks the page: the user gets a fresh node and a one-line notice.

import type { SavedSession, ShellSession } from '../../simulator/shell/session-types';
import { INVALID_NOTICE } from './persisted-session';

export interface SessionOptions {
  saved?: SavedSession;
}

export type CreateSession = (options: SessionOptions) => ShellSession;

export interface RestoredSession {
  session: ShellSession;
  notice: string | null;
}

export function restoreSession(
  createSession: CreateSession,
  saved: SavedSession | null,
  notice: string | null = null,
): RestoredSession {
  if (saved !== null) {
    try {
      const session = createSession({ saved });
      // A session that cannot even print its prompt is as good as broken.
      session.prompt();
      return { session, notice };
    } catch {
      return { session: createSession({}), notice: notice ?? INVALID_NOTICE };
    }
  }
  return { session: createSession({}), notice };
}

/** session.save() that cannot throw; null means "nothing worth keeping". */
export function saveSafely(session: ShellSession): SavedSession | null {
  try {
    return session.save();
  } catch {
    return null;
  }
}
