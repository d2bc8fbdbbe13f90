// xterm.js and its two addons, imported once for every terminal of the page. The terminal's
// pane asks for them as its own module loads (terminal-pane.tsx), in parallel with the page's
// hydration and with terminal-view.tsx's chunk; the view's effect then finds them loaded
// instead of fetching them only once it has mounted, after its own chunk (a waterfall that put
// xterm 490-520 ms after the node was asked for, against 610-760 ms before, at load 10 on 2
// cores; issue 13's first prompt).

import type { FitAddon } from '@xterm/addon-fit';
import type { WebLinksAddon } from '@xterm/addon-web-links';
import type { Terminal } from '@xterm/xterm';

export interface XtermModules {
  Terminal: typeof Terminal;
  FitAddon: typeof FitAddon;
  WebLinksAddon: typeof WebLinksAddon;
}

/** `load` run on the first call and shared by every call after; a failed load runs again. */
export function onceUnlessFailed<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (!loading) {
      const started = load();
      loading = started;
      started.catch(() => {
        if (loading === started) loading = undefined;
      });
    }
    return loading;
  };
}

/** The modules; xterm touches `window` as it is evaluated, so only a browser calls this. */
export const loadXterm = onceUnlessFailed<XtermModules>(() =>
  Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit'), import('@xterm/addon-web-links')]).then(([xterm, fit, links]) => ({
    Terminal: xterm.Terminal,
    FitAddon: fit.FitAddon,
    WebLinksAddon: links.WebLinksAddon,
  })),
);
