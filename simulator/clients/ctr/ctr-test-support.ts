// Runs one ctr command line against a node in unit tests, without the shell: the line is split
// on spaces with single and double quotes honoured, and stdout/stderr are captured apart
// (cli/test-support's captureIO, shared by every tool's tests).

import { captureIO } from '../../cli/test-support';
import type { Node } from '../../node';
import { runCtr } from './ctr';

export interface CtrResult {
  stdout: string;
  stderr: string;
  exit: number;
}

function splitLine(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** `line` is what follows `ctr` ("ns ls -q"). */
export async function ctr(node: Node, line: string, environ: Record<string, string> = {}): Promise<CtrResult> {
  const captured = captureIO({ environ });
  const exit = await runCtr(node, splitLine(line), captured.io);
  return { stdout: captured.out(), stderr: captured.err(), exit };
}
