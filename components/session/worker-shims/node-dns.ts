// `node:dns` for the node's worker bundle (node-worker-bundle.ts): the shell library's network
// access (curl's DNS pinning) asks it; its browser build throws this same error
// (just-bash 3.4.2 dist/bundle/browser.js). node1's curl is the simulator's, not the library's.

export function lookup(): never {
  throw new Error('node:dns is not available in browser environments');
}
