// The prompts of nerdctl's prune commands (volume_prune.go, network_prune.go,
// system_prune.go@v0.22.2): the question on stdout, then fmt.Fscanf(stdin, "%s") — the first
// word of stdin; only "y"/"Y" goes on. Piped input answers at once (nothing piped: no). Alone on
// a terminal the command waits for the line the user types, as the real one does.

import { logrusLine } from '../../../cli/logrus';
import type { InteractiveProgram } from '../../../cli/spec';
import type { NerdctlContext } from '../nerdctl-env';

function yes(answer: string): boolean {
  return (answer.trimStart().split(/\s/)[0] ?? '').toLowerCase() === 'y';
}

/** Asks `question`; runs `then` when the answer is y. Errors of `then` are nerdctl's FATA line. */
export async function confirmThen(c: NerdctlContext, question: string, then: (c: NerdctlContext) => void | Promise<void>): Promise<void> {
  c.io.stdout(`WARNING! ${question}`);
  if (c.io.terminal && c.io.stdin === '') {
    c.io.terminal.attach(answerProgram(c, then));
    return;
  }
  if (yes(c.io.stdin)) await then(c);
}

/** The answer typed on the terminal: the rest of the command runs with its output captured. */
function answerProgram(c: NerdctlContext, then: (c: NerdctlContext) => void | Promise<void>): InteractiveProgram {
  return {
    prompt: () => '',
    input: async (line) => {
      if (!yes(line)) return { stdout: '', stderr: '', exitCode: 0 };
      let stdout = '';
      let stderr = '';
      const io = { ...c.io, terminal: undefined, stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s) };
      try {
        await then({ ...c, io });
        return { stdout, stderr, exitCode: 0 };
      } catch (err) {
        const nowMs = c.env.node.nowMs();
        const fatal = logrusLine('fatal', (err as Error).message, {}, { tty: true, nowMs, elapsedSeconds: (nowMs - c.env.log.startMs) / 1000 });
        return { stdout, stderr: stderr + fatal, exitCode: 1 };
      }
    },
    interrupt: async () => ({ stdout: '', stderr: '', exitCode: 130 }),
  };
}
