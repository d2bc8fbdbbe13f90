// Go's json.Decoder reading one value from a file's bytes (encoding/json scanner.go and
// stream.go, Go 1.19): the syntax errors it reports, with their byte offset, and "unexpected
// EOF" when the file ends inside the value. Bytes after the first value are never read.
// Input is a binary string (one char per byte, the VFS's encoding); strings come out as UTF-8
// decoded text (invalid sequences as U+FFFD, as Go).

import { goQuote } from './quote';
import { binaryToText } from '../host/vfs';
import type { GoJsonValue } from './json-value';

/** A *json.SyntaxError: `msg`, and how many bytes the scanner had read (the bad one included). */
export class GoJsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** io.ErrUnexpectedEOF: the input ended inside the value. */
export class GoUnexpectedEof extends Error {
  constructor() {
    super('unexpected EOF');
  }
}

/** scanner.go quoteChar: how an unexpected byte is named in a syntax error. */
function quoteChar(byte: number): string {
  if (byte === 0x27) return "'\\''";
  if (byte === 0x22) return `'"'`;
  // Go converts the byte to the rune of the same number before quoting it.
  if (byte >= 0x80) {
    const printable = byte >= 0xa1 && byte !== 0xad;
    return printable ? `'${String.fromCharCode(byte)}'` : `'\\u${byte.toString(16).padStart(4, '0')}'`;
  }
  const q = goQuote(String.fromCharCode(byte));
  return `'${q.slice(1, -1)}'`;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** Reads the first JSON value of `bytes` as json.Decoder.Decode does. */
export function scanGoJson(bytes: string): GoJsonValue {
  let i = 0;
  const at = () => (i < bytes.length ? bytes.charCodeAt(i) : -1);
  const fail = (context: string): never => {
    if (i >= bytes.length) throw new GoUnexpectedEof();
    throw new GoJsonSyntaxError(`invalid character ${quoteChar(at())} ${context}`, i + 1);
  };
  const skipSpace = () => {
    while (i < bytes.length && isSpace(bytes.charCodeAt(i))) i++;
  };

  const literal = (word: string, value: GoJsonValue): GoJsonValue => {
    i++;
    for (let k = 1; k < word.length; k++) {
      if (at() !== word.charCodeAt(k)) fail(`in literal ${word} (expecting '${word[k]}')`);
      i++;
    }
    return value;
  };

  const number = (topLevel: boolean): GoJsonValue => {
    const start = i;
    if (at() === 0x2d) {
      i++;
      if (!isDigit(at())) fail('in numeric literal');
    }
    if (at() === 0x30) i++;
    else while (isDigit(at())) i++;
    if (at() === 0x2e) {
      i++;
      if (!isDigit(at())) fail('after decimal point in numeric literal');
      while (isDigit(at())) i++;
    }
    if (at() === 0x65 || at() === 0x45) {
      i++;
      if (at() === 0x2b || at() === 0x2d) i++;
      if (!isDigit(at())) fail('in exponent of numeric literal');
      while (isDigit(at())) i++;
    }
    // Inside an array or object, a number at the very end of the input leaves the value
    // unfinished; a number alone is complete there (Decoder.readValue steps a space at EOF).
    if (i >= bytes.length && !topLevel) throw new GoUnexpectedEof();
    return { kind: 'number', literal: bytes.slice(start, i) };
  };

  const string = (): string => {
    i++;
    let out = '';
    let run = '';
    const flush = () => {
      out += binaryToText(run);
      run = '';
    };
    for (;;) {
      const c = at();
      if (c < 0) throw new GoUnexpectedEof();
      if (c === 0x22) {
        i++;
        flush();
        return out;
      }
      if (c < 0x20) fail('in string literal');
      if (c !== 0x5c) {
        run += bytes[i];
        i++;
        continue;
      }
      i++;
      const e = at();
      const simple: Record<number, string> = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };
      if (simple[e] !== undefined) {
        flush();
        out += simple[e];
        i++;
        continue;
      }
      if (e !== 0x75) fail('in string escape code');
      i++;
      let hex = '';
      for (let k = 0; k < 4; k++) {
        if (!isHex(at())) fail('in \\u hexadecimal character escape');
        hex += bytes[i];
        i++;
      }
      flush();
      out += String.fromCharCode(parseInt(hex, 16));
    }
  };

  // Containers are parsed with an explicit stack (no recursion), so any depth Go accepts
  // works; like Go's scanner, more than 10000 open at once is a syntax error.
  type Frame =
    | { kind: 'object'; entries: Array<[string, GoJsonValue]>; key: string }
    | { kind: 'array'; items: GoJsonValue[] };
  const MAX_DEPTH = 10_000;

  const value = (): GoJsonValue => {
    const stack: Frame[] = [];
    let done: GoJsonValue | undefined;
    // Reads a value's start: a scalar, or opens a container (returns undefined then).
    const begin = (): GoJsonValue | undefined => {
      skipSpace();
      const c = at();
      if (c === 0x7b || c === 0x5b) {
        if (stack.length >= MAX_DEPTH) fail('exceeded max depth');
        i++;
        skipSpace();
        if (c === 0x7b) {
          if (at() === 0x7d) {
            i++;
            return { kind: 'object', entries: [] };
          }
          stack.push({ kind: 'object', entries: [], key: objectKey() });
        } else {
          if (at() === 0x5d) {
            i++;
            return { kind: 'array', items: [] };
          }
          stack.push({ kind: 'array', items: [] });
        }
        return undefined;
      }
      if (c === 0x22) return { kind: 'string', value: string() };
      if (c === 0x2d || isDigit(c)) return number(stack.length === 0);
      if (c === 0x74) return literal('true', { kind: 'bool', value: true });
      if (c === 0x66) return literal('false', { kind: 'bool', value: false });
      if (c === 0x6e) return literal('null', { kind: 'null' });
      return fail('looking for beginning of value');
    };
    const objectKey = (): string => {
      skipSpace();
      if (at() !== 0x22) fail('looking for beginning of object key string');
      const key = string();
      skipSpace();
      if (at() !== 0x3a) fail('after object key');
      i++;
      return key;
    };
    let current = begin();
    for (;;) {
      // A finished value goes into the innermost open container, which may then close.
      while (current !== undefined) {
        const top = stack[stack.length - 1];
        if (!top) {
          done = current;
          break;
        }
        if (top.kind === 'object') top.entries.push([top.key, current]);
        else top.items.push(current);
        current = undefined;
        skipSpace();
        const c = at();
        if (c === 0x2c) {
          i++;
          if (top.kind === 'object') top.key = objectKey();
          break;
        }
        if ((top.kind === 'object' && c === 0x7d) || (top.kind === 'array' && c === 0x5d)) {
          i++;
          stack.pop();
          current = top.kind === 'object' ? { kind: 'object', entries: top.entries } : { kind: 'array', items: top.items };
          continue;
        }
        fail(top.kind === 'object' ? 'after object key:value pair' : 'after array element');
      }
      if (done !== undefined) return done;
      current = begin();
    }
  };

  return value();
}
