// The grammar of the small busybox-ash subset the inner shell understands: lists joined by
// `;`, `&`, newlines, `&&` and `||`, pipelines, simple commands with assignments and
// redirections, plus `if`, `while`/`until`, `for` and `case`. Words keep their quotes here; expansion
// happens when a command runs (sh-expand.ts), as in a real shell.

import { backquoteEnd, nestedEnd } from './sh-scan';

export interface Redirect {
  /** File descriptor redirected (1 for `>`, 0 for `<`). */
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<&' | '<<';
  /** Raw word: a path, or a descriptor number (or `-`, closing) for `>&` and `<&`; a here-document's body for `<<`. */
  target: string;
  /** `<<'EOF'` (any quoting of the delimiter): the body is taken as written, unexpanded. */
  literal?: boolean;
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: string[];
  words: string[];
  redirects: Redirect[];
  /** The script line it starts on, counted from 0 as ash's lineno for `sh -c` (error messages say it). */
  line?: number;
}

interface IfCommand {
  kind: 'if';
  branches: Array<{ cond: List; body: List }>;
  elseBody?: List;
}

interface LoopCommand {
  kind: 'while' | 'until';
  cond: List;
  body: List;
}

interface ForCommand {
  kind: 'for';
  name: string;
  words: string[];
  body: List;
}

/** `{ list; }`: runs in the shell itself, with one stdin and one output for the whole list. */
interface GroupCommand {
  kind: 'group';
  body: List;
}

/** `name() command`: defines a function; running the definition only stores it. */
interface FunctionCommand {
  kind: 'function';
  name: string;
  body: Command;
}

/** `case WORD in PATTERN|PATTERN) list ;; … esac`: the first item with a matching pattern runs. */
export interface CaseCommand {
  kind: 'case';
  subject: string;
  items: Array<{ patterns: string[]; body: List }>;
}

/** `( list )`: runs in a copy of the shell (ash forks), so its variables, cwd and exit stay inside. */
interface SubshellCommand {
  kind: 'subshell';
  body: List;
}

/** A compound command with its own redirections (`{ …; } >&2`, `while read l; do …; done <<EOF`). */
type Compound = IfCommand | LoopCommand | ForCommand | GroupCommand | CaseCommand | SubshellCommand;

export type Command = SimpleCommand | FunctionCommand | (Compound & { redirects?: Redirect[] });

export interface Pipeline {
  negate: boolean;
  commands: Command[];
}

interface AndOr {
  first: Pipeline;
  rest: Array<{ op: '&&' | '||'; pipeline: Pipeline }>;
  background: boolean;
}

export type List = AndOr[];

export class ShSyntaxError extends Error {
  constructor(readonly token: string) {
    super(token === UNTERMINATED ? 'syntax error: unterminated quoted string' : `syntax error: unexpected ${token}`);
  }
}

/** Each token knows the script line it is on (from 0), for where a syntax error is reported. */
type Token = ({ kind: 'word'; text: string } | { kind: 'op'; text: string } | { kind: 'redir'; redirect: Redirect }) & { line: number };

/** The tokens up to the first error, and that error (an open quote…) with the line ash reports it on. */
interface Tokens {
  tokens: Token[];
  error?: { error: ShSyntaxError; line: number };
}

const OPERATORS = ['&&', '||', ';;', ';', '&', '|', '\n', '(', ')'];

/**
 * Splits a script into words (quotes kept) and operators, up to the first error (an open quote):
 * ash reads a script command by command, so what comes before an error still runs.
 */
function tokenize(script: string): Tokens {
  const tokens: Token[] = [];
  try {
    tokenizeInto(script, tokens);
  } catch (error) {
    if (!(error instanceof ShSyntaxError)) throw error;
    // An open quote or here-document runs to the end of the script: ash is there when it says so.
    const last = tokens[tokens.length - 1]?.line ?? 0;
    const line = error.token === UNTERMINATED || error.message.includes('end of file') ? lineAt(script, script.length) : last;
    return { tokens, error: { error, line } };
  }
  return { tokens };
}

