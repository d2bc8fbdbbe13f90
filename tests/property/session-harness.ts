// A shell session for property runs: fixed clock and seed, and a guard that turns a line which
// never returns into a test failure instead of a hung run.

import { createSession, type ShellSession } from '../../simulator/index';
import type { NodeState } from '../../simulator/node';

export const FIXED_NOW = Date.UTC(2026, 10, 28, 5, 15, 0);

export function newSession(seed = 7): ShellSession {
  return createSession({ seed, now: () => FIXED_NOW });
}

/** The node state behind a session, as its saved form carries it. */
export function stateOf(session: ShellSession): NodeState {
  return session.save().node as NodeState;
}

/** Runs a line; rejects if it does not settle within `limitMs` (a hang, not a slow line). */
export async function runGuarded(session: ShellSession, line: string, limitMs = 5000) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`line did not return: ${JSON.stringify(line)}`)), limitMs);
  });
  try {
    return await Promise.race([session.run(line), hang]);
  } finally {
    clearTimeout(timer);
  }
}
