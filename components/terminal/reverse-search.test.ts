import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backspaceInSearch,
  searchLine,
  searchOlder,
  searchPrompt,
  startSearch,
  typeInSearch,
  type SearchState,
} from './reverse-search';

const HISTORY = ['ctr i pull nginx', 'ctr i ls', 'echo quiet', 'ctr c ls', 'ctr c ls', 'ctr t ls'];

function typed(query: string, history: readonly string[] = HISTORY): SearchState {
  let state = startSearch('draft');
  for (const char of query) state = typeInSearch(state, history, char);
  return state;
}

describe('reverse-i-search', () => {
  it('shows bash prompt text, and the failed form', () => {
    expect(searchPrompt(startSearch(''))).toBe("(reverse-i-search)`': ");
    expect(searchPrompt(typed('c ls'))).toBe("(reverse-i-search)`c ls': ");
    expect(searchPrompt(typed('zz'))).toBe("(failed reverse-i-search)`zz': ");
  });

  it('finds the newest line containing the query, cursor at the rightmost match', () => {
    const state = typed('ls');
    expect(searchLine(state, HISTORY)).toBe('ctr t ls');
    expect(state.offset).toBe(6);
    const c = typed('c l');
    expect(searchLine(c, HISTORY)).toBe('ctr c ls');
    expect(c.offset).toBe(4);
  });

  it('shows the original line until something matches', () => {
    expect(searchLine(startSearch('draft'), HISTORY)).toBe('draft');
  });

  it('Ctrl-R again goes to older matches, skipping identical lines, then fails', () => {
    let state = typed('c ls');
    expect(state.index).toBe(4);
    state = searchOlder(state, HISTORY, '');
    // index 3 is the same text as index 4: readline skips it, and nothing older matches.
    expect(state.index).toBe(4);
    expect(state.failed).toBe(true);
    expect(searchLine(state, HISTORY)).toBe('ctr c ls');
  });

  it('Ctrl-R walks through different matching lines', () => {
    let state = typed('ctr i');
    expect(searchLine(state, HISTORY)).toBe('ctr i ls');
    state = searchOlder(state, HISTORY, '');
    expect(searchLine(state, HISTORY)).toBe('ctr i pull nginx');
    expect(state.failed).toBe(false);
  });

  it('narrowing keeps the current line when it still matches', () => {
    let state = typed('qu');
    expect(searchLine(state, HISTORY)).toBe('echo quiet');
    state = typeInSearch(state, HISTORY, 'i');
    expect(searchLine(state, HISTORY)).toBe('echo quiet');
    state = typeInSearch(state, HISTORY, 'x');
    expect(state.failed).toBe(true);
    expect(searchLine(state, HISTORY)).toBe('echo quiet');
    state = backspaceInSearch(state, HISTORY);
    expect(state.failed).toBe(false);
    expect(state.query).toBe('qui');
  });

  it('Ctrl-R on an empty search reuses the last search string', () => {
    const state = searchOlder(startSearch(''), HISTORY, 'pull');
    expect(state.query).toBe('pull');
    expect(searchLine(state, HISTORY)).toBe('ctr i pull nginx');
  });

  it('a shown match always contains the query at the cursor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ') }), { maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 3 }),
        fc.nat(4),
        (history, query, again) => {
          let state = typed(query, history);
          for (let i = 0; i < again; i += 1) state = searchOlder(state, history, '');
          if (state.index === null || state.failed) return;
          const line = Array.from(history[state.index] ?? '');
          expect(line.slice(state.offset, state.offset + query.length).join('')).toBe(query);
        },
      ),
    );
  });
});
