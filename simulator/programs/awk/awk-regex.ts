// POSIX regular expressions as glibc's regcomp reads them for awk, rewritten for JavaScript:
// extended syntax (REG_EXTENDED) for /literals/ and, when that fails on a dynamic string, basic
// syntax as busybox falls back to (editors/awk.c as_regex). Brackets with [:class:] and a
// leading `]`, backslash literal inside them, GNU's \< \> \w \s \b, `.` matching a newline,
// stacked repetitions (`a+?` is `(a+)?`), and glibc's complaints (regerror texts).

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: '0-9A-Za-z', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v', blank: ' \\t',
  xdigit: '0-9A-Fa-f', punct: '!-\\/:-@\\[-`{-~', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f',
};

const UNMATCHED_BRACKET = 'Unmatched [, [^, [:, [., or [=';
const BAD_REPEAT = 'Invalid preceding regular expression';

type Converted = { js: string } | { error: string };

function bracket(src: string, start: number): { js: string; end: number } | { error: string } {
  let i = start + 1;
  if (i >= src.length) return { error: 'Invalid regular expression' };
  let js = '[';
  if (src[i] === '^') {
    js += '^';
    i++;
  }
  let first = true;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === ']' && !first) return { js: `${js}]`, end: i + 1 };
    first = false;
    if (c === '[' && src[i + 1] === ':') {
      const close = src.indexOf(':]', i + 2);
      if (close < 0) return { error: UNMATCHED_BRACKET };
      const ranges = CLASSES[src.slice(i + 2, close)];
      if (ranges === undefined) return { error: 'Invalid character class name' };
      js += ranges;
      i = close + 2;
      continue;
    }
    if (c === '[' && (src[i + 1] === '.' || src[i + 1] === '=')) {
      const close = src.indexOf(`${src[i + 1]}]`, i + 2);
      if (close < 0) return { error: UNMATCHED_BRACKET };
      js += src.slice(i + 2, close).replace(/[\\\]^[-]/g, '\\$&');
      i = close + 2;
      continue;
    }
    js += c === '\\' || c === '[' || c === ']' || (c === '^' && js.length > 1) ? `\\${c}` : c;
    i++;
  }
  return { error: UNMATCHED_BRACKET };
}

/** Appends repetition `q` (`*`, `+`, `?` or an interval) to `js`, merging one that follows another. */
function repeat(js: string, q: string, atStart: boolean): string | undefined {
  if (atStart) return undefined;
  const last = js.at(-1) ?? '';
  const escaped = js.length >= 2 && js.at(-2) === '\\';
  if ('*+?'.includes(last) && !escaped && q.length === 1) {
    const merged = last === q ? q : last === '*' || q === '*' || (last === '+' && q === '?') || (last === '?' && q === '+') ? '*' : q;
    return js.slice(0, -1) + merged;
  }
  if ((last === '}' && !escaped) || ('*+?'.includes(last) && !escaped)) return `(?:${js})${q}`.replace(/^\(\?:\^/, '^(?:');
  return js + q;
}

/** The JavaScript source of a POSIX regex, or glibc's error text. */
function convert(src: string, extended: boolean): Converted {
  let js = '';
  const groups: number[] = [];
  /** Where the current branch starts in js (after `(`, `|`, `^`): a repetition there has nothing to repeat. */
  let branchStart = 0;
  const atStart = () => js.length === branchStart;
  for (let i = 0; i < src.length; i++) {
    let c = src[i] ?? '';
    let special = extended;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) return { error: 'Trailing backslash' };
      i++;
      if (!extended && '(){}|+?'.includes(n)) {
        c = n;
        special = true;
      } else {
        if ('wWsSbB'.includes(n)) js += `\\${n}`;
        else if (n === '<') js += '\\b(?=\\w)';
        else if (n === '>') js += '\\b(?<=\\w)';
        else if (n === '`') js += '(?<![\\s\\S])';
        else if (n === "'") js += '(?![\\s\\S])';
        else if (n === '\n') js += '\\n';
        else js += /[A-Za-z0-9]/.test(n) ? n : `\\${n}`;
        continue;
      }
    } else if (!extended && '(){}|+?'.includes(c)) special = false;
    if (c === '[') {
      const b = bracket(src, i);
      if ('error' in b) return b;
      js += b.js;
      i = b.end - 1;
    } else if (special && c === '(') {
      groups.push(js.length);
      js += '(';
      branchStart = js.length;
    } else if (special && c === ')') {
      if (groups.length === 0) js += '\\)';
      else {
        groups.pop();
        js += ')';
      }
    } else if (special && c === '|') {
      js += '|';
      branchStart = js.length;
    } else if (special && c === '{') {
      const close = extended ? '}' : '\\}';
      const end = src.indexOf(close, i + 1);
      const body = end < 0 ? '' : src.slice(i + 1, end);
      const m = /^(\d*)(,(\d*))?$/.exec(body);
      if (atStart()) return { error: BAD_REPEAT };
      if (end < 0 || !m || (m[1] === '' && m[2] === undefined)) return { error: extended ? 'Unmatched \\{' : 'Unmatched \\{' };
      const lo = m[1] === '' ? 0 : Number(m[1]);
      if (m[3] !== undefined && m[3] !== '' && Number(m[3]) < lo) return { error: 'Invalid content of \\{\\}' };
      const next = repeat(js, `{${lo}${m[2] === undefined ? '' : `,${m[3] ?? ''}`}}`, false);
      js = next ?? js;
      i = end + close.length - 1;
    } else if (special && (c === '*' || c === '+' || c === '?')) {
      if (atStart()) {
        if (extended) return { error: BAD_REPEAT };
        js += `\\${c}`;
      } else js = repeat(js, c, false) ?? js;
    } else if (!extended && c === '*' && atStart()) js += '\\*';
    else if (c === '*' && !extended) js = repeat(js, '*', false) ?? js;
    else if (c === '^') {
      js += '^';
      if (extended || atStart()) branchStart = js.length;
    } else if ('{}()|+?/.$'.includes(c) && !special && c !== '.' && c !== '$') js += `\\${c}`;
    else js += c === '/' ? '\\/' : c;
  }
  if (groups.length > 0) return { error: 'Unmatched ( or \\(' };
  return { js };
}

const cache = new Map<string, RegExp | string>();

/**
 * The regex of `src` (global, so callers can walk matches with lastIndex), or glibc's complaint.
 * `dynamic`: a string used as a regex, which gets basic syntax when extended fails.
 */
export function compileRegex(src: string, ignoreCase = false, dynamic = false): RegExp | string {
  const key = `${ignoreCase ? 'i' : '-'}${dynamic ? 'd' : '-'}${src}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let converted = convert(src, true);
  if ('error' in converted && dynamic) converted = convert(src, false);
  let result: RegExp | string;
  if ('error' in converted) result = converted.error;
  else {
    try {
      result = new RegExp(converted.js, `gs${ignoreCase ? 'i' : ''}`);
    } catch {
      result = 'Invalid regular expression';
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}

/** The first match of `re` in `s` from `from` (a `^` matches only at 0, as REG_NOTBOL would have it). */
export function execAt(re: RegExp, s: string, from = 0): { so: number; eo: number; groups: Array<string | undefined> } | undefined {
  re.lastIndex = from;
  const m = re.exec(s);
  if (!m) return undefined;
  return { so: m.index, eo: m.index + m[0].length, groups: [...m] };
}
