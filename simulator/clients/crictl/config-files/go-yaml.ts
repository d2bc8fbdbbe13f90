// The YAML half of apimachinery's YAMLOrJSONDecoder as crictl 1.26.0 vendors it
// (k8s.io/apimachinery v0.26 util/yaml/decoder.go, sigs.k8s.io/yaml v1.3.0, gopkg.in/yaml.v2):
// the first document of the file (up to a line starting with `---`), parsed as YAML 1.1
// (yes/no/on/off are booleans, timestamps stay strings), turned into JSON with Go map keys
// sorted, numbers and booleans written where the target field is a string as strings
// (sigs.k8s.io/yaml's convertToJSONableObject), then decoded as JSON.

import { parseDocument, type Tags } from 'yaml';
import { findField, type GoType } from './cri-go-types';
import type { GoJsonValue } from '../../../go/json-value';
import { unclosedFlowAtEnd, v2Line } from '../config/unclosed-flow';
import { YAML_READER_CHUNK, type YamlReaderError } from './yaml-reader';

/** An error of the YAML step, worded as the Go chain wraps it. */
export class GoYamlError extends Error {}

/** YAMLReader.Read: the first document's lines, or an error for `--- text` separators. */
export function firstYamlDocument(text: string): string | undefined {
  const lines = text.split('\n');
  // A final newline ends the last line rather than starting an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let doc = '';
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest.length > 0 && !rest.startsWith('#')) throw new GoYamlError(`invalid Yaml document separator: ${rest}`);
      if (doc.length > 0) return doc;
      continue;
    }
    doc += `${line}\n`;
  }
  return doc.length > 0 ? doc : undefined;
}

/**
 * gopkg.in/yaml.v2's wording for what the `yaml` package reports, and where yaml.v2 says it is:
 * its fail() prints a scanner error's 0-based line plus one, a parser error's 0-based line as
 * is (the line before, in editor terms), and no line at all when that number is 0
 * (decode.go parser.fail). `line` is the 1-based line the `yaml` package points at.
 */
function yamlV2Error(code: string, message: string, line: number): string {
  let scanner: string | undefined;
  let parser: string | undefined;
  // yaml.v2 nests up to 10000 levels (scannerc.go max_flow_level); the `yaml` package runs out
  // of stack near 800, which no pod config reaches: both are this refusal here.
  if (code === 'RESOURCE_EXHAUSTION') scanner = 'exceeded max depth of 10000';
  else if (code === 'BLOCK_AS_IMPLICIT_KEY') scanner = 'mapping values are not allowed in this context';
  else if (code === 'TAB_AS_INDENT' || code === 'BAD_SCALAR_START') scanner = 'found character that cannot start any token';
  else if (message.startsWith('Missing closing')) scanner = 'found unexpected end of stream';
  else if (message.startsWith('Flow map')) parser = "did not find expected ',' or '}'";
  else if (message.startsWith('Flow sequence')) parser = "did not find expected ',' or ']'";
  else if (message.startsWith('Implicit map keys need to be followed')) {
    // The stale simple key is noticed on the next line, a scanner error there.
    return withLine(line + 1, "could not find expected ':'");
  } else parser = 'did not find expected key';
  // A scanner error on the first line has a 0-based line of 0, which fail() does not print.
  return scanner !== undefined ? withLine(line > 1 ? line : 0, scanner) : withLine(line - 1, parser ?? '');
}

function withLine(line: number, message: string): string {
  return `yaml: ${line > 0 ? `line ${line}: ` : ''}${message}`;
}

// yaml.v2 leaves timestamp-like scalars as strings when decoding into interface{}.
const withoutTimestamps = (tags: Tags): Tags =>
  tags.filter((t) => (typeof t === 'string' ? t !== 'timestamp' : t.tag !== 'tag:yaml.org,2002:timestamp'));

/** strconv.FormatFloat(x, 'g', -1, 32): the shortest float32 digits, %e past 6 digits of exponent. */
function formatFloat32(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const f = Math.fround(x);
  let digits = '';
  let exp = 0;
  for (let p = 1; p <= 9; p++) {
    const e = f.toExponential(p - 1);
    if (Math.fround(Number(e)) === f || p === 9) {
      const [mant = '', ex = '0'] = e.split('e');
      digits = mant.replace('-', '').replace('.', '');
      exp = Number(ex);
      break;
    }
  }
  digits = digits.replace(/0+$/, '') || '0';
  const sign = f < 0 ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ae = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ae < 10 ? `0${ae}` : ae}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

