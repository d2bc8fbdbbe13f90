// Performance marks for what a person feels: from Enter to the command's output and the next
// prompt painted on screen, and from navigation to the first prompt. They are User Timing
// entries (performance.mark / measure), so a browser bench (tests/bench/browser.ts) and the
// browser's own performance panel read the same numbers; nothing polls. Outside a browser
// (unit tests) the calls do nothing harmful: Node has the same API.

/** The measure of one command line: from Enter to its last output and new prompt painted. */
export const ENTER_TO_RENDER = 'ctrlab:enter-to-render';
/**
 * From Enter to the output and the new prompt in the terminal (parsed into its rows), the work
 * a line costs the page and the worker. The terminal paints at the next animation frame, so
 * ENTER_TO_RENDER adds the wait for that frame: 0-16.7 ms at 60 Hz, whatever the line did.
 */
export const ENTER_TO_OUTPUT = 'ctrlab:enter-to-output';
/** Marked once per page, when a terminal's first prompt is painted. */
export const FIRST_PROMPT = 'ctrlab:first-prompt';
/** Kept measures at most: a long session must not grow the timeline without end. */
const KEPT = 500;

let lines = 0;

function timeline(): Performance | undefined {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : undefined;
}

/** Marks Enter for a line; returns the mark's name for commandPainted. */
export function markEnter(): string | undefined {
  const t = timeline();
  if (!t) return undefined;
  const name = `ctrlab:enter:${++lines}`;
  t.mark(name);
  return name;
}

function measureFrom(t: Performance, name: string, enterMark: string, line: string): void {
  if (t.getEntriesByName(name, 'measure').length >= KEPT) t.clearMeasures(name);
  t.measure(name, { start: enterMark, detail: { line } });
}

/** The line's output and prompt are in the terminal, to be painted at the next frame. */
export function commandWritten(enterMark: string | undefined, line: string): void {
  const t = timeline();
  if (!t || enterMark === undefined || t.getEntriesByName(enterMark, 'mark').length === 0) return;
  measureFrom(t, ENTER_TO_OUTPUT, enterMark, line);
}

/** The line's output and prompt were painted: measures from its Enter mark, then drops the mark. */
export function commandPainted(enterMark: string | undefined, line: string): void {
  const t = timeline();
  if (!t || enterMark === undefined) return;
  measureFrom(t, ENTER_TO_RENDER, enterMark, line);
  t.clearMarks(enterMark);
}

/** The first prompt of the page was painted (later terminals and prompts leave it alone). */
export function firstPromptPainted(): void {
  const t = timeline();
  if (t && t.getEntriesByName(FIRST_PROMPT, 'mark').length === 0) t.mark(FIRST_PROMPT);
}
