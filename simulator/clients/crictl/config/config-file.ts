// crictl 1.26.0's client config file (/etc/crictl.yaml): finding it, reading it off the node
// and turning its keys into values, as pkg/common/config.go and pkg/common/file.go do at that
// tag. Every failure becomes a CrictlConfigError whose message is the whole text crictl hands to
// logrus ("load config file: …"); whether it is printed or ignored is settings.ts's business.

import { parseAllDocuments, isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import { goQuote } from '../../../go/quote';
import { yamlV3Error } from './yaml-v3-error';
import { binaryToText, dirname, isVfsError, normalizePath, readFile, stat, type Files, type VfsError } from '../../../host/vfs';

export const DEFAULT_CONFIG_PATH = '/etc/crictl.yaml';

/** The file's settings; zero values for keys the file leaves out, as Go's struct has them. */
export interface CrictlFileConfig {
  runtimeEndpoint: string;
  imageEndpoint: string;
  /** Whole seconds, any sign: the caller treats 0 or less as "use the default". */
  timeoutSeconds: number;
  debug: boolean;
  pullImageOnCreate: boolean;
  disablePullOnRun: boolean;
}

/**
 * `exactWording` is false only for YAML syntax errors: crictl's text there comes from
 * gopkg.in/yaml.v3 (`yaml: line 2: mapping values are not allowed in this context`), which the
 * `yaml` package's parser does not reproduce. The command should print such an error without
 * pretending it is crictl's own line (its message then carries the `yaml` package's wording).
 */
export class CrictlConfigError extends Error {
  constructor(
    message: string,
    readonly exactWording = true,
  ) {
    super(`load config file: ${message}`);
    this.name = 'CrictlConfigError';
  }
}

function emptyConfig(): CrictlFileConfig {
  return { runtimeEndpoint: '', imageEndpoint: '', timeoutSeconds: 0, debug: false, pullImageOnCreate: false, disablePullOnRun: false };
}

/** The errno's words of a VfsError ("no such file or directory"), to name the path as crictl was given it. */
function errnoText(err: VfsError): string {
  return err.message.slice(`${err.syscall} ${err.path}: `.length);
}

/** os.Stat's error for `path` (as given), or undefined when it exists. */
function statError(files: Files, path: string, cwd: string): { notExist: boolean; text: string } | undefined {
  // Go's os.Stat("") fails with ENOENT; an empty CRI_CONFIG_FILE reaches here.
  if (path === '') return { notExist: true, text: 'stat : no such file or directory' };
  try {
    stat(files, normalizePath(path, cwd));
    return undefined;
  } catch (err) {
    if (!isVfsError(err)) throw err;
    return { notExist: err.code === 'ENOENT', text: `stat ${path}: ${errnoText(err)}` };
  }
}

/**
 * The file crictl reads: `configPath` if it exists, else `crictl.yaml` beside the crictl binary
 * (`exePath`) — file.go:44-57@v1.26.0. A missing fallback is reported under the fallback's name.
 */
function locate(files: Files, configPath: string, exePath: string, cwd: string): string {
  const first = statError(files, configPath, cwd);
  if (!first) return configPath;
  if (!first.notExist) throw new CrictlConfigError(first.text);
  const fallback = `${dirname(exePath)}/crictl.yaml`;
  const second = statError(files, fallback, cwd);
  if (second) throw new CrictlConfigError(second.text);
  return fallback;
}

/** yaml.v3 Node.Value: a scalar's text as written (unquoted), an alias's anchor name, '' otherwise. */
function nodeValue(node: unknown): string {
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  if (isAlias(node)) return node.source;
  return '';
}

/** The root node's children as yaml.v3 holds them: a map's keys and values interleaved, a sequence's items. */
function rootContent(root: Node | null): unknown[] {
  if (isMap(root)) return root.items.flatMap((pair) => [pair.key, pair.value]);
  if (isSeq(root)) return root.items;
  return [];
}

/** strconv.Atoi: base 10, optional sign, no underscores, 64-bit. */
function atoi(name: string, value: string): number {
  if (!/^[+-]?\d+$/.test(value)) throw new CrictlConfigError(`parsing config option '${name}': strconv.Atoi: parsing ${goQuote(value)}: invalid syntax`);
  const n = BigInt(value);
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) {
    throw new CrictlConfigError(`parsing config option '${name}': strconv.Atoi: parsing ${goQuote(value)}: value out of range`);
  }
  return Number(n);
}

