// Runs a full-screen program on the terminal: attaches it through CommandIO.terminal as an
// InteractiveProgram whose prompt asks for raw keys (raw-keys.ts) and feeds it key by key.

import type { CommandIO, InteractiveProgram } from '../../cli/spec';
import { RAW_KEYS_PROMPT, splitKeys, type Key } from './raw-keys';

/** A full-screen program: what it draws first, and its answer to each key. */
interface ScreenProgram {
  open(): string;
  key(key: Key): { output: string; exitCode?: number };
}

export function attachScreenProgram(io: CommandIO, program: ScreenProgram): boolean {
  const terminal = io.terminal;
  if (!terminal) return false;
  let exited: number | undefined;
  const attached: InteractiveProgram = {
    prompt: () => RAW_KEYS_PROMPT,
    input: async (data) => {
      let stdout = '';
      for (const key of splitKeys(data)) {
        if (exited !== undefined) break;
        const result = program.key(key);
        stdout += result.output;
        exited = result.exitCode;
      }
      return exited === undefined ? { stdout, stderr: '' } : { stdout, stderr: '', exitCode: exited };
    },
    // Ctrl-C and Ctrl-D reach a raw program as the bytes it was sent; the session's own
    // interrupt path (a line running) does not apply.
    interrupt: async (kind) => {
      const result = program.key(kind === 'SIGINT' ? '\x03' : '\x04');
      exited = result.exitCode;
      return exited === undefined ? { stdout: result.output, stderr: '' } : { stdout: result.output, stderr: '', exitCode: exited };
    },
  };
  io.stdout(program.open());
  terminal.attach(attached);
  return true;
}
