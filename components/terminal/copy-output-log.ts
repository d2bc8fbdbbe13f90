// The outputs of the first terminal's recent commands, for the copy-output buttons
// (copy-output.tsx): each entry is one command line and what it printed, as the screen finally
// shows it, without the prompt. Recorded by wrapping the terminal's session, so the controller
// and the worker need not know about it.

import { createStore } from 'zustand/vanilla';
import { RAW_KEYS_PROMPT } from '../../simulator/shell/screen/raw-keys';
import type { TerminalSession } from '../session/terminal-session';

export interface CommandOutput {
  /** Counts up over the page's life: a stable React key, and what tests wait for. */
  n: number;
  line: string;
  output: string;
}

/** Enough to reach back over a lesson's worth of commands; older ones drop out. */
const MAX_ENTRIES = 30;
/** A longer output is kept from its end (what the learner last saw). */
const MAX_OUTPUT_CHARS = 256 * 1024;

export const outputLog = createStore<{ entries: readonly CommandOutput[]; next: number }>(() => ({ entries: [], next: 1 }));

/**
 * The text a terminal ends up showing for `raw` output: carriage returns and cursor-up
 * redraws (pull progress on a TTY) overwrite what they redraw, colours and other escape
 * sequences are dropped, trailing blanks trimmed.
 */
export function screenText(raw: string): string {
  const lines: string[] = [''];
  let row = 0;
  let col = 0;
  const put = (text: string) => {
    const current = lines[row] ?? '';
    lines[row] = current.slice(0, col).padEnd(col, ' ') + text + current.slice(col + text.length);
    col += text.length;
  };
  // CSI sequences (ESC [ params final), OSC sequences (ESC ] … BEL or ESC \), other two-byte escapes.
  const tokens = raw.match(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\r\n|[\r\n\b]|[^\x1b\r\n\b]+/g) ?? [];
  for (const token of tokens) {
    if (token === '\n' || token === '\r\n') {
      row += 1;
      col = 0;
      if (lines.length <= row) lines.push('');
    } else if (token === '\r') {
      col = 0;
    } else if (token === '\b') {
      col = Math.max(0, col - 1);
    } else if (token.startsWith('\x1b[')) {
      const final = token.at(-1);
      const n = Number.parseInt(token.slice(2), 10) || 1;
      if (final === 'A') row = Math.max(0, row - n);
      else if (final === 'B') row += n;
      else if (final === 'K') lines[row] = (lines[row] ?? '').slice(0, col);
      else if (final === 'J') {
        // ESC[J erases below the cursor; ESC[2J the whole screen (clear), which starts over.
        if (token === '\x1b[2J') lines.splice(0, lines.length, ''), (row = 0), (col = 0);
        else (lines.length = row + 1), (lines[row] = (lines[row] ?? '').slice(0, col));
      }
      else if (final === 'G') col = n - 1;
      while (lines.length <= row) lines.push('');
    } else if (!token.startsWith('\x1b')) {
      put(token.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ''));
    }
  }
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

function record(line: string, raw: string): void {
  const { entries, next } = outputLog.getState();
  const output = screenText(raw.length > MAX_OUTPUT_CHARS ? raw.slice(-MAX_OUTPUT_CHARS) : raw);
  outputLog.setState({ entries: [...entries, { n: next, line, output }].slice(-MAX_ENTRIES), next: next + 1 });
}

/**
 * `session` as the terminal sees it, recording each command line's output. Keys sent to a
 * full-screen program (vi, less) are not command lines, and neither is the line that opened
 * one: its screen is not output anyone copies.
 */
export function recordingOutputs(session: TerminalSession): TerminalSession {
  return {
    prompt: () => session.prompt(),
    needsMoreInput: (line) => session.needsMoreInput(line),
    complete: (line) => session.complete(line),
    activity: () => session.activity(),
    history: () => session.history(),
    saveForStorage: () => session.saveForStorage(),
    interrupt: (kind) => session.interrupt(kind),
    detachKeys: () => session.detachKeys(),
    async run(line, options) {
      // A detach sequence typed to an attached docker is no command line either.
      if (session.prompt() === RAW_KEYS_PROMPT || line === session.detachKeys()) return session.run(line, options);
      const chunks: string[] = [];
      const result = await session.run(line, {
        ...options,
        onOutput: (chunk, stream) => {
          chunks.push(chunk);
          options?.onOutput?.(chunk, stream);
        },
      });
      if (session.prompt() !== RAW_KEYS_PROMPT) record(line, chunks.length > 0 ? chunks.join('') : result.stdout + result.stderr);
      return result;
    },
  };
}
