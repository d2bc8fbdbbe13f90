'use client';

// Shows, in the terminal's toolbar, that a command is taking its time: the node runs in real
// time in the browser, so `sleep 600` really waits and an attached task runs until it ends.
// The page never blocks meanwhile; this line says how long is left (or how long it has run)
// and that Ctrl-C is the way out. It reads the sessions' activity twice a second.

import { useEffect, useState } from 'react';
import type { TerminalSession } from '../session/terminal-session';
import type { UiText } from '../layout/ui-text';

/** A command shorter than this goes by without a status. */
const SHOW_AFTER_MS = 1_000;
const POLL_MS = 500;

/** The status line for the busiest of `sessions` at wall time `now`, or null. */
export function waitText(sessions: ReadonlyArray<TerminalSession | null>, now: number, text: UiText): string | null {
  for (const session of sessions) {
    const activity = session?.activity();
    if (!activity || now - activity.sinceMs < SHOW_AFTER_MS) continue;
    if (activity.untilMs !== undefined && activity.untilMs - now >= SHOW_AFTER_MS) {
      return text.waitLeft(Math.ceil((activity.untilMs - now) / 1000));
    }
    return text.runningFor(Math.floor((now - activity.sinceMs) / 1000));
  }
  return null;
}

export function WaitStatus({ sessions, text }: { sessions: ReadonlyArray<TerminalSession | null>; text: UiText }) {
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    const tick = () => setStatus(waitText(sessions, Date.now(), text));
    tick();
    const timer = setInterval(tick, POLL_MS);
    return () => clearInterval(timer);
  }, [sessions, text]);
  if (!status) return null;
  return (
    <span className="terminal-status terminal-wait" role="status" data-testid="wait-status">
      {status}
    </span>
  );
}
