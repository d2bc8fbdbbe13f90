// Ctrl-R: readline's reverse incremental search over the history, as a value that the controller
// keeps while the search runs. Pure: no screen, no session. Followed readline isearch.c
// (rl_reverse_search_history, _rl_isearch_dispatch, rl_display_search) for the prompt text,
// the search order and what ends a search.

export interface SearchState {
  /** What has been typed after Ctrl-R. */
  readonly query: string;
  /** History index of the line shown, or null while nothing matched yet. */
  readonly index: number | null;
  /** Code-point offset of the match in that line; the cursor sits there. */
  readonly offset: number;
  /** The last search failed: readline then says `(failed reverse-i-search)`. */
  readonly failed: boolean;
  /** The line being edited when Ctrl-R was pressed; Ctrl-G puts it back. */
  readonly original: string;
}

/** Ctrl-R pressed at a prompt. */
export function startSearch(original: string): SearchState {
  return { query: '', index: null, offset: 0, failed: false, original };
}

/** The rightmost match of `query` in history[at] or an older line, skipping `skip`'s text. */
function findOlder(
  history: readonly string[],
  query: string,
  at: number,
  skip: string | null,
): { index: number; offset: number } | null {
  for (let index = at; index >= 0; index -= 1) {
    const line = history[index] ?? '';
    // readline skips an older entry identical to the one already shown (isearch.c "skip over
    // lines identical to the one we just found").
    if (skip !== null && line === skip) continue;
    const unit = line.lastIndexOf(query);
    if (unit >= 0) return { index, offset: Array.from(line.slice(0, unit)).length };
  }
  return null;
}

/** A character typed into the search: narrows it, staying on the current line if it still matches. */
export function typeInSearch(state: SearchState, history: readonly string[], text: string): SearchState {
  const query = state.query + text;
  const from = state.index ?? history.length - 1;
  const found = findOlder(history, query, from, null);
  if (!found) return { ...state, query, failed: true };
  return { ...state, query, index: found.index, offset: found.offset, failed: false };
}

/** Backspace in the search: one character less, searched again from the newest line. */
export function backspaceInSearch(state: SearchState, history: readonly string[]): SearchState {
  const query = Array.from(state.query).slice(0, -1).join('');
  if (query === '') return { ...state, query, failed: false };
  const found = findOlder(history, query, history.length - 1, null);
  if (!found) return { ...state, query, failed: true };
  return { ...state, query, index: found.index, offset: found.offset, failed: false };
}

/**
 * Ctrl-R again: the next older line that matches. With an empty query it takes the last search
 * string, as readline does (isearch.c: "if the search string is empty, use the last one").
 */
export function searchOlder(state: SearchState, history: readonly string[], lastQuery: string): SearchState {
  const query = state.query === '' ? lastQuery : state.query;
  if (query === '') return state;
  if (state.query === '') return typeInSearch({ ...state, query: '' }, history, query);
  if (state.index === null) return { ...state, failed: true };
  const shown = history[state.index] ?? '';
  const found = findOlder(history, query, state.index - 1, shown);
  if (!found) return { ...state, failed: true };
  return { ...state, index: found.index, offset: found.offset, failed: false };
}

/** The line the search shows (and leaves in the editor when it ends). */
export function searchLine(state: SearchState, history: readonly string[]): string {
  return state.index === null ? state.original : (history[state.index] ?? '');
}

/** What the search shows in place of the prompt: bash's "(reverse-i-search)`q': ". */
export function searchPrompt(state: SearchState): string {
  return `(${state.failed ? 'failed ' : ''}reverse-i-search)\`${state.query}': `;
}
