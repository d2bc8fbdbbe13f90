// The honest refusal every tool gives for a feature of the real one that ctrlab does not model:
// one line naming the feature and the real tool's documentation, printed in the tool's own
// voice (error-voice.ts), and a non-zero exit. Never a fake success.

import { type ErrorVoice, speakFatal } from './error-voice';
import type { CommandIO } from './spec';

export class NotSimulatedError extends Error {
  /**
   * `what`: the feature as the user typed it (`crictl port-forward`, `docker run --gpus`);
   * `docs`: where the real tool documents it.
   */
  constructor(
    readonly what: string,
    readonly docs: string,
  ) {
    super(`${what} is not simulated here; see ${docs}`);
    this.name = 'NotSimulatedError';
  }
}

export function isNotSimulated(err: unknown): err is NotSimulatedError {
  return err instanceof NotSimulatedError;
}

/** Prints the refusal in the tool's voice; returns the exit code (1). */
export function printNotSimulated(err: NotSimulatedError, voice: ErrorVoice, io: CommandIO): number {
  return speakFatal(voice, err.message, io);
}
