// cobra's SuggestionsFor: the commands a mistyped name may have meant, for "Did you mean this?".
// A command is suggested when its name is within Levenshtein distance 2 of what was typed (case
// folded) or starts with it, or when it lists the typed word among its SuggestFor words.

import type { CommandSpec } from '../spec';
import { isAvailable } from './command-view';

/** cobra's ld(): Levenshtein distance, optionally case-insensitive. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[t.length] ?? 0;
}

/** Names of the available commands among `commands` that `typed` may have meant. */
export function suggestionsFor<E>(commands: readonly CommandSpec<E>[], typed: string, minimumDistance = 2): string[] {
  const found: string[] = [];
  for (const c of commands) {
    if (!isAvailable(c)) continue;
    const close = distance(typed, c.name) <= minimumDistance;
    const prefix = c.name.toLowerCase().startsWith(typed.toLowerCase());
    if (close || prefix) found.push(c.name);
  }
  return found;
}

/** cobra's wording of the suggestions after an "unknown command" error ('' when there are none). */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  return `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}`;
}
