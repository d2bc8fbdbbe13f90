// Adapts an xterm Terminal to the TerminalSurface the controller draws on.

import type { Terminal } from '@xterm/xterm';
import type { TerminalSurface } from './terminal-controller';

/** Bracketed paste: xterm then marks pastes, so they are never mistaken for typed keys. */
const BRACKETED_PASTE_ON = '\x1b[?2004h';
/** How long a paint is waited for before the timing of a line is given up (a hidden terminal). */
const PAINT_WAIT_MS = 1000;

export function xtermSurface(term: Terminal): TerminalSurface {
  term.write(BRACKETED_PASTE_ON);
  return {
    write: (data) => term.write(data),
    flush: () => new Promise<void>((resolve) => term.write('', resolve)),
    cursorX: () => term.buffer.active.cursorX,
    cols: () => term.cols,
    reset: () => {
      term.reset();
      term.write(BRACKETED_PASTE_ON);
    },
    // After the parser took everything written so far, the next render of rows is the paint.
    painted: (parsed) =>
      new Promise<boolean>((resolve) => {
        term.write('', () => {
          parsed?.();
          const timer = setTimeout(() => {
            done.dispose();
            resolve(false);
          }, PAINT_WAIT_MS);
          const done = term.onRender(() => {
            clearTimeout(timer);
            done.dispose();
            resolve(true);
          });
        });
      }),
  };
}
