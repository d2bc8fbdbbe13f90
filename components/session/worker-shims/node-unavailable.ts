// `node:fs`, `node:path`, `node:crypto`, `node:url`, `node:worker_threads` and `node:fs/promises`
// for the node's worker bundle (node-worker-bundle.ts). The shell library's Node build imports
// them for what its browser build leaves out: file systems over the host's disk (OverlayFs,
// ReadWriteFs), its python3, sqlite3 and js-exec workers. The simulator gives the shell its own
// in-memory file system and commands, so none of this runs in the worker; if it ever did, it
// fails as the browser build does for a Node module, never with a half-working stand-in.

function unavailable(name: string): () => never {
  return () => {
    throw new Error(`${name} is not available in browser environments`);
  };
}

export const randomBytes = unavailable('node:crypto');
export const fileURLToPath = unavailable('node:url');
export const pathToFileURL = unavailable('node:url');
export const open = unavailable('node:fs/promises');
export const Worker = undefined;
export default {};
