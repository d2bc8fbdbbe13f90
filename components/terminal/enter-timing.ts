// Performance marks for what a person feels: from Enter to the command's output and the next
// prompt painted on screen, and from navigation to the first prompt. They are User Timing
// entries (performance.mark / measure), so a browser bench (tests/bench/browser.ts) and the
// browser's own performance panel read the same numbers; nothing polls. Outside a browser
// (unit tests) the calls do nothing harmful: Node has the same API.

/** The measure of one command line: from Enter to its last output and new prompt painted. */
export const ENTER_TO_RENDER = 'ctrlab:enter-to-render';
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

/** The line's output and prompt were painted: measures from its Enter mark, then drops the mark. */
export function commandPainted(enterMark: string | undefined, line: string): void {
  const t = timeline();
  if (!t || enterMark === undefined) return;
  if (t.getEntriesByName(ENTER_TO_RENDER, 'measure').length >= KEPT) t.clearMeasures(ENTER_TO_RENDER);
  t.measure(ENTER_TO_RENDER, { start: enterMark, detail: { line } });
  t.clearMarks(enterMark);
}

/** The first prompt of the page was painted (later terminals and prompts leave it alone). */
export function firstPromptPainted(): void {
  const t = timeline();
  if (t && t.getEntriesByName(FIRST_PROMPT, 'mark').length === 0) t.mark(FIRST_PROMPT);
}
