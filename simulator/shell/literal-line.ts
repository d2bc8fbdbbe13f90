// Recognises the commonest terminal line, `ctr i ls`-like: one simple command whose words are
// all literal, so bash would pass them on exactly as written. The session runs such a line
// without the shell interpreter. Anything a shell would interpret (pipes, redirections,
// substitutions, variables, globs, braces, `~`, comments, escapes, assignments, history `!`)
// makes the line not literal, and the shell runs it as usual.

/** Unquoted characters that bash never expands or treats as syntax. */
const PLAIN = /^[A-Za-z0-9_./:=@%+,-]$/;
/** Inside double quotes, these would expand or escape; they are not literal. */
const DOUBLE_QUOTED_SPECIAL = new Set(['$', '`', '\\', '!', '"']);

/**
 * The words of `line` when it is one simple command of literal words whose first word is a
 * plain, unquoted name without `=`; undefined for anything a shell must interpret.
 */
export function literalWords(line: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let firstQuoted = false;
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === ' ' || ch === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
      continue;
    }
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return undefined;
      const text = line.slice(i + 1, end);
      if (text.includes('\n') || text.includes('\r')) return undefined;
      if (words.length === 0) firstQuoted = true;
      word = (word ?? '') + text;
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (; j < line.length && line[j] !== '"'; j++) {
        const c = line[j] as string;
        if (DOUBLE_QUOTED_SPECIAL.has(c) || c === '\n' || c === '\r') return undefined;
        text += c;
      }
      if (j >= line.length) return undefined;
      if (words.length === 0) firstQuoted = true;
      word = (word ?? '') + text;
      i = j + 1;
      continue;
    }
    if (!PLAIN.test(ch)) return undefined;
    word = (word ?? '') + ch;
    i++;
  }
  if (word !== undefined) words.push(word);
  const name = words[0];
  // A quoted or `=`-holding first word could be an assignment or a keyword: leave it to bash.
  if (name === undefined || firstQuoted || name.includes('=')) return undefined;
  return words;
}
