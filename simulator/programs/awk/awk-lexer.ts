// busybox 1.35 awk's tokens (editors/awk.c next_token): numbers through my_strtod, strings with
// C escapes, /regex/ literals where an operand may start, names (a name right before `(` is a
// function call), keywords and builtins, operators longest first, `#` comments and `\` line
// joins. A newline is a token; the parser drops it where awk ignores it.

import { AwkError, strtod } from './awk-values';

type TokenKind = 'num' | 'str' | 'ere' | 'name' | 'funcname' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  /** The value of a number. */
  n?: number;
  line: number;
}

const KEYWORDS = new Set(['BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'nextfile', 'exit', 'return', 'delete', 'getline', 'print', 'printf', 'in']);
const BUILTINS = new Set([
  'length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2',
  'rand', 'srand', 'system', 'close', 'fflush', 'and', 'or', 'xor', 'compl', 'lshift', 'rshift', 'gensub', 'systime', 'strftime', 'mktime',
]);
const OPERATORS = ['**=', '&&', '||', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '^=', '**', '++', '--', '>>', '!~',
  '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];

/** After these a `/` divides; elsewhere it starts a regular expression. */
function endsOperand(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num' || t.kind === 'str' || t.kind === 'ere' || t.kind === 'name') return true;
  if (t.kind === 'builtin') return t.text === 'length';
  if (t.kind === 'kw') return t.text === 'getline';
  return t.kind === 'op' && (t.text === ')' || t.text === ']' || t.text === '$' || t.text === '++' || t.text === '--');
}

/** bb_process_escape_sequence after a backslash at s[i]: the char and the index after the escape, or undefined. */
function escape(s: string, i: number): { ch: string; next: number } | undefined {
  const c = s[i] ?? '';
  const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  if (c in simple) return { ch: simple[c] ?? '', next: i + 1 };
  const oct = /^[0-7]{1,3}/.exec(s.slice(i));
  if (oct) return { ch: String.fromCharCode(parseInt(oct[0], 8) & 0xff), next: i + oct[0].length };
  const hex = /^x([0-9a-fA-F]{1,2})/.exec(s.slice(i));
  if (hex) return { ch: String.fromCharCode(parseInt(hex[1] ?? '0', 16)), next: i + hex[0].length };
  return undefined;
}

/** unescape_string_in_place / nextchar: C escapes become their chars, others keep the backslash. */
export function unescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i + 1 >= s.length) {
      out += s[i];
      continue;
    }
    const e = escape(s, i + 1);
    if (e) {
      out += e.ch;
      i = e.next - 1;
    } else out += '\\';
  }
  return out;
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const push = (kind: TokenKind, text: string, n?: number) => tokens.push({ kind, text, line, ...(n === undefined ? {} : { n }) });
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\r' && src[i + 2] === '\n') {
      i += 3;
      line++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      push('nl', '\n');
      line++;
      i++;
      continue;
    }
    if (c === '"') {
      let text = '';
      i++;
      for (;;) {
        const ch = src[i];
        if (ch === undefined || ch === '\n') throw new AwkError('Unexpected end of string', false, line);
        if (ch === '"') break;
        if (ch === '\\' && i + 1 < src.length) {
          const e = escape(src, i + 1);
          if (e) {
            text += e.ch;
            i = e.next;
          } else {
            // nextchar: an unknown escape is the char itself (`\"` is `"`, `\/` is `/`).
            text += src[i + 1] === '\n' ? '' : src[i + 1];
            i += 2;
          }
          continue;
        }
        text += ch;
        i++;
      }
      i++;
      push('str', text);
      continue;
    }
    if (c === '/' && !endsOperand(tokens.at(-1))) {
      let text = '';
      i++;
      for (;;) {
        const ch = src[i];
        if (ch === undefined || ch === '\n') throw new AwkError('Unexpected end of string', false, line);
        if (ch === '/') break;
        if (ch === '\\') {
          const e = escape(src, i + 1);
          if (src[i + 1] === '\\') {
            text += '\\\\';
            i += 2;
          } else if (e) {
            text += e.ch;
            i = e.next;
          } else {
            text += `\\${src[i + 1] ?? ''}`;
            i += 2;
          }
          continue;
        }
        text += ch;
        i++;
      }
      i++;
      push('ere', text);
      continue;
    }
    if (c === '.' || /[0-9]/.test(c)) {
      const { n, end } = strtod(src.slice(i));
      if (end === 0 || src[i + end] === '.') throw new AwkError('Unexpected token', false, line);
      push('num', src.slice(i, i + end), n);
      i += end;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
      const word = m?.[0] ?? c;
      i += word.length;
      if (KEYWORDS.has(word)) push('kw', word === 'func' ? 'function' : word);
      else if (BUILTINS.has(word)) push('builtin', word);
      else if (src[i] === '(') push('funcname', word);
      else push('name', word);
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkError('Unexpected token', false, line);
    push('op', op);
    i += op.length;
  }
  push('eof', '');
  return tokens;
}
