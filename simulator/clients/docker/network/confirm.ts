// docker/cli 20.10 cli/command/utils.go PromptForConfirmation, as the prune commands use it:
// the question on stdout with ` [y/N] `, then fmt.Fscan of one word from stdin; only "y" or
// "Y" goes on. Piped input answers at once (nothing piped: no); alone on a terminal the command
// waits for the line the user types, as the real one does.

import type { CommandIO, InteractiveProgram } from '../../../cli/spec';
import type { DockerContext } from '../docker-env';
import { printError } from '../errors';

function yes(answer: string): boolean {
  const word = answer.trimStart().split(/\s/)[0] ?? '';
  return word === 'y' || word === 'Y';
}

/**
 * Prints `warning` and the question; runs `then(io, confirmed)` with the answer. `then` prints
 * what the command prints in either case (volume prune reports 0B even when told no). `oneLine`:
 * the question on the warning's line (builder prune's message holds both).
 */
export function confirmThen(c: DockerContext, warning: string, then: (io: CommandIO, confirmed: boolean) => void, options: { oneLine?: boolean } = {}): void {
  c.io.stdout(`WARNING! ${warning}${options.oneLine ? ' ' : '\n'}Are you sure you want to continue? [y/N] `);
  if (c.io.terminal && c.io.stdin === '') {
    c.io.terminal.attach(answerProgram(c, then));
    return;
  }
  then(c.io, yes(c.io.stdin));
}

function answerProgram(c: DockerContext, then: (io: CommandIO, confirmed: boolean) => void): InteractiveProgram {
  return {
    prompt: () => '',
    input: async (line) => {
      let stdout = '';
      let stderr = '';
      const io: CommandIO = { ...c.io, terminal: undefined, stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s) };
      try {
        then(io, yes(line));
        return { stdout, stderr, exitCode: 0 };
      } catch (err) {
        const exitCode = printError(err, io);
        return { stdout, stderr, exitCode };
      }
    },
    interrupt: async () => ({ stdout: '', stderr: '', exitCode: 130 }),
  };
}
