// sigs.k8s.io/yaml v1.3.0's JSONToYAML as crictl 1.26 prints YAML: the JSON read back as plain
// values, then written by gopkg.in/yaml.v2 v2.4.0 — mapping keys sorted, sequences not indented
// under their key, `[]`/`{}` for empty collections, strings that would read back as another
// type (numbers, booleans, null, timestamps) double-quoted, strings plain YAML cannot hold
// single-quoted, and long plain or single-quoted strings folded at spaces past column 80.

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

const BOOL_OR_NULL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF',
  'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '~', 'null', 'Null', 'NULL', '<<',
  '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN',
]);
const INT = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*)$/;
const FLOAT = /^[-+]?(?:[0-9][0-9_]*\.?[0-9_]*|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$|^[-+]?(?:inf|infinity|nan)$/i;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: \d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?))?$/;

/** yaml.v2 resolve(): would this plain text read back as something else than a string? */
function resolvesToNonString(s: string): boolean {
  if (s === '' || BOOL_OR_NULL.has(s)) return true;
  const hint = s[0] ?? '';
  if (!/[-+.0-9]/.test(hint)) return false;
  // isBase60Float: `1:30` would read back as a sexagesimal number in YAML 1.1.
  if (/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s)) return true;
  return INT.test(s) || (FLOAT.test(s) && /[0-9]|inf|nan/i.test(s)) || (/[0-9]/.test(hint) && TIMESTAMP.test(s));
}

/** yaml_emitter_analyze_scalar, reduced to what block context asks: may it be plain? */
function plainAllowed(s: string): boolean {
  if (s.startsWith('---') || s.startsWith('...')) return false;
  if (/^[ \t]|[ \t]$|[\n\r\u0085\u2028\u2029]/.test(s)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    const followedBySpace = i + 1 >= s.length || s[i + 1] === ' ' || s[i + 1] === '\t';
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) return false;
      if ((c === '?' || c === ':' || c === '-') && followedBySpace) return false;
    } else {
      if (c === ':' && followedBySpace) return false;
      if (c === '#' && (s[i - 1] === ' ' || s[i - 1] === '\t')) return false;
    }
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(c)) return false;
  }
  return true;
}

/** Writes `text` from `column`, folding at single spaces once past the best width. */
function folded(text: string, column: number, indent: number, open: string, close: string): string {
  let out = open;
  let col = column + open.length;
  let spaces = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === ' ') {
      const last = i === text.length - 1;
      if (!spaces && col > BEST_WIDTH && i !== 0 && !last && text[i + 1] !== ' ') {
        out += `\n${' '.repeat(indent)}`;
        col = indent;
      } else {
        out += c;
        col++;
      }
      spaces = true;
    } else {
      out += c;
      col++;
      spaces = false;
    }
  }
  return out + close;
}

/** yaml.v2's double-quoted escapes. */
function doubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** One string scalar written at `column`, continuation lines at `indent`. */
function scalar(s: string, column: number, indent: number): string {
  if (resolvesToNonString(s)) return doubleQuoted(s);
  if (s.includes('\n')) {
    const body = s.replace(/\n$/, '');
    const chomp = s.endsWith('\n') ? '' : '-';
    return `|${chomp}\n${body
      .split('\n')
      .map((l) => (l === '' ? '' : `${' '.repeat(indent)}${l}`))
      .join('\n')}`;
  }
  if (plainAllowed(s)) return folded(s, column, indent, '', '');
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s)) return folded(s.replace(/'/g, "''"), column, indent, "'", "'");
  return doubleQuoted(s);
}

function isEmptyCollection(v: unknown): boolean {
  return (Array.isArray(v) && v.length === 0) || (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);
}

function leaf(v: unknown, column: number, indent: number): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return '[]';
  if (typeof v === 'object') return '{}';
  return scalar(String(v), column, indent);
}

/** A block node whose first line starts at `column` (after "key: " or "- "), nested at `indent`. */
function node(v: unknown, indent: number, column: number): string {
  if (Array.isArray(v) && v.length > 0) {
    return v.map((item, i) => `${i === 0 ? '' : ' '.repeat(indent)}- ${node(item, indent + BEST_INDENT, indent + 2)}`).join('');
  }
  if (v !== null && typeof v === 'object' && !isEmptyCollection(v)) {
    const o = v as Record<string, unknown>;
    return Object.keys(o)
      .sort()
      .map((k, i) => {
        const pad = i === 0 ? '' : ' '.repeat(indent);
        const value = o[k];
        const key = scalar(k, i === 0 ? column : indent, indent + BEST_INDENT);
        if (Array.isArray(value) && value.length > 0) return `${pad}${key}:\n${' '.repeat(indent)}${node(value, indent, indent)}`;
        if (value !== null && typeof value === 'object' && !isEmptyCollection(value)) {
          return `${pad}${key}:\n${' '.repeat(indent + BEST_INDENT)}${node(value, indent + BEST_INDENT, indent + BEST_INDENT)}`;
        }
        const start = (i === 0 ? column : indent) + key.length + 2;
        return `${pad}${key}: ${leaf(value, start, indent + BEST_INDENT)}\n`;
      })
      .join('');
  }
  return `${leaf(v, column, indent)}\n`;
}

/** JSONToYAML(json): the YAML text, ending in a newline. */
export function jsonToYaml(json: string): string {
  return node(JSON.parse(json), 0, 0);
}
