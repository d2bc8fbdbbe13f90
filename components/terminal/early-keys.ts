// Keys typed while the terminal is still loading (issue 13: the prompt appears ~3 s after
// navigation on a slow machine and those keys were lost). Until xterm has mounted, a keydown
// listener on the document turns key presses into the bytes xterm would have sent, and the
// terminal types them in order once it exists; the controller then holds them until the first
// prompt (terminal-controller.ts `started`).

/** The parts of a KeyboardEvent this needs (a plain object in tests). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
}

/** Bytes xterm sends for the non-printing keys a user types at a prompt (xterm Keyboard.ts). */
const NAMED_KEYS: Readonly<Record<string, string>> = {
  Enter: '\r',
  Backspace: '\x7f',
  Tab: '\t',
  Delete: '\x1b[3~',
  ArrowUp: '\x1b[A',
  ArrowDown: '\x1b[B',
  ArrowRight: '\x1b[C',
  ArrowLeft: '\x1b[D',
  Home: '\x1b[H',
  End: '\x1b[F',
};

/**
 * What the terminal would receive for this key, or null for keys left to the browser: every
 * Ctrl / Cmd combination (Ctrl-R must still reload the page while it loads), composition, F-keys.
 */
export function keyPressData(press: KeyPress): string | null {
  if (press.ctrlKey || press.metaKey || press.isComposing) return null;
  const named = NAMED_KEYS[press.key];
  if (named !== undefined) return press.altKey ? null : named;
  if ([...press.key].length !== 1) return null;
  return press.altKey ? `\x1b${press.key}` : press.key;
}

let captured: string[] = [];
let detach: (() => void) | null = null;

/** True when a key press on the page is meant for nothing else (no input, button or link has focus). */
function pageHasNoFocus(doc: Document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || active === doc.documentElement;
}

/** Starts keeping keys typed on the page; returns the function that stops it. */
export function captureEarlyKeys(doc: Document): () => void {
  detach?.();
  captured = [];
  const listener = (event: KeyboardEvent): void => {
    if (!pageHasNoFocus(doc)) return;
    const data = keyPressData(event);
    if (data === null) return;
    // The key belongs to the terminal now: no page scroll on Space, no focus move on Tab.
    event.preventDefault();
    captured.push(data);
  };
  doc.addEventListener('keydown', listener, true);
  const stop = (): void => {
    doc.removeEventListener('keydown', listener, true);
    if (detach === stop) detach = null;
  };
  detach = stop;
  return stop;
}

/** Stops the capture and hands over what was typed, oldest first. */
export function takeEarlyKeys(): string[] {
  detach?.();
  const keys = captured;
  captured = [];
  return keys;
}
