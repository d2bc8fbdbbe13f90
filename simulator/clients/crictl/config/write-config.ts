// common.WriteConfig of cri-tools v1.26.0 (pkg/common/file.go:60-76, 141-220): the file's YAML
// node tree edited in place and marshalled again by gopkg.in/yaml.v3, so comments and each
// value's quoting survive; options the file lacks are appended in crictl's order with their
// tags (!!int timeout, !!bool flags, !!str endpoints). A value that no longer reads back as its
// tag's type is double-quoted (yaml.v3 encode.go forceQuoting), so a fresh file has
// `runtime-endpoint: ""`, and setting it later keeps those quotes.

import { Document, isMap, isScalar, parseDocument, Scalar } from 'yaml';
import type { CrictlFileConfig } from './config-file';
import { resolvesAsNonString } from '../output/yaml';

type OptionKind = 'str' | 'int' | 'bool';

/** setConfigOptions' order and each option's tag. */
const OPTIONS: readonly (readonly [string, keyof CrictlFileConfig, OptionKind])[] = [
  ['runtime-endpoint', 'runtimeEndpoint', 'str'],
  ['image-endpoint', 'imageEndpoint', 'str'],
  ['timeout', 'timeoutSeconds', 'int'],
  ['debug', 'debug', 'bool'],
  ['pull-image-on-create', 'pullImageOnCreate', 'bool'],
  ['disable-pull-on-run', 'disablePullOnRun', 'bool'],
];

/** A new scalar as yaml.v3 writes a node with this tag and text. */
function newScalar(kind: OptionKind, text: string): Scalar {
  if (kind === 'int') return new Scalar(Number(text));
  if (kind === 'bool') return new Scalar(text === 'true');
  const node = new Scalar(text);
  if (resolvesAsNonString(text)) node.type = 'QUOTE_DOUBLE';
  return node;
}

/** `existing` node's Value replaced by `text`, its style kept (plain values re-typed by tag). */
function updateScalar(node: Scalar, kind: OptionKind, text: string): void {
  const quoted = node.type !== undefined && node.type !== 'PLAIN';
  if (quoted || typeof node.value === 'string') {
    node.value = text;
    if (!quoted && resolvesAsNonString(text)) node.type = 'QUOTE_DOUBLE';
    return;
  }
  node.value = kind === 'int' ? Number(text) : kind === 'bool' ? text === 'true' : text;
}

function textOf(config: CrictlFileConfig, key: keyof CrictlFileConfig): string {
  return String(config[key]);
}

/**
 * The file text WriteConfig leaves: `existing` is the file's current text (undefined when
 * crictl writes a fresh one), `config` the options after the change.
 */
export function writeConfigText(existing: string | undefined, config: CrictlFileConfig): string {
  const parsed = existing === undefined ? undefined : parseDocument(existing, { uniqueKeys: false });
  const doc = parsed && isMap(parsed.contents) ? parsed : new Document({});
  const map = doc.contents;
  if (!isMap(map)) return '';
  for (const [name, key, kind] of OPTIONS) {
    const text = textOf(config, key);
    const pair = map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : '') === name);
    if (pair && isScalar(pair.value)) updateScalar(pair.value, kind, text);
    else if (pair) pair.value = newScalar(kind, text);
    else map.items.push(doc.createPair(name, newScalar(kind, text)));
  }
  return doc.toString({ indentSeq: false, lineWidth: 0 });
}
