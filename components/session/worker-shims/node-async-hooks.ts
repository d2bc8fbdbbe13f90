// `node:async_hooks` for the node's worker bundle (node-worker-bundle.ts), as the shell
// library's own browser build has it (just-bash 3.4.2 dist/bundle/browser.js): no
// AsyncLocalStorage, so its defence-in-depth box keeps no per-run context, as in that build.

export const AsyncLocalStorage = undefined;
