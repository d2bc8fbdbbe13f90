// `node:module` for the node's worker bundle (node-worker-bundle.ts). The shell library's Node
// build (just-bash 3.4.2 dist/bundle/index.js and its chunks) opens every file with
// `const require = createRequire(import.meta.url)`, for the CommonJS packages bundled inside it
// that load Node's built-ins as they start (`file`'s `debug` takes tty and util). In a browser
// worker there is no `process`, so those packages take their browser branch and never ask
// (debug checks `typeof process`); in Node (the bundle's own tests run it there) the built-ins
// are at hand through process.getBuiltinModule, as the library's Node build gets them. Anything
// else fails as the library's browser build does for a Node module. `Module` is undefined there
// too (its defence-in-depth checks for it).

interface NodeProcess {
  getBuiltinModule?(id: string): unknown;
}

function unavailable(id: string): never {
  throw new Error(`${id} is not available in browser environments`);
}

export function createRequire(_from: string | URL): (id: string) => unknown {
  return (id) => (globalThis as { process?: NodeProcess }).process?.getBuiltinModule?.(id) ?? unavailable(id);
}

export const Module = undefined;
