// Recognises the commonest terminal line, `ctr i ls`-like: one simple command whose words are
// all literal, so bash would pass them on exactly as written. The session runs such a line
// without the shell interpreter. Anything a shell would interpret (pipes, redirections,
// substitutions, variables, globs, braces, `~`, comments, escapes, assignments, history `!`)
// makes the line not literal, and the shell runs it as usual. One pipeline is recognised too,
// the notes' way of handing a password to a login: `echo <literal words> | <literal command>`.

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

/**
 * `echo WORDS | COMMAND…` with literal words on both sides: what echo writes (its words, a
 * space between, a newline after) and the command's words; undefined for anything else. An
 * argument of echo starting with `-` could be one of its options (-n, -e, -E), so such a line
 * is left to the shell, as is any other pipe (`||`, `|&`, a third stage).
 */
export function literalEchoPipe(line: string): { echoed: string; words: string[] } | undefined {
  const bar = loneUnquotedBar(line);
  if (bar === undefined) return undefined;
  const left = literalWords(line.slice(0, bar));
  const words = literalWords(line.slice(bar + 1));
  if (!left || !words || left[0] !== 'echo' || left.slice(1).some((w) => w.startsWith('-'))) return undefined;
  return { echoed: `${left.slice(1).join(' ')}\n`, words };
}

/** The index of the line's only `|` outside quotes, when it is a plain pipe. */
function loneUnquotedBar(line: string): number | undefined {
  let found: number | undefined;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '|') {
      if (found !== undefined || line[i + 1] === '|' || line[i + 1] === '&') return undefined;
      found = i;
    }
  }
  return found;
}
