// The pieces of Go's encoding/json that crictl's printing goes through (cmd/crictl/util.go
// @v1.26.0): a string as json.Marshal escapes it, json.Indent's reformatting of JSON text
// (whitespace dropped, `{}`/`[]` kept compact, every other token copied verbatim), and
// json.Marshal of a value decoded into interface{} (map keys sorted, compact).

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The characters goJsonString escapes; a string without any is copied as it is. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f<>&\u2028\u2029]/;

/** encoding/json's string encoding with HTML escaping on (the default). */
export function goJsonString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const short = SHORT_ESCAPES[ch];
    if (short) out += short;
    else if (ch < ' ' || ch === '<' || ch === '>' || ch === '&' || ch === '\u2028' || ch === '\u2029') {
      out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Thrown for text that is not JSON (the message is Go's scanner error, roughly). */
export class GoJsonSyntaxError extends Error {}

/**
 * json.Indent(dst, src, "", indent): the tokens of `src` re-spaced. Strings and numbers keep
 * their exact text. Throws GoJsonSyntaxError for text that does not scan as JSON.
 */
export function goJsonIndent(src: string, indent: string): string {
  return indentPlainJson(src, indent) ?? indentTokens(src, indent);
}

/** Whitespace as JSON has it (the token scanner below also skips other \s; that text bails). */
function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The characters a number or literal token may hold. */
const SCALAR_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * goJsonIndent for text of plain tokens and JSON whitespace, walked a character at a time
 * (the token regex costs far more on the long strings of a runtime spec); the same output as
 * indentTokens. Undefined for anything else, which indentTokens then indents or rejects.
 */
function indentPlainJson(src: string, indent: string): string | undefined {
  let out = '';
  let depth = 0;
  let needIndent = false;
  const end = src.length;
  let pos = 0;
  while (pos < end) {
    const c = src.charCodeAt(pos);
    if (isJsonSpace(c)) {
      pos++;
      continue;
    }
    let tokenEnd: number;
    if (c === 0x22) {
      tokenEnd = pos + 1;
      for (;;) {
        if (tokenEnd >= end) return undefined;
        const d = src.charCodeAt(tokenEnd);
        if (d === 0x22) break;
        if (d < 0x20) return undefined;
        if (d === 0x5c) {
          const e = src[tokenEnd + 1] ?? '';
          if (e === 'u') {
            HEX4.lastIndex = tokenEnd + 2;
            if (!HEX4.test(src)) return undefined;
            tokenEnd += 6;
          } else if ('"\\/bfnrt'.includes(e) && e !== '') tokenEnd += 2;
          else return undefined;
        } else tokenEnd++;
      }
      tokenEnd++;
    } else if (c === 0x7b || c === 0x7d || c === 0x5b || c === 0x5d || c === 0x2c || c === 0x3a) tokenEnd = pos + 1;
    else {
      SCALAR_TOKEN.lastIndex = pos;
      if (!SCALAR_TOKEN.test(src)) return undefined;
      tokenEnd = SCALAR_TOKEN.lastIndex;
    }
    const isClose = c === 0x7d || c === 0x5d;
    if (needIndent && !isClose) {
      needIndent = false;
      depth++;
      out += `\n${indent.repeat(depth)}`;
    }
    if (c === 0x7b || c === 0x5b) {
      needIndent = true;
      out += src[pos];
    } else if (c === 0x2c) out += `,\n${indent.repeat(depth)}`;
    else if (c === 0x3a) out += ': ';
    else if (isClose) {
      if (needIndent) needIndent = false;
      else {
        depth--;
        out += `\n${indent.repeat(depth)}`;
      }
      out += src[pos];
    } else out += src.slice(pos, tokenEnd);
    pos = tokenEnd;
  }
  return out;
}

/** goJsonIndent by its token regex: any text, with the error for what does not scan. */
export function indentTokens(src: string, indent: string): string {
  let out = '';
  let depth = 0;
  let needIndent = false;
  const newline = () => {
    out += `\n${indent.repeat(depth)}`;
  };
  const tokenRe = /\s*("(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}[\],:])/y;
  const end = src.trimEnd().length;
  let pos = 0;
  while (pos < end) {
    tokenRe.lastIndex = pos;
    const m = tokenRe.exec(src);
    if (!m) throw new GoJsonSyntaxError(`invalid character ${JSON.stringify(src.slice(pos).trimStart()[0] ?? '')} looking for beginning of value`);
    pos = tokenRe.lastIndex;
    const tok = m[1] ?? '';
    if (needIndent && tok !== '}' && tok !== ']') {
      needIndent = false;
      depth++;
      newline();
    }
    if (tok === '{' || tok === '[') {
      needIndent = true;
      out += tok;
    } else if (tok === ',') {
      out += tok;
      newline();
    } else if (tok === ':') {
      out += ': ';
    } else if (tok === '}' || tok === ']') {
      if (needIndent) needIndent = false;
      else {
        depth--;
        newline();
      }
      out += tok;
    } else out += tok;
  }
  return out;
}

/** A decoded JSON value (json.Unmarshal into interface{}); numbers keep their text. */
export type GoJsonValue = null | boolean | string | GoJsonNumber | GoJsonValue[] | { [key: string]: GoJsonValue };

/** A JSON number as written (json.Number / float64 printed back: integers stay exact). */
export class GoJsonNumber {
  constructor(readonly text: string) {}
}

const SCALAR = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Decodes JSON text; numbers become GoJsonNumber. Throws GoJsonSyntaxError. */
export function goJsonDecode(text: string): GoJsonValue {
  let pos = 0;
  const ws = () => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos] ?? '')) pos++;
  };
  const fail = (): never => {
    throw new GoJsonSyntaxError(pos >= text.length ? 'unexpected end of JSON input' : `invalid character ${JSON.stringify(text[pos])} looking for beginning of value`);
  };
  const value = (): GoJsonValue => {
    ws();
    const ch = text[pos];
    if (ch === '{') {
      pos++;
      const obj: { [key: string]: GoJsonValue } = {};
      ws();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail();
        const key = value() as string;
        ws();
        if (text[pos] !== ':') fail();
        pos++;
        obj[key] = value();
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail();
      }
    }
    if (ch === '[') {
      pos++;
      const arr: GoJsonValue[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail();
      }
    }
    SCALAR.lastIndex = pos;
    const m = SCALAR.exec(text);
    if (!m) return fail();
    pos = SCALAR.lastIndex;
    const tok = m[0];
    if (tok.startsWith('"')) return JSON.parse(tok) as string;
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    if (tok === 'null') return null;
    return new GoJsonNumber(tok);
  };
  const v = value();
  ws();
  if (pos < text.length) throw new GoJsonSyntaxError(`invalid character ${JSON.stringify(text[pos])} after top-level value`);
  return v;
}

