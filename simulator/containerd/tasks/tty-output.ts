// What a process's output becomes when its stdio is a terminal: the pty's line discipline
// (onlcr, on by default) writes every newline as CR LF, so `docker run -t busybox echo hi`
// prints "hi\r\n" and the json-file log of a -t container keeps the "\r" — an "\r\n" the
// program wrote becomes "\r\r\n", as the real 20.10.24 daemon's output shows.

import type { OutputChunk, RepeatingOutput } from '../../programs/program';

function onlcr(chunk: OutputChunk): OutputChunk {
  return chunk.text.includes('\n') ? { ...chunk, text: chunk.text.replace(/\n/g, '\r\n') } : chunk;
}

/** The chunks as the terminal hands them on. */
export function throughTerminal(out: OutputChunk[]): OutputChunk[] {
  return out.map(onlcr);
}

export function repeatingThroughTerminal(repeat: RepeatingOutput | undefined): RepeatingOutput | undefined {
  return repeat ? { ...repeat, round: throughTerminal(repeat.round) } : repeat;
}
