// How long the state view takes to follow the node: from the panel asking for the view (after a
// line, or a selection) to the new tree in the page (React committed it; the browser paints it at
// the next frame). It covers the worker's query of the whole node, the message back and the
// render. A User Timing measure the bench reads (tests/bench/browser.ts).

/** The measure of one update; its detail says how many objects the tree held. */
export const STATE_VIEW_MEASURE = 'ctrlab:state-view';
/** Kept measures at most, as enter-timing.ts keeps. */
const KEPT = 500;

let asked = 0;

function timeline(): Performance | undefined {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : undefined;
}

/** Marks the panel asking for a view; returns the mark for viewShown. */
export function markViewAsked(): string | undefined {
  const t = timeline();
  if (!t) return undefined;
  const name = `ctrlab:state-asked:${++asked}`;
  t.mark(name);
  return name;
}

/** The view asked at `mark` is in the page: measures from the mark, then drops it. */
export function viewShown(mark: string | undefined, objects: number): void {
  const t = timeline();
  if (!t || mark === undefined || t.getEntriesByName(mark, 'mark').length === 0) return;
  if (t.getEntriesByName(STATE_VIEW_MEASURE, 'measure').length >= KEPT) t.clearMeasures(STATE_VIEW_MEASURE);
  t.measure(STATE_VIEW_MEASURE, { start: mark, detail: { objects } });
  t.clearMarks(mark);
}

/**
 * Runs `fn` once the browser has painted its next frame (a frame's callbacks, then a task after
 * it), so that work started by the end of a line (the state view's query and render) never
 * delays the frame that shows the line's output. Where there are no frames, on the next task.
 */
export function afterNextPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Objects in a tree (every node below the root). */
export function countObjects(root: { children: readonly unknown[] }): number {
  let count = 0;
  const stack = [...root.children] as Array<{ children: readonly unknown[] }>;
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    count += 1;
    for (const child of node.children) stack.push(child as { children: readonly unknown[] });
  }
  return count;
}
