// How each instruction's arguments are split (moby/buildkit@v0.10.4 frontend/dockerfile/parser/
// line_parsers.go): JSON arrays for the exec forms, whitespace-split words, key=value pairs for
// ENV and LABEL (quotes kept for the later word expansion), a subcommand for ONBUILD, the
// whole rest for the shell forms and single-string commands.

import { DockerfileError } from './errors';

export interface ParsedArgs {
  args: string[];
  json: boolean;
  /** ONBUILD: the trigger line, parsed again as an instruction. */
  sub?: string;
}

const WHITESPACE = /[\t\v\f\r ]+/;
const NOT_STRINGS = 'when using JSON array syntax, arrays must be comprised of strings only';

type LineParser = (rest: string, escapeToken: string) => ParsedArgs;

/** parseWords: words split on blanks outside quotes; quotes and escapes are kept in the words. */
function parseWords(rest: string, escapeToken: string): string[] {
  const chars = [...rest];
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  let blankOk = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (!inWord && !quote) {
      if (/\s/.test(ch)) continue;
      inWord = true;
    }
    if (quote) {
      if (ch === quote) quote = '';
      if (ch === escapeToken && quote !== "'" && ch !== quote) {
        if (i + 1 === chars.length) continue;
        word += ch;
        word += chars[++i] ?? '';
        continue;
      }
      word += ch;
      continue;
    }
    if (/\s/.test(ch)) {
      inWord = false;
      if (blankOk || word.length > 0) words.push(word);
      word = '';
      blankOk = false;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      blankOk = true;
    }
    if (ch === escapeToken) {
      if (i + 1 === chars.length) continue;
      word += ch;
      word += chars[++i] ?? '';
      continue;
    }
    word += ch;
  }
  if ((inWord || quote) && (blankOk || word.length > 0)) words.push(word);
  return words;
}

function parseJson(rest: string): string[] | 'not-json' {
  const trimmed = rest.replace(/^\s+/, '');
  if (!trimmed.startsWith('[')) return 'not-json';
  let value: unknown;
  try {
    // json.Decoder reads the first value and ignores what follows it.
    value = JSON.parse(firstJsonValue(trimmed));
  } catch {
    return 'not-json';
  }
  if (!Array.isArray(value)) return 'not-json';
  if (value.some((v) => typeof v !== 'string')) throw new Error(NOT_STRINGS);
  return value as string[];
}

/** The text of the leading JSON array (brackets balanced outside strings). */
function firstJsonValue(text: string): string {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  return text;
}

const whitespaceDelimited: LineParser = (rest) => ({ args: rest === '' ? [] : rest.split(WHITESPACE), json: false });

const maybeJson: LineParser = (rest) => {
  if (rest === '') return { args: [], json: false };
  const parsed = parseJson(rest);
  return parsed === 'not-json' ? { args: [rest], json: false } : { args: parsed, json: true };
};

const maybeJsonToList: LineParser = (rest, esc) => {
  const parsed = parseJson(rest);
  return parsed === 'not-json' ? whitespaceDelimited(rest, esc) : { args: parsed, json: true };
};

function nameVal(key: string): LineParser {
  return (rest, esc) => {
    const words = parseWords(rest, esc);
    if (words.length === 0) return { args: [], json: false };
    if (!(words[0] ?? '').includes('=')) {
      const m = WHITESPACE.exec(rest);
      if (!m) throw new Error(`${key} must have two arguments`);
      return { args: [rest.slice(0, m.index), rest.slice(m.index + m[0].length)], json: false };
    }
    const args: string[] = [];
    for (const word of words) {
      const eq = word.indexOf('=');
      if (eq === -1) throw new Error(`Syntax error - can't find = in ${JSON.stringify(word)}. Must be of the form: name=value`);
      args.push(word.slice(0, eq), word.slice(eq + 1));
    }
    return { args, json: false };
  };
}

const nameOrNameVal: LineParser = (rest, esc) => ({ args: parseWords(rest, esc), json: false });
const single: LineParser = (rest) => ({ args: rest === '' ? [] : [rest], json: false });
const subCommand: LineParser = (rest) => (rest === '' ? { args: [], json: false } : { args: [], json: false, sub: rest });

const healthConfig: LineParser = (rest, esc) => {
  const sep = rest.search(/\s/);
  const end = sep === -1 ? rest.length : sep;
  if (end === 0) return { args: [], json: false };
  const cmd = maybeJson(rest.slice(end).replace(/^\s+/, ''), esc);
  return { args: [rest.slice(0, end), ...cmd.args], json: cmd.json };
};

const DISPATCH: Record<string, LineParser> = {
  add: maybeJsonToList,
  arg: nameOrNameVal,
  cmd: maybeJson,
  copy: maybeJsonToList,
  entrypoint: maybeJson,
  env: nameVal('ENV'),
  expose: whitespaceDelimited,
  from: whitespaceDelimited,
  healthcheck: healthConfig,
  label: nameVal('LABEL'),
  maintainer: single,
  onbuild: subCommand,
  run: maybeJson,
  shell: maybeJson,
  stopsignal: single,
  user: single,
  volume: maybeJsonToList,
  workdir: single,
};

/** The arguments of command `cmd` (lower case); unknown commands keep none (parseIgnore). */
export function dispatchLineParser(cmd: string, rest: string, escapeToken: string, startLine: number, endLine: number): ParsedArgs {
  const parser = Object.hasOwn(DISPATCH, cmd) ? DISPATCH[cmd] : undefined;
  if (!parser) return { args: [], json: false };
  try {
    return parser(rest, escapeToken);
  } catch (err) {
    throw new DockerfileError((err as Error).message, startLine, endLine);
  }
}
