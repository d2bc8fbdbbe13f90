// The worker's code that waits until it is asked for: the tools' clients and the shell
// library's commands are chunks of their own (node-worker-bundle.ts), imported at first use.
// Once the first prompt is out, the worker loads them all, one at a time with a turn of its
// loop between, so a line typed meanwhile waits for one small chunk at most, and a command's
// first use finds its code compiled instead of fetching it then (issue 13: the prompt in under
// 1 s, and Enter → output within a frame). The bundle's entry names them in a global, as file
// names beside the worker's own chunk; a chunk that fails to load is fetched again at first use.

/** Where the entry leaves the chunks' names (node-worker-bundle.ts writes it). */
export const LATER_GLOBAL = '__ctrlabLaterChunks';

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Imports each chunk the entry named, resolved against `base` (the worker's own chunk's URL). */
export async function prefetchLaterChunks(base: string, pause: () => Promise<void> = nextTurn): Promise<number> {
  const later: unknown = (globalThis as Record<string, unknown>)[LATER_GLOBAL];
  if (!Array.isArray(later)) return 0;
  let loaded = 0;
  for (const file of later) {
    if (typeof file !== 'string' || !/^[\w-]+\.js$/.test(file)) continue;
    try {
      await import(new URL(file, base).href);
      loaded++;
    } catch {
      // fetched again by the import that needs it
    }
    await pause();
  }
  return loaded;
}