/** The line (from 0) of offset `at` in `script`. */
function lineAt(script: string, at: number): number {
  let n = 0;
  for (let i = script.indexOf('\n'); i >= 0 && i < at; i = script.indexOf('\n', i + 1)) n++;
  return n;
}

function tokenizeInto(script: string, tokens: Token[]): void {
  let i = 0;
  let line = 0;
  let inBrackets = false;
  // Here-documents whose bodies start after the current line ends.
  let pending: Array<{ redirect: Redirect; delimiter: string; strip: boolean }> = [];
  while (i < script.length) {
    const ch = script[i] ?? '';
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '\\' && script[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (ch === '#') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    if (ch === '\n' && pending.length > 0) {
      tokens.push({ kind: 'op', text: '\n', line });
      i = readHereBodies(script, i + 1, pending);
      line += script.slice(0, i).split('\n').length - 1 - line;
      pending = [];
      continue;
    }
    if (script.startsWith('<<', i) && !script.startsWith('<<<', i)) {
      const heredoc = /^(\d?)<<(-?)[ \t]*/.exec(script.slice(i)) as RegExpExecArray;
      i += heredoc[0].length;
      const start = i;
      i = wordEnd(script, i);
      if (i === start) throw new ShSyntaxError(i < script.length ? describeChar(script[i] ?? '') : 'end of file');
      const word = script.slice(start, i);
      const redirect: Redirect = { fd: heredoc[1] ? Number(heredoc[1]) : 0, op: '<<', target: '', literal: /["'\\]/.test(word) };
      pending.push({ redirect, delimiter: word.replace(/["'\\]/g, ''), strip: heredoc[2] === '-' });
      tokens.push({ kind: 'redir', redirect, line });
      continue;
    }
    if (ch === '\n') line++;
    const redir = /^(\d?)(>>|>&|>|<&|<)/.exec(script.slice(i));
    if (redir) {
      i += redir[0].length;
      while (script[i] === ' ' || script[i] === '\t') i++;
      const start = i;
      i = wordEnd(script, i);
      const op = redir[2] as Redirect['op'];
      const fd = redir[1] ? Number(redir[1]) : op === '<' || op === '<&' ? 0 : 1;
      if (i === start) throw new ShSyntaxError(i < script.length ? script[i] ?? 'end of file' : 'end of file');
      tokens.push({ kind: 'redir', redirect: { fd, op, target: script.slice(start, i) }, line });
      continue;
    }
    const op = OPERATORS.find((o) => script.startsWith(o, i));
    // Inside ash's [[ … ]] (bash compatibility), && and || are the test's own words.
    if (op && inBrackets && (op === '&&' || op === '||')) {
      tokens.push({ kind: 'word', text: op, line });
      i += 2;
      continue;
    }
    if (op) {
      tokens.push({ kind: 'op', text: op, line: op === '\n' ? line - 1 : line });
      i += op.length;
      continue;
    }
    const start = i;
    i = wordEnd(script, i);
    const text = script.slice(start, i);
    if (text === '[[') inBrackets = true;
    else if (text === ']]') inBrackets = false;
    tokens.push({ kind: 'word', text, line });
    line += script.slice(start, i).split('\n').length - 1;
  }
  // A here-document the script ends in: its body is what follows, to the end.
  if (pending.length > 0) readHereBodies(script, script.length, pending);
}

function describeChar(c: string): string {
  return c === '\n' ? '"newline"' : `"${c}"`;
}

/** Reads the bodies of `pending` here-documents from `from`, each up to its delimiter line; returns where the script goes on. */
function readHereBodies(script: string, from: number, pending: Array<{ redirect: Redirect; delimiter: string; strip: boolean }>): number {
  let i = from;
  for (const doc of pending) {
    let body = '';
    while (i < script.length) {
      const nl = script.indexOf('\n', i);
      const end = nl < 0 ? script.length : nl;
      let text = script.slice(i, end);
      i = nl < 0 ? script.length : nl + 1;
      // <<-: leading tabs go from every line, the delimiter's too.
      if (doc.strip) text = text.replace(/^\t+/, '');
      if (text === doc.delimiter) break;
      body += `${text}\n`;
    }
    doc.redirect.target = body;
  }
  return i;
}

/** ash's readtoken1 at the end of the script inside quotes: `syntax error: unterminated quoted string`. */
const UNTERMINATED = 'UNTERMINATED';

/** Index just past the word starting at `i`, honouring quotes, backslashes and $(...). */
function wordEnd(s: string, start: number): number {
  let i = start;
  while (i < s.length) {
    const ch = s[i] ?? '';
    if (' \t\n;&|()<>'.includes(ch)) break;
    if (ch === '\\') i += 2;
    else if (ch === '$' && s[i + 1] === "'") {
      // $'…': a backslash escapes the quote inside.
      i += 2;
      while (i < s.length && s[i] !== "'") i += s[i] === '\\' ? 2 : 1;
      if (i >= s.length) throw new ShSyntaxError(UNTERMINATED);
      i++;
    } else if (ch === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new ShSyntaxError(UNTERMINATED);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\') i += 2;
        else if (s[i] === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) i = nestedEnd(s, i);
        else if (s[i] === '`') i = backquoteEnd(s, i);
        else i++;
      }
      if (i >= s.length) throw new ShSyntaxError(UNTERMINATED);
      i++;
    } else if (ch === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
      // $(…) and ${…} hold spaces, quotes and operators of their own (sh-scan.ts).
      i = nestedEnd(s, i);
    } else if (ch === '`') {
      i = backquoteEnd(s, i);
    } else i++;
  }
  return i;
}

const RESERVED_END = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', '}', 'esac']);

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}


  /**
   * Complete commands one line at a time, as ash's parsecmd reads them: those before a syntax
   * error are kept (and run), the error comes with the line it was found on. `pending` is the
   * tokenizer's error, met where its tokens end.
   */
  parseCommands(eofLine: number, pending: Tokens['error']): ParsedScript {
    const list: List = [];
    for (;;) {
      this.skipNewlines();
      if (this.pos >= this.tokens.length) return { list, error: pending };
      try {
        const line = this.parseLine();
        // A command cut short by the tokenizer's error is that error.
        if (pending && this.pos >= this.tokens.length) return { list, error: pending };
        list.push(...line);
      } catch (error) {
        if (!(error instanceof ShSyntaxError)) throw error;
        if (pending && this.pos >= this.tokens.length) return { list, error: pending };
        return { list, error: { error, line: this.tokens[this.pos]?.line ?? eofLine } };
      }
    }
  }

  /** The and-or lists of one line, joined by `;` and `&`, up to its newline. */
  private parseLine(): List {
    const items: List = [];
    for (;;) {
      const andOr = this.parseAndOr();
      items.push(andOr);
      const sep = this.tokens[this.pos];
      if (sep?.kind === 'op' && (sep.text === ';' || sep.text === '&')) {
        andOr.background = sep.text === '&';
        this.pos++;
        const next = this.tokens[this.pos];
        if (!next || (next.kind === 'op' && next.text === '\n')) return items;
        continue;
      }
      if (!sep || (sep.kind === 'op' && sep.text === '\n')) return items;
      throw new ShSyntaxError(this.describe(sep));
    }
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.pos];
    return t?.kind === 'word' ? t.text : undefined;
  }

  private skipNewlines(): void {
    while (this.tokens[this.pos]?.kind === 'op' && (this.tokens[this.pos] as { text: string }).text === '\n') this.pos++;
  }

  private parseList(stops: Set<string>): List {
    const list: List = [];
    for (;;) {
      this.skipNewlines();
      const t = this.tokens[this.pos];
      if (!t) break;
      if (t.kind === 'word' && stops.has(t.text)) break;
      if (t.kind === 'op' && t.text === ')') break;
      const andOr = this.parseAndOr();
      list.push(andOr);
      const sep = this.tokens[this.pos];
      if (sep?.kind === 'op' && (sep.text === ';' || sep.text === '&' || sep.text === '\n')) {
        andOr.background = sep.text === '&';
        this.pos++;
      } else break;
    }
    return list;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.tokens[this.pos];
      if (t?.kind === 'op' && (t.text === '&&' || t.text === '||')) {
        this.pos++;
        this.skipNewlines();
        rest.push({ op: t.text, pipeline: this.parsePipeline() });
      } else break;
    }
    return { first, rest, background: false };
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    if (this.peekWord() === '!') {
      negate = true;
      this.pos++;
    }
    const commands = [this.parseCommand()];
    while (this.tokens[this.pos]?.kind === 'op' && (this.tokens[this.pos] as { text: string }).text === '|') {
      this.pos++;
      this.skipNewlines();
      commands.push(this.parseCommand());
    }
    return { negate, commands };
  }

  /** The closing word `word`, else ash's raise_error_unexpected_syntax(word): `unexpected X (expecting "word")`. */
  private expectWord(word: string): void {
    this.skipNewlines();
    if (this.peekWord() !== word) throw new ShSyntaxError(`${this.describe(this.tokens[this.pos])} (expecting "${word}")`);
    this.pos++;
  }

  private peekOp(offset = 0): string | undefined {
    const t = this.tokens[this.pos + offset];
    return t?.kind === 'op' ? t.text : undefined;
  }

  private parseCommand(): Command {
    const command = this.parseCommandOnly();
    if (command.kind === 'simple' || command.kind === 'function') return command;
    // A compound command's own redirections follow its closing word.
    const redirects: Redirect[] = [];
    for (let t = this.tokens[this.pos]; t?.kind === 'redir'; t = this.tokens[++this.pos]) redirects.push(t.redirect);
    return redirects.length > 0 ? { ...command, redirects } : command;
  }

  private parseCommandOnly(): Command {
    const word = this.peekWord();
    if (this.peekOp() === '(') return this.parseSubshell();
    if (word === 'case') return this.parseCase();
    if (word !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word) && this.peekOp(1) === '(' && this.peekOp(2) === ')') {
      this.pos += 3;
      this.skipNewlines();
      return { kind: 'function', name: word, body: this.parseCommand() };
    }
    if (word === 'if') return this.parseIf();
    if (word === '{') {
      this.pos++;
      const body = this.nonEmpty(this.parseList(new Set(['}'])));
      this.expectWord('}');
      return { kind: 'group', body };
    }
    if (word === 'while' || word === 'until') {
      this.pos++;
      const cond = this.nonEmpty(this.parseList(new Set(['do'])));
      this.expectWord('do');
      const body = this.nonEmpty(this.parseList(new Set(['done'])));
      this.expectWord('done');
      return { kind: word, cond, body };
    }
    if (word === 'for') {
      this.pos++;
      const name = this.peekWord() ?? '';
      this.pos++;
      const words: string[] = [];
      this.skipNewlines();
      if (this.peekWord() === 'in') {
        this.pos++;
        while (this.tokens[this.pos]?.kind === 'word') words.push((this.tokens[this.pos++] as { text: string }).text);
      }
      const sep = this.tokens[this.pos];
      if (sep?.kind === 'op' && (sep.text === ';' || sep.text === '\n')) this.pos++;
      this.expectWord('do');
      const body = this.nonEmpty(this.parseList(new Set(['done'])));
      this.expectWord('done');
      return { kind: 'for', name, words, body };
    }
    return this.parseSimple();
  }

  /** `( list )`; ash's parser wants at least one command inside. */
  private parseSubshell(): SubshellCommand {
    this.pos++;
    const body = this.nonEmpty(this.parseList(new Set()));
    if (this.peekOp() !== ')') throw new ShSyntaxError(`${this.describe(this.tokens[this.pos])} (expecting ")")`);
    this.pos++;
    return { kind: 'subshell', body };
  }

  /**
   * ash wants at least one command in a body or condition: an empty one is the next token's
   * error (list() hands it to command()); at the end of the script the closing word is missing.
   */
  private nonEmpty(list: List): List {
    if (list.length === 0 && this.pos < this.tokens.length) throw new ShSyntaxError(this.describe(this.tokens[this.pos]));
    return list;
  }

  private describe(t: Token | undefined): string {
    if (!t) return 'end of file';
    return `"${t.kind === 'word' ? t.text : t.kind === 'op' ? (t.text === '\n' ? 'newline' : t.text) : 'redirection'}"`;
  }

  private parseCase(): CaseCommand {
    this.pos++;
    const subject = this.peekWord();
    if (subject === undefined) throw new ShSyntaxError(this.describe(this.tokens[this.pos]));
    this.pos++;
    this.expectWord('in');
    const items: CaseCommand['items'] = [];
    for (;;) {
      this.skipNewlines();
      if (this.peekWord() === 'esac') break;
      if (this.peekOp() === '(') this.pos++;
      const patterns: string[] = [];
      for (;;) {
        const w = this.peekWord();
        if (w === undefined) throw new ShSyntaxError(this.describe(this.tokens[this.pos]));
        patterns.push(w);
        this.pos++;
        if (this.peekOp() !== '|') break;
        this.pos++;
      }
      if (this.peekOp() !== ')') throw new ShSyntaxError(this.describe(this.tokens[this.pos]));
      this.pos++;
      items.push({ patterns, body: this.parseList(new Set(['esac'])) });
      if (this.peekOp() === ';;') this.pos++;
      else {
        this.skipNewlines();
        if (this.peekWord() !== 'esac') throw new ShSyntaxError(this.describe(this.tokens[this.pos]));
      }
    }
    this.pos++;
    return { kind: 'case', subject, items };
  }

  private parseIf(): IfCommand {
    const branches: IfCommand['branches'] = [];
    let elseBody: List | undefined;
    this.pos++;
    for (;;) {
      const cond = this.nonEmpty(this.parseList(new Set(['then'])));
      this.expectWord('then');
      const body = this.nonEmpty(this.parseList(new Set(['elif', 'else', 'fi'])));
      branches.push({ cond, body });
      const next = this.peekWord();
      this.pos++;
      if (next === 'elif') continue;
      if (next === 'else') {
        elseBody = this.nonEmpty(this.parseList(new Set(['fi'])));
        this.expectWord('fi');
      } else if (next !== 'fi') {
        this.pos--;
        this.expectWord('fi');
      }
      break;
    }
    return { kind: 'if', branches, elseBody };
  }

  private parseSimple(): SimpleCommand {
    const first = this.tokens[this.pos];
    const cmd: SimpleCommand = { kind: 'simple', assignments: [], words: [], redirects: [], line: first?.kind === 'word' ? first.line : undefined };
    for (;;) {
      const t = this.tokens[this.pos];
      if (!t || t.kind === 'op') break;
      if (t.kind === 'redir') cmd.redirects.push(t.redirect);
      else if (cmd.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(t.text)) cmd.assignments.push(t.text);
      else if (cmd.words.length === 0 && RESERVED_END.has(t.text)) throw new ShSyntaxError(`"${t.text}"`);
      else cmd.words.push(t.text);
      this.pos++;
    }
    if (cmd.words.length === 0 && cmd.assignments.length === 0 && cmd.redirects.length === 0) {
      const t = this.tokens[this.pos];
      throw new ShSyntaxError(t ? `"${t.kind === 'op' ? (t.text === '\n' ? 'newline' : t.text) : ''}"` : 'end of file');
    }
    return cmd;
  }
}

/** A script's commands up to its first syntax error, and that error with its line (from 0). */
export interface ParsedScript {
  list: List;
  error?: { error: ShSyntaxError; line: number };
}

/** Parses a whole script, keeping the commands before a syntax error (ash runs them first). */
export function parseScript(script: string): ParsedScript {
  const { tokens, error } = tokenize(script);
  return new Parser(tokens).parseCommands(lineAt(script, script.length), error);
}
