// A shell pattern (`*`, `?`, `[…]`, `[!…]`; quoted or backslashed characters match themselves)
// as the source of a RegExp, for `case` (sh-case.ts) and the ${v#…} ${v%…} ${v/…/…} forms
// (sh-param.ts): busybox ash's pmatch over the word as written.

export function globSource(raw: string): string {
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
  return re;
}
