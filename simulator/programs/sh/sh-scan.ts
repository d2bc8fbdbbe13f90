// Where the nested forms of a word end, for the tokenizer (sh-parse.ts) and for expansion
// (sh-expand.ts): a `$(…)` whose command holds quotes and parentheses of its own, a `${…}`
// whose operand holds spaces or quotes, a backquoted command. ash's parser reads these
// recursively (readtoken1's parsesub/parsebackq); a quote inside them does not end the word.

/** Index just past the quoted string starting at `i` ('…' or "…", with $(…) inside the latter). */
function quotedEnd(s: string, i: number): number {
  if (s[i] === "'") {
    const end = s.indexOf("'", i + 1);
    return end < 0 ? s.length : end + 1;
  }
  let k = i + 1;
  while (k < s.length && s[k] !== '"') {
    if (s[k] === '\\') k += 2;
    else if (s[k] === '$' && (s[k + 1] === '(' || s[k + 1] === '{')) k = nestedEnd(s, k);
    else if (s[k] === '`') k = backquoteEnd(s, k);
    else k++;
  }
  return Math.min(k + 1, s.length);
}

/** Index just past the `$(…)` or `${…}` starting at `i` (the `$`); the string's length when it never closes. */
export function nestedEnd(s: string, i: number): number {
  const open = s[i + 1] ?? '(';
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  let k = i + 1;
  while (k < s.length) {
    const c = s[k];
    if (c === '\\') k += 2;
    else if (c === "'" && open === '(') k = quotedEnd(s, k);
    else if (c === '"') k = quotedEnd(s, k);
    else if (c === '`') k = backquoteEnd(s, k);
    else if (c === '$' && (s[k + 1] === '(' || s[k + 1] === '{') && k > i + 1) k = nestedEnd(s, k);
    else {
      if (c === open) depth++;
      else if (c === close && --depth === 0) return k + 1;
      k++;
    }
  }
  return s.length;
}

/** Index just past the backquoted command starting at `i`. */
export function backquoteEnd(s: string, i: number): number {
  let k = i + 1;
  while (k < s.length && s[k] !== '`') k += s[k] === '\\' ? 2 : 1;
  return Math.min(k + 1, s.length);
}
