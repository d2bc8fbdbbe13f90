// Turns a saved session (or nothing) into a live ShellSession. A saved session the simulator
// cannot load never breaks the page: the user gets a fresh node and a one-line notice.

import type { Node } from '../../simulator/node';
import type { SavedSession, ShellSession } from '../../simulator/shell/session-types';
import { INVALID_NOTICE } from './persisted-session';
import { ownNodeText } from './safe-storage';

export interface SessionOptions {
  saved?: SavedSession;
  /** Set with `saved`: a save the simulator cannot restore throws instead of starting fresh. */
  rejectDamagedSave?: boolean;
  /** Log in to this session's node instead (a second terminal on node1). */
  node?: Node;
}

/** A live session; the simulator's own say which node they run on, for a second login. */
export type LiveSession = ShellSession & { readonly node?: Node };

export type CreateSession = (options: SessionOptions) => LiveSession;

export interface RestoredSession {
  session: LiveSession;
  notice: string | null;
}

export function restoreSession(
  createSession: CreateSession,
  saved: SavedSession | null,
  notice: string | null = null,
): RestoredSession {
  if (saved !== null) {
    try {
      const session = createSession({ saved, rejectDamagedSave: true });
      // A session that cannot even print its prompt is as good as broken.
      session.prompt();
      return { session, notice };
    } catch {
      return { session: createSession({}), notice: notice ?? INVALID_NOTICE };
    }
  }
  return { session: createSession({}), notice };
}

/**
 * session.saveForStorage() that cannot throw; null means "nothing worth keeping". The node
 * comes as its JSON text: a snapshot no later command can change, serialised once.
 */
export function saveSafely(session: ShellSession): SavedSession | null {
  try {
    return ownNodeText(session.saveForStorage());
  } catch {
    return null;
  }
}