function scalarString(v: unknown): string | undefined {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return formatFloat32(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return undefined;
}

/** The element type a value under `t` converts against (undefined: no coercion below). */
function fieldTarget(t: GoType | undefined, key: string): GoType | undefined {
  if (t?.kind === 'struct') return findField(t.fields, key)?.type;
  if (t?.kind === 'map') return { kind: 'string' };
  return undefined;
}

/** json.Marshal of a yaml.v2 value with sigs.k8s.io/yaml's string coercion. */
function toGoJson(v: unknown, target: GoType | undefined): GoJsonValue {
  if (v instanceof Map || v instanceof Set) {
    const entries = new Map<string, GoJsonValue>();
    const pairs: Array<[unknown, unknown]> = v instanceof Map ? [...v.entries()] : [...v].map((k) => [k, null]);
    for (const [k, value] of pairs) {
      const key = typeof k === 'string' ? k : k === null ? 'null' : typeof k === 'number' && !Number.isInteger(k) ? formatFloat32(k) : String(k);
      entries.set(key, toGoJson(value, fieldTarget(target, key)));
    }
    // Go's json.Marshal writes a map's keys sorted.
    const sorted = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { kind: 'object', entries: sorted };
  }
  if (Array.isArray(v)) return { kind: 'array', items: v.map((item) => toGoJson(item, target?.kind === 'slice' ? target.elem : undefined)) };
  if (target?.kind === 'string') {
    const s = scalarString(v);
    if (s !== undefined) return { kind: 'string', value: s };
  }
  if (v === null || v === undefined) return { kind: 'null' };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'bigint') return { kind: 'number', literal: v.toString() };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new GoYamlError(`error converting YAML to JSON: json: unsupported value: ${formatFloat32(v)}`);
    return { kind: 'number', literal: String(v) };
  }
  if (v instanceof Uint8Array) return { kind: 'string', value: String.fromCharCode(...v) };
  return { kind: 'string', value: String(v) };
}

/**
 * yaml.Unmarshal(doc) up to the JSON it hands encoding/json, for a `target` struct: throws
 * GoYamlError with sigs.k8s.io/yaml's "error converting YAML to JSON: yaml: line N: …".
 * `readerError` is what the reader refuses in the document's bytes, its offset in `doc`'s characters.
 */
export function yamlToGoJson(doc: string, target: GoType, readerError?: YamlReaderError): GoJsonValue {
  const parsed = parseDocument(doc, {
    version: '1.1',
    uniqueKeys: false,
    merge: true,
    intAsBigInt: true,
    customTags: withoutTimestamps,
    prettyErrors: false,
  });
  const first = parsed.errors[0];
  // A byte the reader refuses (yaml-reader.ts) stops it before a syntax error further on, and
  // before any at all within the first chunk, which the reader decodes whole.
  if (readerError && (readerError.offset < YAML_READER_CHUNK || !first || first.pos[0] >= readerError.offset)) {
    throw new GoYamlError(`error converting YAML to JSON: yaml: ${readerError.message}`);
  }
  if (first) {
    // The document ends inside `[…` or `{…` (unclosed-flow.ts says which error and where).
    const flow = /^Flow (sequence|map)/.test(first.message) ? unclosedFlowAtEnd(doc) : undefined;
    const line = doc.slice(0, first.pos[0]).split('\n').length;
    const message = flow ? withLine(v2Line(flow), flow.problem) : yamlV2Error(first.code, first.message, line);
    throw new GoYamlError(`error converting YAML to JSON: ${message}`);
  }
  let js: unknown;
  try {
    js = parsed.toJS({ mapAsMap: true, maxAliasCount: -1 });
  } catch (err) {
    // An alias whose anchor is not set before it (`Unresolved alias (…): name`).
    const alias = /: (\S+)$/.exec(err instanceof Error ? err.message : '')?.[1] ?? '';
    throw new GoYamlError(`error converting YAML to JSON: yaml: unknown anchor '${alias}' referenced`);
  }
  return toGoJson(js, target);
}
