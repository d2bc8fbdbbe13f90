// A process in a container that a client stays attached to on the terminal: a busybox sh, one
// typed line at a time, or a program that reads the terminal (cat, top). What ctr (`ctr run -t`,
// `ctr t exec -t`) and crictl (`crictl exec -it`, `crictl attach -it`) do alike; how the client
// ends once the process has gone, and what it says to Ctrl-C, is theirs (ctr deletes the task and
// exits with the process's code; crictl prints its FATA line).

import type { CommandIO, InteractiveProgram, LiveLine } from '../cli/spec';
import { isInterrupted } from '../cli/interrupted';
import type { AttachedShell, OutputChunk, Process, ShLineResult, TerminalInput } from '../containerd/client/index';
import type { Node } from '../node';

type Answer = Awaited<ReturnType<InteractiveProgram['input']>>;

/** Writes chunks; on a terminal the pty merges stderr into stdout. */
export function printChunks(io: CommandIO, out: readonly OutputChunk[], terminal: boolean): void {
  for (const chunk of out) {
    if (chunk.stream === 'stdout' || terminal) io.stdout(chunk.text);
    else io.stderr(chunk.text);
  }
}

export interface ShellAttachment {
  node: Node;
  session: AttachedShell;
  /** Lets a line's time pass where time jumps (the command's io.pace). */
  pace(ms: number): Promise<void>;
  /** The prompt is the session's to print from the start, not only after the first line. */
  promptFromStart: boolean;
  /** The process already ended (killed from another terminal): how the client ends, else undefined. */
  endedBefore(): Answer | undefined;
  /** The shell exited with `code`: the client cleans up and says how it ends. */
  ended(code: number): Answer;
}

/** The shell as the terminal's attached program. */
export function attachedShellProgram(a: ShellAttachment): InteractiveProgram {
  const { node, session } = a;
  // The shell ended on its last line: the shim reaps it, then the client cleans up.
  const exited = (code: number, stdout: string): Answer => {
    session.exited(code);
    const done = a.ended(code);
    return { ...done, stdout: stdout + done.stdout };
  };
  // Without promptFromStart the first prompt came with the shell's start-up output.
  let firstLineRead = a.promptFromStart;
  return {
    prompt: () => (firstLineRead ? session.prompt() : ''),
    async input(line, live) {
      firstLineRead = true;
      const before = a.endedBefore();
      if (before) return before;
      const lineStart = node.nowMs();
      const r = session.input(line, lineStart);
      let stdout: string;
      if (live?.time.realTime) {
        if (await playLine(node, session, r, lineStart, live)) return { stdout: '\n', stderr: '' };
        stdout = '';
      } else {
        if (r.elapsedMs > 0) await a.pace(r.elapsedMs);
        stdout = r.out.map((ch) => ch.text).join('') + (r.blocked ? 'ctrlab: a command that runs until interrupted is not simulated inside the shell here\n' : '');
      }
      return r.exitCode !== undefined ? exited(r.exitCode, stdout) : { stdout, stderr: '' };
    },
    async interrupt(kind) {
      firstLineRead = true;
      if (kind === 'EOF') return exited(session.eof().exitCode ?? 0, '\n');
      return { stdout: '^C\n', stderr: '' };
    },
  };
}

/**
 * Plays one line of the shell in real time: its output at its moments, until the line ends, or
 * for ever for a line that never ends, until Ctrl-C (ash then abandons the line and prompts
 * again). Returns true when Ctrl-C ended it.
 */
async function playLine(node: Node, session: AttachedShell, r: ShLineResult, lineStart: number, live: LiveLine): Promise<boolean> {
  const cursor = session.lineOutput(r, lineStart);
  const endAt = r.blocked ? Number.POSITIVE_INFINITY : lineStart + r.elapsedMs;
  try {
    for (;;) {
      const now = node.nowMs();
      live.write(cursor.read(Math.min(now, endAt)).map((ch) => ch.text).join(''));
      if (now >= endAt) return false;
      const next = cursor.nextAtMs();
      // A loop writing as fast as it can gets a frame between batches.
      await live.pace(next !== undefined && next <= now ? 16 : Math.min(next ?? endAt, endAt) - now);
    }
  } catch (err) {
    if (isInterrupted(err)) return true;
    throw err;
  }
}

export interface ReaderAttachment {
  process: Pick<Process, 'typeLine' | 'endOfInput' | 'interrupt'>;
  /** How the program reads the terminal (its line discipline). */
  input: TerminalInput;
  /** The process has ended: the client cleans up and says how it ends; else undefined. */
  ended(): Answer | undefined;
  /** Ctrl-C went to the process (which printed `said`): what the client shows. */
  interrupted(said: string): Answer;
}

/** A long-running program that reads the terminal: typed lines and Ctrl-D go to it, Ctrl-C too. */
export function attachedReaderProgram(a: ReaderAttachment): InteractiveProgram {
  return {
    prompt: () => '',
    async input(line) {
      const done = a.ended();
      if (done) return done;
      const echo = a.process.typeLine(a.input, line);
      return a.ended() ?? { stdout: echo, stderr: '' };
    },
    async interrupt(kind) {
      const done = a.ended();
      if (done) return done;
      if (kind === 'SIGINT') return a.interrupted(a.process.interrupt(a.input));
      a.process.endOfInput(a.input);
      return a.ended() ?? { stdout: '', stderr: '' };
    },
  };
}
