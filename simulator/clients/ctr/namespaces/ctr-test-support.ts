// Runs one ctr command line against a node in unit tests, without the shell: the line is split
// on spaces with single and double quotes honoured, and stdout/stderr are captured apart.

import type { CommandIO } from '../../../cli/spec';
import type { Node } from '../../../node';
import { runCtr } from '../ctr';

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

/** An IO that captures stdout and stderr apart; a pipe in jumping time unless overridden. */
export function captureIO(overrides: Partial<CommandIO> = {}): { io: CommandIO; stdout(): string; stderr(): string } {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    stdout: (s) => void (stdout += s),
    // Captured as the binary string it is, as a pipe would carry it.
    stdoutBytes: (b) => void (stdout += b),
    stderr: (s) => void (stderr += s),
    stdin: '',
    isTTY: false,
    environ: {},
    cwd: '/root',
    pace: async () => {},
    time: { realTime: false },
    ...overrides,
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}

/** `line` is what follows `ctr` ("ns ls -q"). */
export async function ctr(node: Node, line: string, environ: Record<string, string> = {}): Promise<CtrResult> {
  const captured = captureIO({ environ });
  const exit = await runCtr(node, splitLine(line), captured.io);
  return { stdout: captured.stdout(), stderr: captured.stderr(), exit };
}
