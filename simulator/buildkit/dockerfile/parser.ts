// The Dockerfile parser of buildkit 0.10.4 (moby/buildkit@v0.10.4 frontend/dockerfile/parser/
// parser.go): lines are read one by one, a leading `# escape=` / `# syntax=` directive sets the
// escape token, comments are dropped, a trailing escape token continues the instruction on
// the next line (comment and blank lines inside a continuation are skipped), and each logical
// line becomes a node: its command word (case kept, as the errors print it), its `--flags`,
// and its arguments as the command's line parser splits them (line-parsers.ts). Heredocs
// (`RUN <<EOF`) are not read here: the notes never write one.

import { DockerfileError } from './errors';
import { dispatchLineParser, type ParsedArgs } from './line-parsers';

/** One instruction as the parser leaves it (parser.Node of a root child). */
export interface DockerfileNode {
  /** The command word as written (`RUN`, `from`): errors quote it as is. */
  command: string;
  /** `--flag=value` words before the arguments (extractBuilderFlags). */
  flags: string[];
  /** The arguments as the instruction's parser reads them (instructions.nodeArgs). */
  args: string[];
  /** True for the JSON (exec) form of RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD, VOLUME. */
  json: boolean;
  /** ONBUILD's trigger, parsed as an instruction of its own. */
  sub?: DockerfileNode;
  /** The logical line, continuations joined (Node.Original). */
  original: string;
  /** 1-based lines in the file where it starts and ends. */
  startLine: number;
  endLine: number;
}

export interface ParsedDockerfile {
  nodes: DockerfileNode[];
  escapeToken: string;
  /** `Empty continuation line found in: …` warnings, as the parser collects them. */
  warnings: string[];
}

const WHITESPACE = /[\t\v\f\r ]+/;
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

interface Directives {
  escapeToken: string;
  continuation: RegExp;
  done: boolean;
  seen: Set<string>;
}

function continuationRegex(token: string): RegExp {
  const t = `\\${token}`;
  return new RegExp(`([^${t}])${t}[ \\t]*$|^${t}[ \\t]*$`);
}

/** possibleParserDirective: only lines before the first non-directive count. */
function directive(d: Directives, line: string, lineNo: number): void {
  if (d.done) return;
  const match = DIRECTIVE.exec(line);
  const key = match?.[1]?.toLowerCase();
  if (!match || (key !== 'escape' && key !== 'syntax')) {
    d.done = true;
    return;
  }
  if (d.seen.has(key)) throw new DockerfileError(`only one ${key} parser directive can be used`, lineNo, 0);
  d.seen.add(key);
  if (key === 'escape') {
    const value = match[2] ?? '';
    if (value !== '`' && value !== '\\') throw new DockerfileError(`invalid escape token '${value}' does not match \` or \\`, lineNo, 0);
    d.escapeToken = value;
    d.continuation = continuationRegex(value);
  }
}

const trimNewline = (s: string) => s.replace(/[\r\n]+$/, '');
const trimLeft = (s: string) => s.replace(/^\s+/, '');
const isComment = (s: string) => trimLeft(trimNewline(s)).startsWith('#');

/** processLine: newline (and, for a first line, leading blanks) trimmed; a comment line empties. */
function processLine(d: Directives, raw: string, stripLeft: boolean, lineNo: number): string {
  let token = trimNewline(raw);
  if (stripLeft) token = trimLeft(token);
  directive(d, token, lineNo);
  return token.startsWith('#') ? '' : token;
}

function trimContinuation(d: Directives, line: string): [string, boolean] {
  if (d.continuation.test(line)) return [line.replace(d.continuation, '$1'), false];
  return [line, true];
}

/** splitCommand: the command word, its --flags, and the rest. */
function splitCommand(line: string): { command: string; flags: string[]; rest: string } {
  const trimmed = line.trim();
  const m = WHITESPACE.exec(trimmed);
  if (!m) return { command: trimmed, flags: [], rest: '' };
  const command = trimmed.slice(0, m.index);
  const { rest, flags } = extractBuilderFlags(trimmed.slice(m.index + m[0].length));
  return { command, flags, rest: rest.trim() };
}

/** extractBuilderFlags: leading `--word` tokens (quotes and backslashes honoured), up to a bare `--`. */
function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const flags: string[] = [];
  let pos = 0;
  for (;;) {
    while (pos < line.length && /\s/.test(line[pos] ?? '')) pos++;
    if (pos >= line.length) return { rest: '', flags };
    if (!line.startsWith('--', pos) || pos + 1 === line.length) return { rest: line.slice(pos), flags };
    let word = '';
    let quote = '';
    let blankOk = false;
    for (; pos < line.length; pos++) {
      const ch = line[pos] ?? '';
      if (quote) {
        if (ch === quote) quote = '';
        else if (ch === '\\' && pos + 1 < line.length) word += line[++pos];
        else if (ch !== '\\') word += ch;
        continue;
      }
      if (/\s/.test(ch)) break;
      if (ch === '"' || ch === "'") {
        quote = ch;
        blankOk = true;
      } else if (ch === '\\') {
        if (pos + 1 < line.length) word += line[++pos];
      } else word += ch;
    }
    if (word === '--') return { rest: line.slice(pos), flags };
    if (blankOk || word.length > 0) flags.push(word);
  }
}

/** newNodeFromLine: one logical line to a node (ONBUILD parses its trigger the same way). */
function nodeFromLine(line: string, escapeToken: string, startLine: number, endLine: number): DockerfileNode {
  const { command, flags, rest } = splitCommand(line);
  const parsed: ParsedArgs = dispatchLineParser(command.toLowerCase(), rest, escapeToken, startLine, endLine);
  const node: DockerfileNode = { command, flags, args: parsed.args, json: parsed.json, original: line, startLine, endLine };
  if (parsed.sub !== undefined) {
    node.sub = nodeFromLine(parsed.sub, escapeToken, startLine, endLine);
    node.args = [node.sub.command, ...node.sub.args];
  }
  return node;
}

/**
 * parser.Parse. Throws DockerfileError (with the lines it concerns) for a bad directive, a
 * line its parser rejects, or a file with no instructions.
 */
export function parseDockerfile(text: string): ParsedDockerfile {
  const d: Directives = { escapeToken: '\\', continuation: continuationRegex('\\'), done: false, seen: new Set() };
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const nodes: DockerfileNode[] = [];
  const warnings: string[] = [];
  let current = 0;
  let i = 0;
  while (i < lines.length) {
    const first = processLine(d, lines[i++] ?? '', true, current);
    current++;
    const startLine = current;
    let [line, ended] = trimContinuation(d, first);
    if (ended && line === '') continue;
    let emptyContinuation = false;
    while (!ended && i < lines.length) {
      const raw = lines[i++] ?? '';
      const next = processLine(d, raw, false, current);
      current++;
      if (isComment(raw)) continue;
      if (trimLeft(trimNewline(next)) === '') {
        emptyContinuation = true;
        continue;
      }
      const [cont, end] = trimContinuation(d, next);
      line += cont;
      ended = end;
    }
    if (emptyContinuation) warnings.push(`Empty continuation line found in: ${line}`);
    nodes.push(nodeFromLine(line, d.escapeToken, startLine, current));
  }
  if (nodes.length === 0) throw new DockerfileError('file with no instructions', current, 0);
  return { nodes, escapeToken: d.escapeToken, warnings };
}

/** bufio's line scanner with buildkit's split: each line keeps its `\n`, a last one without. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      if (start < text.length) out.push(text.slice(start));
      return out;
    }
    out.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
}