/** True when json.Unmarshal would accept `text`. */
export function isGoJson(text: string): boolean {
  // JSON.parse reads the grammar goJsonDecode reads (RFC 8259: the same tokens and the same
  // four whitespace characters), natively; goJsonDecode answers only what it rejects.
  try {
    JSON.parse(text);
    return true;
  } catch {
    // fall through: goJsonDecode's own verdict
  }
  try {
    goJsonDecode(text);
    return true;
  } catch (err) {
    if (err instanceof GoJsonSyntaxError) return false;
    throw err;
  }
}

/**
 * json.Marshal of a decoded value: map keys sorted, compact. Numbers decoded into float64
 * print back through strconv's shortest form, which for the integers CRI carries is the text.
 */
export function goJsonMarshal(v: GoJsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return goJsonString(v);
  if (v instanceof GoJsonNumber) return floatText(v.text);
  if (Array.isArray(v)) return `[${v.map(goJsonMarshal).join(',')}]`;
  const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${goJsonString(k)}:${goJsonMarshal(v[k] ?? null)}`).join(',')}}`;
}

/** A float64 as encoding/json writes it ('f' format below 1e21, else 'e'). */
function floatText(text: string): string {
  const n = Number(text);
  if (!Number.isFinite(n)) return text;
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return n.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(n).includes('e') ? n.toFixed(0) : String(n);
}
