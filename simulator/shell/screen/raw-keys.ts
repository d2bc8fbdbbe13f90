// Full-screen programs (less, vi, nano) read keys, not lines. They attach to the terminal like
// `ctr run -t … sh` does (CommandIO.terminal.attach with an InteractiveProgram), and say that
// they want raw keys through their prompt: a program whose prompt() is RAW_KEYS_PROMPT gets
// every key's bytes in input() as they are typed, unechoed and unedited, and draws the screen
// itself. The prompt carries the mode because it already reaches the page after every line
// (also from the worker), so the attach API and the worker protocol stay as they are; no
// real prompt contains a NUL.

export const RAW_KEYS_PROMPT = '\u0000raw-keys';

/** The size a full-screen program draws for: the VT100 default, as no size reaches the node. */
export const SCREEN_ROWS = 24;
export const SCREEN_COLS = 80;

/** One key from the terminal: a character, a control character or an escape sequence. */
export type Key = string;

// CSI (ESC [ params final), SS3 (ESC O x), Alt-x (ESC x).
const ESCAPE = /^\x1b(?:\[[0-?]*[ -/]*[@-~]|O[@-~]|[^[O])?/;

/** Splits what the terminal sent (one key, fast typing or a paste) into keys. */
export function splitKeys(data: string): Key[] {
  const keys: Key[] = [];
  let rest = data;
  while (rest !== '') {
    if (rest.startsWith('\x1b')) {
      const match = ESCAPE.exec(rest);
      const key = match?.[0] ?? '\x1b';
      keys.push(key);
      rest = rest.slice(key.length);
      continue;
    }
    const char = String.fromCodePoint(rest.codePointAt(0) ?? 0);
    keys.push(char);
    rest = rest.slice(char.length);
  }
  return keys;
}

/** Names for the keys the programs share. */
export const KEY = {
  up: ['\x1b[A', '\x1bOA'],
  down: ['\x1b[B', '\x1bOB'],
  right: ['\x1b[C', '\x1bOC'],
  left: ['\x1b[D', '\x1bOD'],
  pageUp: ['\x1b[5~'],
  pageDown: ['\x1b[6~'],
  home: ['\x1b[H', '\x1bOH', '\x1b[1~'],
  end: ['\x1b[F', '\x1bOF', '\x1b[4~'],
  delete: ['\x1b[3~'],
} as const;

export function isKey(key: Key, names: readonly string[]): boolean {
  return names.includes(key);
}

/** Bracketed-paste markers arrive as keys; programs drop them. */
export function isPasteMarker(key: Key): boolean {
  return key === '\x1b[200~' || key === '\x1b[201~';
}

/** A printable character (not a control character, not an escape sequence). */
export function isPrintable(key: Key): boolean {
  return !key.startsWith('\x1b') && [...key].length === 1 && !/[\x00-\x1f\x7f-\x9f]/.test(key);
}

export const ALT_SCREEN_ON = '\x1b[?1049h';
export const ALT_SCREEN_OFF = '\x1b[?1049l';
export const REVERSE = (text: string): string => `\x1b[7m${text}\x1b[27m`;
/** Cursor to 1-based row/col. */
export const MOVE = (row: number, col: number): string => `\x1b[${row};${col}H`;
