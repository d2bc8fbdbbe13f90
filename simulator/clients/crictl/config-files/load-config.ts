// crictl 1.26.0's loadPodSandboxConfig / loadContainerConfig (cmd/crictl/util.go:142-179): the
// file is opened relative to the working directory (`config at <path> not found` when it is
// missing), read with apimachinery's YAMLOrJSONDecoder (JSON when the first non-space byte is
// `{`, otherwise the first YAML document) into the generated Go struct. crictl checks nothing
// else: a config without metadata is the runtime's to refuse. Errors are the texts the
// command wraps as `load podSandboxConfig: <text>` (its own wrapping is the caller's).

import { plain } from '../../../errdefs/errdefs';
import { binaryToText, isVfsError, normalizePath, readFile, type Files } from '../../../host/vfs';
import type { ContainerConfig, PodSandboxConfig } from '../../../cri/index';
import { CONTAINER_CONFIG, POD_SANDBOX_CONFIG, type GoType } from './cri-go-types';
import { GoJsonSyntaxError, GoUnexpectedEof, scanGoJson } from '../../../go/json-scan';
import { goUnmarshal, GoUnmarshalTypeError } from './go-unmarshal';
import { firstYamlDocument, GoYamlError, yamlToGoJson } from './go-yaml';
import { yamlReaderError } from './yaml-reader';
import { copyPlain } from '../../../schema/copy-plain';

/** Where the file is looked up: the node's files and the shell's working directory. */
export interface ConfigFileAccess {
  files: Files;
  cwd: string;
}

/** unicode.IsSpace over the bytes hasJSONPrefix trims (ASCII and Latin-1 spaces). */
const GO_SPACE = /^[\t\n\v\f\r \x85\xa0]*/;

function openConfig(access: ConfigFileAccess, path: string): string {
  try {
    return readFile(access.files, normalizePath(path, access.cwd));
  } catch (err) {
    if (isVfsError(err, 'ENOENT') || path === '') throw plain(`config at ${path} not found`);
    // os.Open succeeds on a directory; the decoder's first read fails.
    if (isVfsError(err, 'EISDIR')) throw plain(`read ${path}: is a directory`);
    if (isVfsError(err, 'ENOTDIR')) throw plain(`open ${path}: not a directory`);
    throw err;
  }
}

function decodeFile(bytes: string, target: GoType): Record<string, unknown> {
  // GuessJSONStream peeks 4096 bytes: JSON only if a `{` starts them after white space.
  const head = bytes.slice(0, 4096);
  const isJson = head.slice(GO_SPACE.exec(head)?.[0].length ?? 0).startsWith('{');
  try {
    if (isJson) return goUnmarshal(scanGoJson(bytes), target);
    // The document is cut from the bytes (its lines and `---` are ASCII), then checked as the
    // YAML reader decodes it, then turned into text.
    const docBytes = firstYamlDocument(bytes);
    if (docBytes === undefined) throw plain('EOF');
    const doc = binaryToText(docBytes);
    const refused = yamlReaderError(docBytes);
    const readerError = refused && { ...refused, offset: binaryToText(docBytes.slice(0, refused.offset)).length };
    const value = yamlToGoJson(doc, target, readerError);
    try {
      return goUnmarshal(value, target);
    } catch (err) {
      if (err instanceof GoUnmarshalTypeError) throw plain(`error unmarshaling JSON: while decoding JSON: ${err.message}`);
      throw err;
    }
  } catch (err) {
    if (err instanceof GoJsonSyntaxError) throw plain(`json: offset ${err.offset}: ${err.message}`);
    if (err instanceof GoYamlError || err instanceof GoUnmarshalTypeError) throw plain(err.message);
    if (err instanceof GoUnexpectedEof) throw plain('unexpected EOF');
    throw err;
  }
}

/** How many decoded files each config type remembers (a learner edits one or two at a time). */
const DECODED_KEPT = 8;
const decoded = new Map<GoType, Map<string, Record<string, unknown>>>();

/**
 * decodeFile through a small cache keyed by the file's bytes: `crictl run` reads the pod config
 * twice, and the notes run the same files again and again. Decoding is a pure function of the
 * bytes; each caller gets its own copy, since the runtime keeps the config in its records.
 * Failures are not kept: they decode again, and throw as they did.
 */
function decodeCached(bytes: string, target: GoType): Record<string, unknown> {
  let byBytes = decoded.get(target);
  if (!byBytes) {
    byBytes = new Map();
    decoded.set(target, byBytes);
  }
  let value = byBytes.get(bytes);
  if (!value) {
    value = decodeFile(bytes, target);
    if (byBytes.size >= DECODED_KEPT) byBytes.delete(byBytes.keys().next().value as string);
    byBytes.set(bytes, value);
  }
  return copyPlain(value);
}

/** loadPodSandboxConfig(path). Throws an errdefs error whose message is Go's error text. */
export function loadPodSandboxConfig(access: ConfigFileAccess, path: string): PodSandboxConfig {
  return decodeCached(openConfig(access, path), POD_SANDBOX_CONFIG) as PodSandboxConfig;
}

/** loadContainerConfig(path). Throws an errdefs error whose message is Go's error text. */
export function loadContainerConfig(access: ConfigFileAccess, path: string): ContainerConfig {
  return decodeCached(openConfig(access, path), CONTAINER_CONFIG) as ContainerConfig;
}
