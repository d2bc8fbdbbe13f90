// A display computed ahead of time and written at the pace it happened (buildkit's progress:
// the solve ran at once and recorded when each part would have happened). Text due at one
// moment is written together; the clock then moves on to the next moment, and to the end.

import type { CommandIO } from '../spec';

export interface TimedText {
  /** When it is printed on the node's clock. */
  atMs: number;
  text: string;
}

export async function writeTimed(chunks: readonly TimedText[], span: { startMs: number; endMs: number }, write: (text: string) => void, io: Pick<CommandIO, 'pace'>): Promise<void> {
  let at = span.startMs;
  let pending = '';
  for (const chunk of chunks) {
    if (chunk.atMs > at) {
      if (pending !== '') write(pending);
      pending = '';
      await io.pace(chunk.atMs - at);
      at = chunk.atMs;
    }
    pending += chunk.text;
  }
  if (pending !== '') write(pending);
  if (span.endMs > at) await io.pace(span.endMs - at);
}
