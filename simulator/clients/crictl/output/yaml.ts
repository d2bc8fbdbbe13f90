// sigs.k8s.io/yaml v1.3.0's JSONToYAML as crictl's -o yaml uses it (cmd/crictl/util.go:200-212
// @v1.26.0): the JSON is read back as YAML by gopkg.in/yaml.v2 v2.4.0 into plain maps, which
// yaml.v2 then writes with its map keys sorted (sorter.go: non-letters before letters, digit
// runs by value), sequences not indented under their key, and strings that would read back as
// something else (numbers, booleans, null, timestamps) double-quoted. Other strings that
// cannot be plain are single-quoted by the emitter; strings with a newline use the literal
// style; long plain strings fold at 80 columns.

import { Document, isScalar, visit } from 'yaml';
import { goJsonDecode, GoJsonNumber, type GoJsonValue } from './go-json';

const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** yaml.v2 sorter.go keyList.Less for two string keys. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i] ?? '';
    const y = br[i] ?? '';
    if (x === y) continue;
    const al = isLetter(x);
    const bl = isLetter(y);
    if (al && bl) return x < y;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (x === '0' || y === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j] ?? ''); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai] ?? ''); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi] ?? ''); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return x < y;
  }
  return ar.length < br.length;
}

const YAML11_SPECIAL = new Set(
  '~ null Null NULL y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF .nan .NaN .NAN'.split(' '),
);

/** True when yaml.v2's resolve() gives a plain `s` a tag other than !!str (encode.go stringv). */
export function resolvesAsNonString(s: string): boolean {
  if (s === '' || YAML11_SPECIAL.has(s)) return true;
  if (/^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9][0-9_]*)$/.test(s)) return true;
  if (/^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/.test(s)) return true;
  if (/^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return true;
  if (/^\d{4}-\d\d?-\d\d?$/.test(s)) return true;
  if (/^\d{4}-\d\d?-\d\d?([Tt]|[ \t]+)\d\d?:\d\d:\d\d(\.\d*)?([ \t]*(Z|[-+]\d\d?(:\d\d)?))?$/.test(s)) return true;
  return false;
}

/** Decoded JSON → plain values for the `yaml` package; numbers stay numbers. */
function plain(v: GoJsonValue): unknown {
  if (v instanceof GoJsonNumber) return Number(v.text);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
    return Object.fromEntries(keys.map((k) => [k, plain(v[k] ?? null)]));
  }
  return v;
}

/** JSONToYAML's output for JSON text (ends with a newline, as yaml.Marshal's does). */
export function jsonToYaml(json: string): string {
  const doc = new Document(plain(goJsonDecode(json)));
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node) || typeof node.value !== 'string') return;
      const v = node.value;
      // libyaml's is_printable leaves out tabs and other controls, which then allow neither
      // plain, quoted nor block styles; a space before a line break or at the end rules out
      // the block style too (emitterc.go yaml_emitter_analyze_scalar).
      const special = /[\u0000-\u0009\u000b-\u001f\u007f]/.test(v);
      if (resolvesAsNonString(v) || special) node.type = 'QUOTE_DOUBLE';
      else if (v.includes('\n')) node.type = / \n|[ ]$/.test(v) ? 'QUOTE_DOUBLE' : 'BLOCK_LITERAL';
    },
  });
  return foldLines(doc.toString({ indentSeq: false, lineWidth: 0, singleQuote: true, nullStr: 'null' }));
}

/** libyaml's best_width: yaml.v2 wraps unless FutureLineWrap() was called, which nothing in crictl does. */
const BEST_WIDTH = 80;

/**
 * yaml.v2's line folding of plain and single-quoted scalars (emitterc.go
 * write_plain_scalar / write_single_quoted_scalar): at a single space met once the line is
 * already past column 80, a line break and the scalar's indentation (its key's column plus 2)
 * replace the space. Literal blocks and double-quoted scalars are left as they are.
 */
function foldLines(text: string): string {
  const out: string[] = [];
  let literalIndent = -1;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    if (literalIndent >= 0 && (line.trim() === '' || lead >= literalIndent)) {
      out.push(line);
      continue;
    }
    literalIndent = -1;
    const m = /^((?: *- )*)( *)((?:[^'"\s:][^:]*?|'(?:[^']|'')*'):(?= ))? ?(.*)$/.exec(line);
    const value = m?.[4] ?? '';
    if (/^[|>][-+]?$/.test(value)) literalIndent = lead + 1;
    if (!m || line.length <= BEST_WIDTH + 1 || value.startsWith('"') || /^[|>]/.test(value)) {
      out.push(line);
      continue;
    }
    const keyColumn = (m[1] ?? '').length + (m[2] ?? '').length;
    const indent = ' '.repeat(keyColumn + 2);
    const quoted = value.startsWith("'");
    const start = line.length - value.length;
    let current = line.slice(0, start);
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] ?? '';
      const next = value[i + 1] ?? '';
      const prev = value[i - 1] ?? '';
      const inside = !quoted || (i > 1 && i < value.length - 2);
      if (ch === ' ' && prev !== ' ' && next !== ' ' && next !== '' && inside && current.length > BEST_WIDTH) {
        out.push(current);
        current = indent;
        continue;
      }
      current += ch;
    }
    out.push(current);
  }
  return out.join('\n');
}
