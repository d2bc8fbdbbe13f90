// How long the worker takes to bring back a saved session: from the create request to the
// login's answer (its chunks read from IndexedDB, the node rebuilt from its snapshot, its first
// save made). A User Timing measure in the worker's own timeline, so `npm run bench` reads it
// through the worker (tests/bench/browser.ts) and the browser's performance panel shows it.

/** The measure of one restore; its detail names how many history lines the save held. */
export const RESTORE_MEASURE = 'ctrlab:restore';

/** Starts timing a restore; the function returned ends it (does nothing where there is no timeline). */
export function timeRestore(historyLines: number): () => void {
  const t = typeof performance !== 'undefined' && typeof performance.measure === 'function' ? performance : undefined;
  if (!t) return () => undefined;
  const start = t.now();
  return () => {
    t.measure(RESTORE_MEASURE, { start, end: t.now(), detail: { historyLines } });
  };
}
