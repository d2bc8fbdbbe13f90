// progresswriter.NewPrinter (cmd/buildctl/build/progresswriter@v0.10.4): `auto` is the
// terminal display on a terminal and the plain one elsewhere, `tty` insists on a terminal,
// `plain` always prints lines. The display is written to stderr as the solve's trace is
// replayed on the node's clock: a step that took 0.3s shows 0.3s later.

import { writeTimed } from '../../cli/progress/timed-output';
import type { CommandIO } from '../../cli/spec';
import { plainProgress, ttyProgress, type SolveResponse, type TimedText } from '../../buildkit/index';
import { BuildctlError } from './buildctl-env';

export type ProgressMode = 'auto' | 'plain' | 'tty' | 'quiet';

/** Checks --progress before anything is sent (NewPrinter fails first). */
export function progressMode(value: string, io: CommandIO): ProgressMode {
  // progressui draws on stderr: its console decides (console.ConsoleFromFile(os.Stderr)).
  const console = io.stderrIsTTY ?? io.isTTY;
  if (value === 'auto') return console ? 'tty' : 'plain';
  if (value === 'tty') {
    if (!console) throw new BuildctlError('failed to get console: provided file is not a console');
    return 'tty';
  }
  if (value === 'plain' || value === 'quiet') return value;
  throw new BuildctlError(`invalid progress mode ${value}`);
}

/** Replays the solve's progress on stderr at the pace it happened. */
export async function showProgress(response: SolveResponse, mode: ProgressMode, io: CommandIO): Promise<void> {
  if (mode === 'quiet') {
    await io.pace(response.trace.elapsedMs);
    return;
  }
  const chunks: TimedText[] = mode === 'tty' ? ttyProgress(response.trace, io.columns ?? 80) : plainProgress(response.trace);
  await writeTimed(chunks, { startMs: response.trace.startMs, endMs: response.trace.nowMs }, (text) => io.stderr(text), io);
}
