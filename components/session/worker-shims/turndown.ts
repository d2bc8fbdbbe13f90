// `turndown` for the node's worker bundle (node-worker-bundle.ts): the shell library imports it
// for its html-to-markdown command, which node1 does not have (simulator/shell/node-commands.ts).
// The real package probes for DOMParser and document as it loads (two thrown exceptions in a
// worker); this stand-in is never constructed.

export default class TurndownService {
  constructor() {
    throw new Error('html-to-markdown is not on this node');
  }
}
