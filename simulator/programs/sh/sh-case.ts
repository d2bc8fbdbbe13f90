// `case … esac` at run time: the subject is expanded without field splitting, each pattern is
// a shell glob (`*`, `?`, `[…]`; quoted characters match themselves), and the first item whose
// pattern matches runs (busybox ash shell/ash.c evalcase, which uses pmatch).

import { expandWord, type ExpandScope } from './sh-expand';
import { globSource } from './sh-pattern';
import type { CaseCommand } from './sh-parse';

/** A glob as a RegExp matching the whole subject. */
function globToRegExp(raw: string): RegExp {
  return new RegExp(`^${globSource(raw)}$`);
}

/** The body of the first item matching the subject, or undefined when none does. */
export function selectCaseItem(command: CaseCommand, scope: ExpandScope): CaseCommand['items'][number] | undefined {
  const subject = expandWord(`"${command.subject.replace(/^"|"$/g, '')}"`, scope).join(' ');
  for (const item of command.items) {
    for (const pattern of item.patterns) {
      // Parameters in a pattern are expanded; the glob characters they hold stay globs.
      const expanded = /\$/.test(pattern) ? expandWord(pattern, scope).join(' ') : pattern;
      if (globToRegExp(expanded).test(subject)) return item;
    }
  }
  return undefined;
}
