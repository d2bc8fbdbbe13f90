// Test helpers for nerdctl: a fresh node on a fixed clock and one command line run through
// runNerdctl with its output captured. Words are split on spaces; pass an array for others.

import { captureIO } from '../../cli/test-support';
import { createSimulator } from '../../index';
import type { Node } from '../../node';
import { runNerdctl } from './nerdctl';

const TEST_NOW = 1_780_000_000_000;

export function freshNode(): Node {
  return createSimulator({ seed: 1, now: () => TEST_NOW });
}

export interface NerdctlRun {
  stdout: string;
  stderr: string;
  exit: number;
}

export async function nerdctl(
  node: Node,
  line: string | readonly string[],
  options: { tty?: boolean; environ?: Record<string, string>; stdin?: string } = {},
): Promise<NerdctlRun> {
  const c = captureIO({ isTTY: options.tty ?? false, environ: options.environ ?? {}, io: options.stdin === undefined ? undefined : { stdin: options.stdin } });
  const argv = typeof line === 'string' ? (line === '' ? [] : line.split(' ')) : line;
  const exit = await runNerdctl(node, argv, c.io);
  return { stdout: c.out(), stderr: c.err(), exit };
}
