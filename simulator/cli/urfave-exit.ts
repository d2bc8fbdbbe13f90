// The errors both urfave/cli versions raise themselves, and how a run ends on one: a usage
// error goes to the tool's main like any error the action returns; an ExitCoder (`No help
// topic for 'foo'`, exit 3) is printed as is on stderr (HandleExitCoder); Ctrl-C passes
// through silently.

import { isInterrupted } from './interrupted';
import type { CommandIO } from './spec';

/** An error urfave itself returns (usage, required flags); the tool's main prints it. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** urfave's ExitCoder: printed as is on stderr, then the process exits with `code`. */
export class ExitCodeError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'ExitCodeError';
  }
}

/**
 * Where an ExitCoder's text goes: urfave's cli.ErrWriter, stderr unless the tool replaces it
 * (runc's FatalWriter logs it through logrus). `text` ends with urfave's newline.
 */
export type ErrWriter = (text: string, io: CommandIO) => void;

/** The exit code of a run that failed with `err`; rethrows Ctrl-C's InterruptedError. */
export function endUrfaveRun(err: unknown, io: CommandIO, onError: (err: unknown, io: CommandIO) => number, errWriter?: ErrWriter): number {
  if (err instanceof ExitCodeError) {
    if (errWriter) errWriter(`${err.message}\n`, io);
    else io.stderr(`${err.message}\n`);
    return err.code;
  }
  // Killed by Ctrl-C: nothing to print; the program's wrapper reports exit 130.
  if (isInterrupted(err)) throw err;
  return onError(err, io);
}
