// How GNU xargs (findutils 4.9.0) cuts its input into arguments (read_line, read_string in
// xargs.c): by default blanks and newlines separate, '…' and "…" group (never across a newline),
// a backslash escapes the next character, and a line ending in a blank runs on into the next
// for -L; with -I a whole line is one argument (leading blanks dropped); with -0 or -d only
// the delimiter separates and nothing is special.

export type Lines = { lines: string[][] } | { error: string };

function unmatched(quote: string): Lines {
  const kind = quote === "'" ? 'single' : 'double';
  return { error: `xargs: unmatched ${kind} quote; by default quotes are special to xargs unless you use the -0 option\n` };
}

/**
 * Default and -I input: logical lines of arguments. `wholeLines`: -I, a line is one argument.
 * `eof`: -E's logical end of input (an argument equal to it ends the input).
 */
export function quotedLines(data: string, wholeLines: boolean, eof?: string): Lines {
  const lines: string[][] = [];
  let line: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  let prevBlank = false;
  const endWord = (): boolean => {
    if (word === null) return false;
    if (eof !== undefined && word === eof) return true;
    line.push(word);
    word = null;
    return false;
  };
  for (let i = 0; i < data.length; i++) {
    const c = data[i] as string;
    if (quote !== null) {
      if (c === quote) quote = null;
      else if (c === '\n') return unmatched(quote);
      else word += c;
      continue;
    }
    const blank = c === ' ' || c === '\t';
    if (c === '\n') {
      if (endWord()) return { lines: finish(lines, line) };
      if (line.length > 0 && (wholeLines || !prevBlank)) {
        lines.push(line);
        line = [];
      }
      prevBlank = false;
      continue;
    }
    if (blank && (!wholeLines || word === null)) {
      if (!wholeLines && endWord()) return { lines: finish(lines, line) };
      prevBlank = true;
      continue;
    }
    prevBlank = false;
    if (c === '\\') {
      if (i + 1 < data.length) word = (word ?? '') + data[++i];
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else word = (word ?? '') + c;
  }
  if (quote !== null) return unmatched(quote);
  endWord();
  return { lines: finish(lines, line) };
}

function finish(lines: string[][], line: string[]): string[][] {
  if (line.length > 0) lines.push(line);
  return lines;
}

/** -0 and -d: one argument per delimited item, a final empty item dropped. */
export function delimitedItems(data: string, delim: string): string[] {
  if (data === '') return [];
  const items = data.split(delim);
  if (items[items.length - 1] === '') items.pop();
  return items;
}

const ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '0': '\0' };

/** -d's CHARACTER: one character or an escape (\n, \t, \0, \NNN octal, \xHH). */
export function delimiterOf(spec: string): string | undefined {
  if (spec.length === 1) return spec;
  if (!spec.startsWith('\\')) return undefined;
  const rest = spec.slice(1);
  if (rest.length === 1 && Object.hasOwn(ESCAPES, rest)) return ESCAPES[rest];
  if (/^x[0-9a-fA-F]{1,2}$/.test(rest)) return String.fromCharCode(parseInt(rest.slice(1), 16));
  if (/^[0-7]{1,3}$/.test(rest)) return String.fromCharCode(parseInt(rest, 8) & 0xff);
  return undefined;
}
