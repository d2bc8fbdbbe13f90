// `case … esac` at run time: the subject is expanded without field splitting, each pattern is
// a shell glob (`*`, `?`, `[…]`; quoted characters match themselves), and the first item whose
// pattern matches runs (busybox ash shell/ash.c evalcase, which uses pmatch).

import { expandWord, type ExpandScope } from './sh-expand';
import type { CaseCommand } from './sh-parse';

/** A glob as a RegExp; characters that came from quotes or backslashes match literally. */
function globToRegExp(raw: string): RegExp {
  let re = '';
  let i = 0;
  const literal = (text: string): void => {
    re += text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  };
  while (i < raw.length) {
    const ch = raw[i] ?? '';
    if (ch === '\\') {
      literal(raw[i + 1] ?? '');
      i += 2;
    } else if (ch === "'") {
      const end = raw.indexOf("'", i + 1);
      literal(raw.slice(i + 1, end < 0 ? raw.length : end));
      i = end < 0 ? raw.length : end + 1;
    } else if (ch === '"') {
      const end = raw.indexOf('"', i + 1);
      literal(raw.slice(i + 1, end < 0 ? raw.length : end));
      i = end < 0 ? raw.length : end + 1;
    } else if (ch === '*') {
      re += '[\\s\\S]*';
      i++;
    } else if (ch === '?') {
      re += '[\\s\\S]';
      i++;
    } else if (ch === '[' && raw.indexOf(']', i + 2) > 0) {
      const end = raw.indexOf(']', i + 2);
      const body = raw.slice(i + 1, end);
      re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = end + 1;
    } else {
      literal(ch);
      i++;
    }
  }
  return new RegExp(`^${re}$`);
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
