// For tests of commands on a watched terminal, where the node runs in real time: the run options
// of such a terminal, and a wait for what it shows.

import { expect } from 'vitest';
import type { RunOptions } from './session-types';

/** A watched terminal's run options: what the command prints goes into `into` as it comes. */
export function watched(into: string[]): RunOptions {
  return { tty: true, realTime: true, onOutput: (chunk) => into.push(chunk) };
}

/** Waits (up to 4 s of real time) until `check` holds, and fails if it never does. */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}
