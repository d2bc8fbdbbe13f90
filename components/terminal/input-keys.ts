// Turns what xterm hands to onData (keystrokes, escape sequences, pasted text) into editing keys.
// Pasted text is reduced to printable characters and line breaks: a paste must never smuggle
// raw control sequences onto the screen or into a command line.

export type EditKey =
  | { kind: 'text'; text: string }
  | { kind: 'enter' }
  | { kind: 'backspace' }
  | { kind: 'delete' }
  | { kind: 'left' }
  | { kind: 'right' }
  | { kind: 'word-left' }
  | { kind: 'word-right' }
  | { kind: 'up' }
  | { kind: 'down' }
  | { kind: 'home' }
  | { kind: 'end' }
  | { kind: 'tab' }
  | { kind: 'interrupt' }
  | { kind: 'clear-screen' }
  | { kind: 'kill-before' }
  | { kind: 'kill-after' }
  | { kind: 'kill-word-before' }
  | { kind: 'kill-alnum-word-before' }
  | { kind: 'kill-word-after' }
  | { kind: 'yank' }
  | { kind: 'yank-pop' }
  | { kind: 'reverse-search' }
  | { kind: 'abort' }
  | { kind: 'escape' }
  | { kind: 'eof' }
  /** The attached program's detach sequence, sent to it as typed (simulator/cli/escape-sequence.ts). */
  | { kind: 'detach'; keys: string };

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

/** Escape sequences xterm sends for the keys we edit with (normal and application cursor modes). */
const ESCAPE_KEYS: Readonly<Record<string, EditKey>> = {
  '\x1b[A': { kind: 'up' },
  '\x1bOA': { kind: 'up' },
  '\x1b[B': { kind: 'down' },
  '\x1bOB': { kind: 'down' },
  '\x1b[C': { kind: 'right' },
  '\x1bOC': { kind: 'right' },
  '\x1b[D': { kind: 'left' },
  '\x1bOD': { kind: 'left' },
  '\x1b[H': { kind: 'home' },
  '\x1bOH': { kind: 'home' },
  '\x1b[1~': { kind: 'home' },
  '\x1b[7~': { kind: 'home' },
  '\x1b[F': { kind: 'end' },
  '\x1bOF': { kind: 'end' },
  '\x1b[4~': { kind: 'end' },
  '\x1b[8~': { kind: 'end' },
  '\x1b[3~': { kind: 'delete' },
  '\x1b[1;5C': { kind: 'word-right' },
  '\x1b[1;5D': { kind: 'word-left' },
  '\x1bf': { kind: 'word-right' },
  '\x1bb': { kind: 'word-left' },
  // Alt-Backspace is readline's backward-kill-word (letters and digits), not Ctrl-W's rubout.
  '\x1b\x7f': { kind: 'kill-alnum-word-before' },
  '\x1b\b': { kind: 'kill-alnum-word-before' },
  '\x1bd': { kind: 'kill-word-after' },
  '\x1by': { kind: 'yank-pop' },
  // A lone ESC: ends a Ctrl-R search (readline's default isearch-terminators).
  '\x1b': { kind: 'escape' },
};

/** Single control characters (Ctrl-letter) that edit the line. Others are dropped. */
const CONTROL_KEYS: Readonly<Record<string, EditKey>> = {
  '\r': { kind: 'enter' },
  '\n': { kind: 'enter' },
  '\x7f': { kind: 'backspace' },
  '\b': { kind: 'backspace' },
  '\t': { kind: 'tab' },
  '\x01': { kind: 'home' },
  '\x05': { kind: 'end' },
  '\x02': { kind: 'left' },
  '\x06': { kind: 'right' },
  '\x10': { kind: 'up' },
  '\x0e': { kind: 'down' },
  '\x03': { kind: 'interrupt' },
  '\x0c': { kind: 'clear-screen' },
  '\x15': { kind: 'kill-before' },
  '\x0b': { kind: 'kill-after' },
  '\x17': { kind: 'kill-word-before' },
  '\x04': { kind: 'eof' },
  '\x12': { kind: 'reverse-search' },
  '\x07': { kind: 'abort' },
  '\x19': { kind: 'yank' },
};

// CSI (ESC [ … final), OSC (ESC ] … BEL or ST), DCS/PM/APC/SOS strings, and two-byte ESC x.
const ESCAPE_SEQUENCE =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][\s\S]*?(?:\x07|\x1b\\|$)|\x1b[ -/]*[0-~]?|\x9b[0-?]*[ -/]*[@-~]/g;
// C0 controls except tab and line breaks, DEL, and C1 controls.
const CONTROL_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** Removes every escape sequence and control character; tabs become spaces. Keeps line breaks. */
export function sanitizePastedText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\t/g, ' ').replace(CONTROL_CHARS, '');
}

/** A paste becomes text and Enter keys: one Enter per line break, so each line runs in turn. */
export function pastedKeys(text: string): EditKey[] {
  const keys: EditKey[] = [];
  const lines = sanitizePastedText(text).split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    if (line !== '') keys.push({ kind: 'text', text: line });
    if (index < lines.length - 1) keys.push({ kind: 'enter' });
  });
  return keys;
}

/** Parses one onData chunk. A chunk of several characters that is not a key is a paste. */
export function parseInput(data: string): EditKey[] {
  const start = data.indexOf(PASTE_START);
  if (start >= 0) {
    const end = data.indexOf(PASTE_END, start + PASTE_START.length);
    const inner = data.slice(start + PASTE_START.length, end < 0 ? undefined : end);
    const after = end < 0 ? '' : data.slice(end + PASTE_END.length);
    return [...parseInput(data.slice(0, start)), ...pastedKeys(inner), ...parseInput(after)];
  }
  if (data === '') return [];
  const escapeKey = ESCAPE_KEYS[data];
  if (escapeKey) return [escapeKey];
  const controlKey = CONTROL_KEYS[data];
  if (controlKey) return [controlKey];
  if (data.startsWith('\x1b')) return []; // an escape sequence we do not edit with (F-keys, Alt-x)
  if ([...data].length === 1) {
    return sanitizePastedText(data) === data ? [{ kind: 'text', text: data }] : [];
  }
  return pastedKeys(data);
}
