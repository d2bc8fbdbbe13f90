// What Tab does with the candidates the session offers, the way bash's readline does it:
// one candidate completes the word (and adds a space), several complete their common prefix,
// and a second Tab lists them.

export interface CompletionResult {
  /** Replace the last `count` code points before the cursor with `text`; absent: no change. */
  replace?: { count: number; text: string };
  /** Candidates to list on a second Tab, as the user should see them. */
  listing: string[];
}

function commonPrefix(values: readonly string[]): string {
  if (values.length === 0) return '';
  let prefix = values[0] ?? '';
  for (const value of values) {
    while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

/** The word the cursor is in: everything after the last blank. */
function currentWord(lineBeforeCursor: string): string {
  return /\S*$/.exec(lineBeforeCursor)?.[0] ?? '';
}

/**
 * Candidates are words that replace the word before the cursor. A session may also return whole
 * lines (each starting with the full line typed so far); those replace the whole line.
 */
export function completeLine(lineBeforeCursor: string, candidates: readonly string[]): CompletionResult {
  const unique = [...new Set(candidates)].filter((candidate) => candidate !== '');
  if (unique.length === 0) return { listing: [] };
  const word = currentWord(lineBeforeCursor);
  const wholeLines =
    word !== lineBeforeCursor && unique.every((candidate) => candidate.startsWith(lineBeforeCursor));
  const base = wholeLines ? lineBeforeCursor : word;
  const count = Array.from(base).length;
  const listing = wholeLines ? unique.map((candidate) => currentWord(candidate)) : unique;
  if (unique.length === 1) {
    const only = unique[0] ?? '';
    const text = /[/=]$/.test(only) ? only : `${only} `;
    return { replace: { count, text }, listing };
  }
  const prefix = commonPrefix(unique);
  if (prefix.length > base.length && prefix.startsWith(base)) {
    return { replace: { count, text: prefix }, listing };
  }
  return { listing: [...listing].sort() };
}
