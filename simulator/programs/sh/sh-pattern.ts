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
    } else if (ch === '[' && bracketEnd(raw, i) > 0) {
      const end = bracketEnd(raw, i);
      const body = raw.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      re += `[${negated ? '^' : ''}${bracketBody(negated ? body.slice(1) : body)}]`;
      i = end + 1;
    } else {
      literal(ch);
      i++;
    }
  }
  return re;
}

/** The POSIX character classes a bracket expression may name, as RegExp class text. */
const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: '0-9a-zA-Z', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', xdigit: '0-9A-Fa-f', punct: '!-\\/:-@\\[-`{-~', cntrl: '\\x00-\\x1f\\x7f', print: ' -~', graph: '!-~',
};

/** Where the `]` closing the bracket expression at `i` is (a first `]` and `[:class:]` are inside it), or -1. */
function bracketEnd(raw: string, i: number): number {
  let k = i + 1;
  if (raw[k] === '!' || raw[k] === '^') k++;
  if (raw[k] === ']') k++;
  for (; k < raw.length; k++) {
    if (raw[k] === '[' && raw[k + 1] === ':') {
      const close = raw.indexOf(':]', k + 2);
      if (close > 0) k = close + 1;
    } else if (raw[k] === ']') return k;
  }
  return -1;
}

/** A bracket expression's body as RegExp class text: classes expanded, RegExp specials escaped. */
function bracketBody(body: string): string {
  let out = '';
  for (let k = 0; k < body.length; k++) {
    const cls = body[k] === '[' && body[k + 1] === ':' ? /^\[:([a-z]+):\]/.exec(body.slice(k)) : null;
    if (cls) {
      out += CLASSES[cls[1] ?? ''] ?? '';
      k += cls[0].length - 1;
    } else out += /[\\\]\[^]/.test(body[k] ?? '') ? `\\${body[k]}` : body[k];
  }
  return out;
}
