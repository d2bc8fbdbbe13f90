// A process's output as a timeline: the chunks it wrote, each at its moment, and, for an
// endless loop, the round it writes again and again. A reader (an attached ctr, later
// `logs -f`) keeps a cursor and takes what has been written by a given moment, as a pipe
// reader takes what is in the pipe.

import type { OutputChunk, RepeatingOutput } from './program';

/** Rounds of a loop with no time between them that one read hands out at most. */
export const MAX_ROUNDS_PER_READ = 200;

export class OutputCursor {
  private index = 0;
  private rounds = 0;
  private inRound = 0;

  /** `startedAtMs`: the node-clock moment the process started (chunk times count from it). */
  constructor(
    private readonly out: readonly OutputChunk[],
    private readonly repeat: RepeatingOutput | undefined,
    private readonly startedAtMs: number,
  ) {}

  /** The node-clock moment of the next chunk not yet read, or undefined when there is none. */
  nextAtMs(): number | undefined {
    const chunk = this.out[this.index];
    if (chunk) return this.startedAtMs + (chunk.atMs ?? 0);
    const r = this.repeat;
    if (!r || r.round.length === 0) return undefined;
    return this.startedAtMs + r.fromMs + this.rounds * r.everyMs + ((r.round[this.inRound] as OutputChunk).atMs ?? 0);
  }

  /** Passes over what was written before `ms` (a reader that attaches late never sees it). */
  skipTo(ms: number): void {
    while (this.index < this.out.length && this.startedAtMs + ((this.out[this.index] as OutputChunk).atMs ?? 0) < ms) this.index += 1;
    const r = this.repeat;
    if (this.index < this.out.length || !r || r.round.length === 0 || r.everyMs <= 0) return;
    const since = ms - (this.startedAtMs + r.fromMs);
    if (since > 0) {
      this.rounds = Math.max(this.rounds, Math.floor(since / r.everyMs));
      this.inRound = 0;
    }
    for (let at = this.nextAtMs(); at !== undefined && at < ms; at = this.nextAtMs()) this.read(at);
  }

  /** Chunks written by `uptoMs` (node clock), in order; a busy loop gives a bounded batch. */
  read(uptoMs: number): OutputChunk[] {
    const taken: OutputChunk[] = [];
    let rounds = 0;
    for (;;) {
      const at = this.nextAtMs();
      if (at === undefined || at > uptoMs) return taken;
      const chunk = this.out[this.index];
      if (chunk) {
        taken.push(chunk);
        this.index += 1;
        continue;
      }
      const r = this.repeat as RepeatingOutput;
      taken.push(r.round[this.inRound] as OutputChunk);
      this.inRound += 1;
      if (this.inRound >= r.round.length) {
        this.inRound = 0;
        this.rounds += 1;
        if (++rounds >= MAX_ROUNDS_PER_READ) return taken;
      }
    }
  }
}
