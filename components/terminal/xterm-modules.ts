// xterm.js and its two addons, for every terminal of the page. They are imported statically, so
// the page's bundler puts them among the scripts the page's HTML lists: the browser fetches and
// parses them with the framework's own as the HTML arrives, and the terminal is made in the
// effect of React's first render. Imported lazily, they were fetched only once the pane's module
// had been evaluated, in the middle of hydration, and the terminal waited for that chunk, then
// for one more render of a lazy component (issue 13's first prompt). xterm 6's modules evaluate
// in Node too (the static export renders the pane), where nothing ever makes a terminal.

import { FitAddon } from '@xterm/addon-fit';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { Terminal } from '@xterm/xterm';

export const XTERM = { Terminal, FitAddon, WebLinksAddon };
