// Adapts an xterm Terminal to the TerminalSurface the controller draws on.

import type { Terminal } from '@xterm/xterm';
import type { TerminalSurface } from './terminal-controller';

/** Bracketed paste: xterm then marks pastes, so they are never mistaken for typed keys. */
const BRACKETED_PASTE_ON = '\x1b[?2004h';

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
  };
}
