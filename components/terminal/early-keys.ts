// Keys typed while the terminal is still loading (issue 13: the prompt appears ~3 s after
// navigation on a slow machine and those keys were lost). On the playground an inline script
// in the page's HTML (EARLY_KEYS_SCRIPT) starts keeping key presses as soon as the page is
// parsed — before React hydrates, which on a slow machine is seconds later — as the bytes xterm
// would have sent; a client-side navigation, where that script does not run, starts the same
// capture from an effect (captureEarlyKeys). Once xterm has mounted, the terminal takes the
// kept keys over in order (takeEarlyKeys); the controller then holds them until the first
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

type ToData = (press: KeyPress, named: Readonly<Record<string, string>>) => string | null;

// The two functions below are also sent to the page as their own source text (EARLY_KEYS_SCRIPT),
// so they name nothing outside themselves and use no syntax a build step would rewrite into a
// helper call.

/**
 * What the terminal would receive for this key, or null for keys left to the browser: every
 * Ctrl / Cmd combination (Ctrl-R must still reload the page while it loads), composition, F-keys.
 */
const pressData: ToData = function (press, named) {
  if (press.ctrlKey || press.metaKey || press.isComposing) return null;
  if (Object.prototype.hasOwnProperty.call(named, press.key)) return press.altKey ? null : named[press.key] as string;
  if (Array.from(press.key).length !== 1) return null;
  return press.altKey ? '\x1b' + press.key : press.key;
};

/** What a running capture hands over. */
interface Capture {
  keys: string[];
  stop(): void;
}

/** Starts keeping the keys typed on the page while nothing on it (no input, button, link) has focus. */
const startCapture = function (doc: Document, toData: ToData, named: Readonly<Record<string, string>>): Capture {
  const keys: string[] = [];
  const listener = function (event: KeyboardEvent): void {
    const active = doc.activeElement;
    if (active !== null && active !== doc.body && active !== doc.documentElement) return;
    const data = toData(event, named);
    if (data === null) return;
    // The key belongs to the terminal now: no page scroll on Space, no focus move on Tab.
    event.preventDefault();
    keys.push(data);
  };
  doc.addEventListener('keydown', listener, true);
  return {
    keys: keys,
    stop: function () {
      doc.removeEventListener('keydown', listener, true);
    },
  };
};

/** Where the inline script leaves its capture for the page's code. */
const GLOBAL_NAME = '__ctrlabEarlyKeys';

type CaptureHolder = { [GLOBAL_NAME]?: Capture };

/** The inline script of the playground's HTML: starts the capture before any of the page's code runs. */
export const EARLY_KEYS_SCRIPT = `try{window.${GLOBAL_NAME}=(${String(startCapture)})(document,${String(pressData)},${JSON.stringify(NAMED_KEYS)})}catch(e){}`;

export function keyPressData(press: KeyPress): string | null {
  return pressData(press, NAMED_KEYS);
}

let current: Capture | null = null;
/** Keys of a capture stopped before the terminal took them (an effect cleaned up and ran again). */
let leftover: string[] = [];

/** The inline script's capture, taken out of the page's globals (once). */
function scriptCapture(doc: Document): Capture | undefined {
  const holder = (doc.defaultView ?? {}) as CaptureHolder;
  const capture = holder[GLOBAL_NAME];
  delete holder[GLOBAL_NAME];
  return capture;
}

/**
 * Keeps keys typed on the page until takeEarlyKeys: takes over the inline script's capture when
 * it ran, starts one otherwise. Returns the function that stops it.
 */
export function captureEarlyKeys(doc: Document): () => void {
  current?.stop();
  const capture = scriptCapture(doc) ?? startCapture(doc, pressData, NAMED_KEYS);
  current = capture;
  return () => {
    capture.stop();
    if (current !== capture) return;
    current = null;
    leftover.push(...capture.keys.splice(0));
  };
}

/** Stops the capture and hands over what was typed, oldest first. */
export function takeEarlyKeys(doc: Document): string[] {
  const capture = current ?? scriptCapture(doc) ?? null;
  current = null;
  capture?.stop();
  const keys = [...leftover, ...(capture?.keys.splice(0) ?? [])];
  leftover = [];
  return keys;
}