const GO_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const GO_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

/** strconv.ParseBool: `yes`/`on`, which YAML 1.1 calls booleans, are syntax errors here. */
function parseBool(name: string, value: string): boolean {
  if (GO_TRUE.includes(value)) return true;
  if (GO_FALSE.includes(value)) return false;
  throw new CrictlConfigError(`parsing config option '${name}': strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`);
}

/** A parse's outcome, kept so an unchanged file is not parsed again. */
type ParseOutcome = { config: CrictlFileConfig } | { message: string; exact: boolean };

/**
 * Outcomes of parseConfigText by file text. Every crictl command reads /etc/crictl.yaml and the
 * `yaml` package's parse costs more than the rest of a light command; the text is almost always
 * one the node has seen before. A handful of entries covers a session's edits.
 */
const parsedByText = new Map<string, ParseOutcome>();
const PARSED_CACHE_SIZE = 16;
/** Longer texts are parsed every time rather than held on to. */
const PARSED_CACHE_MAX_TEXT = 64 * 1024;

/** The file's text → settings (a fresh object each call), or a CrictlConfigError thrown. */
export function parseConfigText(text: string): CrictlFileConfig {
  let outcome = parsedByText.get(text);
  if (outcome === undefined) {
    outcome = parseOutcome(text);
    if (text.length > PARSED_CACHE_MAX_TEXT) return settingsOf(outcome);
    if (parsedByText.size >= PARSED_CACHE_SIZE) parsedByText.delete(parsedByText.keys().next().value as string);
    parsedByText.set(text, outcome);
  }
  return settingsOf(outcome);
}

function settingsOf(outcome: ParseOutcome): CrictlFileConfig {
  if ('config' in outcome) return { ...outcome.config };
  throw new CrictlConfigError(outcome.message, outcome.exact);
}

/** parseConfigText's work, uncached; a CrictlConfigError becomes its message and wording flag. */
function parseOutcome(text: string): ParseOutcome {
  try {
    return { config: parseUncached(text) };
  } catch (err) {
    if (!(err instanceof CrictlConfigError)) throw err;
    return { message: err.message.slice('load config file: '.length), exact: err.exactWording };
  }
}

/** The file's text → settings, key by key as config.go:82-133@v1.26.0 walks them. */
function parseUncached(text: string): CrictlFileConfig {
  // failsafe: every scalar stays the string it was written as (yaml.v3's Node.Value), so
  // `timeout: 0x10` and `debug: yes` fail in strconv as they do in crictl. Duplicate keys are
  // not an error when decoding into a yaml.Node; the later one wins.
  const [doc] = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  const config = emptyConfig();
  if (!doc || !('contents' in doc)) return config;
  const [error] = doc.errors;
  if (error) {
    const v3 = yamlV3Error(text, error);
    throw new CrictlConfigError(v3.message, v3.exact);
  }
  const content = rootContent(doc.contents);
  // Pairs in order; an odd last node is skipped, as the loop's `indx < contentLen-1` does.
  for (let i = 0; i + 1 < content.length; i += 2) {
    const name = nodeValue(content[i]);
    const value = nodeValue(content[i + 1]);
    if (name === 'runtime-endpoint') config.runtimeEndpoint = value;
    else if (name === 'image-endpoint') config.imageEndpoint = value;
    else if (name === 'timeout') config.timeoutSeconds = atoi(name, value);
    else if (name === 'debug') config.debug = parseBool(name, value);
    else if (name === 'pull-image-on-create') config.pullImageOnCreate = parseBool(name, value);
    else if (name === 'disable-pull-on-run') config.disablePullOnRun = parseBool(name, value);
    else throw new CrictlConfigError(`Config option '${name}' is not valid`);
  }
  return config;
}

/**
 * common.GetServerConfigFromFile: the settings in `configPath` (or its fallback beside
 * `exePath`). Throws CrictlConfigError for a missing, unreadable or invalid file.
 */
export function loadConfigFile(files: Files, configPath: string, exePath: string, cwd = '/'): CrictlFileConfig {
  const path = locate(files, configPath, exePath, cwd);
  let binary: string;
  try {
    binary = readFile(files, normalizePath(path, cwd));
  } catch (err) {
    if (!isVfsError(err)) throw err;
    throw new CrictlConfigError(`${err.syscall} ${path}: ${errnoText(err)}`);
  }
  return parseConfigText(binaryToText(binary));
}
