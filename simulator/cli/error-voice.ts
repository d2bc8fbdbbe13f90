// How each tool's main() prints a fatal error, the one place a dialect's tools differ at the
// very end of a failed command: ctr prints `ctr: <message>` (cmd/ctr/main.go), crictl and
// nerdctl hand it to logrus.Fatal (`FATA[0000] <message>`), docker prints it as is or, for its
// own client-side failures, after `docker: `.

import { logrusLine } from './logrus';
import type { CommandIO } from './spec';

export type ErrorVoice =
  /** `<prefix><message>` on stderr: ctr (`ctr: `), docker (`docker: ` or nothing). */
  | { kind: 'prefix'; prefix: string }
  /** logrus.Fatal: a FATA line in the form the terminal calls for. */
  | { kind: 'logrus-fatal'; nowMs: number; /** Seconds since the program started: [0012] on a terminal. */ elapsedSeconds?: number };

/** Writes `message` as the tool's main would print a fatal error; returns exit code 1. */
export function speakFatal(voice: ErrorVoice, message: string, io: CommandIO): number {
  if (voice.kind === 'prefix') io.stderr(`${voice.prefix}${message}\n`);
  else io.stderr(logrusLine('fatal', message, {}, { tty: io.isTTY, nowMs: voice.nowMs, elapsedSeconds: voice.elapsedSeconds }));
  return 1;
}
