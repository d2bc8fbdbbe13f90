// Ctrl-C at the terminal, as the foreground process sees it: SIGINT with no handler ends the
// process at once, printing nothing (the terminal itself echoes ^C), and the shell reports
// 128+2. A command's wait throws this; the tool's error printer must let it pass so that
// nothing is printed, and the program's wrapper turns it into exit code 130.

export const SIGINT_EXIT_CODE = 130;

export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}

export function isInterrupted(err: unknown): err is InterruptedError {
  return err instanceof InterruptedError;
}
