// A tool's main() as crictl and nerdctl write it (`if err := app.Run(); err != nil {
// logrus.Fatal(err) }`), shared so each tool only says how it speaks: a simulator bug prints
// one internal-fault line, an error carrying an exit code (a container's, nerdctl's
// ExitCodeError) exits with it, printing its text only when it has one, anything else is
// printed in the tool's voice with exit 1.

import { CliError } from './cli-error';
import { type ErrorVoice, speakFatal } from './error-voice';
import { isLanguageError, reportInternalFault } from './internal-fault';
import type { CommandIO } from './spec';

/** `voice` is asked at the moment of the error (logrus stamps the time then). */
export function toolMain(tool: string, voice: () => ErrorVoice): (err: unknown, io: CommandIO) => number {
  return (err, io) => {
    if (isLanguageError(err)) return reportInternalFault(tool, err, io);
    if (err instanceof CliError) {
      if (err.message !== '') speakFatal(voice(), err.message, io);
      return err.exitCode;
    }
    return speakFatal(voice(), (err as Error).message, io);
  };
}
