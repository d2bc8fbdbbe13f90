// Turns a saved session (or nothing) into a live session. A saved session the simulator
// cannot load never breaks the page: the user gets a fresh node and a one-line notice.

import type { SavedSession } from '../../simulator/shell/session-types';
import type { TerminalSession } from './terminal-session';
import { INVALID_NOTICE } from './persisted-session';
import { ownNodeText } from './safe-storage';
import type { PresetId } from './session-presets';

export interface SessionOptions {
  saved?: SavedSession;
  /** Set with `saved`: a save the simulator cannot restore throws instead of starting fresh. */
  rejectDamagedSave?: boolean;
  /** Log in to this session's node instead (a second terminal on node1): another's `node`. */
  node?: unknown;
  /** A fresh node made ready as a preset (session-presets.ts) instead. */
  preset?: PresetId;
}

/** A live session; `node` says which node it runs on, for a second login (in-process or in the worker). */
export type LiveSession = TerminalSession & {
  readonly node?: unknown;
  /** The node's save with everything inline (for a file or a link); else saveForStorage() is inline. */
  exportSave?(): Promise<SavedSession>;
};

/** In-process the session is there at once; in the worker it comes when the worker made it. */
export type CreateSession = (options: SessionOptions) => LiveSession | Promise<LiveSession>;

/** What restoring gave: the live session and the notice to show (not the saved state itself). */
export interface RestoreOutcome {
  session: LiveSession;
  notice: string | null;
  /** The saved session was there but the simulator refused it (the page may offer its text). */
  rejected?: boolean;
}

/**
 * INVALID_NOTICE, followed by the damaged fields when the worker named them (node-host.ts). The
 * names come from the save itself: control characters go, so none reaches the terminal raw.
 */
function refusedSaveNotice(error: unknown): string {
  const detail = error instanceof Error && error.name === 'DamagedSaveError' ? error.message.split('; ').slice(1).join('; ') : '';
  const flat = detail.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return flat ? `${INVALID_NOTICE} Damaged: ${flat.length > 200 ? `${flat.slice(0, 199)}…` : flat}` : INVALID_NOTICE;
}

export async function restoreSession(
  createSession: CreateSession,
  saved: SavedSession | null,
  notice: string | null = null,
): Promise<RestoreOutcome> {
  if (saved !== null) {
    try {
      const session = await createSession({ saved, rejectDamagedSave: true });
      // A session that cannot even print its prompt is as good as broken.
      session.prompt();
      return { session, notice };
    } catch (error) {
      return { session: await createSession({}), notice: notice ?? refusedSaveNotice(error), rejected: true };
    }
  }
  return { session: await createSession({}), notice };
}

/**
 * session.saveForStorage() that cannot throw; null means "nothing worth keeping". The node
 * comes as its JSON text: a snapshot no later command can change, serialised once.
 */
export function saveSafely(session: TerminalSession): SavedSession | null {
  const made = trySave(session);
  return 'saved' in made ? made.saved : null;
}

/** saveSafely() that says why there is no save: the learner's notice names the cause. */
export function trySave(session: TerminalSession): { saved: SavedSession } | { error: string } {
  try {
    return { saved: ownNodeText(session.saveForStorage()) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
