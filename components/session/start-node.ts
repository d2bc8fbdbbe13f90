// Imported first by the terminal's pane (terminal-pane.tsx), for what it does as it is evaluated:
// in the browser the node's worker is taken over from the page's HTML (or started) and the
// node's first login asked for, the stored session read, before the pane's other imports (xterm
// among them) are evaluated and before React has rendered anything. The worker keeps the message
// until its code has run and makes the node while the page's thread evaluates xterm and
// hydrates. Hydration still renders the store's initial state (zustand reads it as the server
// snapshot), so the HTML and the first render agree. Outside a browser it does nothing.

import { startNodeWorker } from './load-simulator';
import { useSessionStore } from './session-store';

if (typeof window !== 'undefined' && typeof Worker !== 'undefined') {
  startNodeWorker();
  void useSessionStore.getState().start();
}
