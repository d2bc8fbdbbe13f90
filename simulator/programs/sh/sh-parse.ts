// The grammar of the small busybox-ash subset the inner shell understands: lists joined by
// `;`, `&`, newlines, `&&` and `||`, pipelines, simple commands with assignments and
// redirections, plus `if`, `while`/`until`, `for` and `case`. Words keep their quotes here; expansion
// happens when a command runs (sh-expand.ts), as in a real shell.

import { backquoteEnd, nestedEnd } from './sh-scan';

export interface Redirect {
  /** File descriptor redirected (1 for `>`, 0 for `<`). */
  fd: number;
  op: '>' | '>>' | '<' | '>&' | '<<';
  /** Raw word: a path, or a descriptor number for `>&`; a here-document's body for `<<`. */
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

/** A compound command with its own redirections (`{ …; } >&2`, `while read l; do …; done <<EOF`). */
type Compound = IfCommand | LoopCommand | ForCommand | GroupCommand | CaseCommand;

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
    super(`syntax error: unexpected ${token}`);
  }
}

/**
 * Grammar busybox ash accepts but this shell does not implement: reported honestly as not
 * simulated (exit 2) instead of as a syntax error the real shell would never print.
 */
export class ShUnsupported extends Error {
  constructor(readonly what: string) {
    super(`${what}: not simulated here`);
  }
}

type Token = { kind: 'word'; text: string; line: number } | { kind: 'op'; text: string } | { kind: 'redir'; redirect: Redirect };

const OPERATORS = ['&&', '||', ';;', ';', '&', '|', '\n', '(', ')'];

/** Splits a script into words (quotes kept) and operators. Throws ShSyntaxError on an open quote. */
function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
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
      tokens.push({ kind: 'op', text: '\n' });
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
      tokens.push({ kind: 'redir', redirect });
      continue;
    }
    if (ch === '\n') line++;
    const redir = /^(\d?)(>>|>&|>|<)/.exec(script.slice(i));
    if (redir) {
      i += redir[0].length;
      while (script[i] === ' ' || script[i] === '\t') i++;
      const start = i;
      i = wordEnd(script, i);
      const op = redir[2] as Redirect['op'];
      const fd = redir[1] ? Number(redir[1]) : op === '<' ? 0 : 1;
      if (i === start) throw new ShSyntaxError(i < script.length ? script[i] ?? 'end of file' : 'end of file');
      tokens.push({ kind: 'redir', redirect: { fd, op, target: script.slice(start, i) } });
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
      tokens.push({ kind: 'op', text: op });
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
  return tokens;
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
      if (i >= s.length) throw new ShSyntaxError('end of file (expecting "\'")');
      i++;
    } else if (ch === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new ShSyntaxError('end of file (expecting "\'")');
      i = end + 1;
    } else if (ch === '"') {
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\') i += 2;
        else if (s[i] === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) i = nestedEnd(s, i);
        else if (s[i] === '`') i = backquoteEnd(s, i);
        else i++;
      }
      if (i >= s.length) throw new ShSyntaxError('end of file (expecting \'"\')');
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

  parseScript(): List {
    const list = this.parseList(new Set());
    const next = this.tokens[this.pos];
    if (next) throw new ShSyntaxError(next.kind === 'word' ? `"${next.text}"` : `"${next.kind === 'op' ? next.text : 'redirection'}"`);
    return list;
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

  private expectWord(word: string): void {
    this.skipNewlines();
    if (this.peekWord() !== word) {
      const t = this.tokens[this.pos];
      throw new ShSyntaxError(t ? `"${t.kind === 'word' ? t.text : t.kind === 'op' ? t.text : 'redirection'}"` : 'end of file');
    }
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
    if (this.peekOp() === '(') throw new ShUnsupported('subshells ( … )');
    if (word === 'case') return this.parseCase();
    if (word !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word) && this.peekOp(1) === '(' && this.peekOp(2) === ')') {
      this.pos += 3;
      this.skipNewlines();
      return { kind: 'function', name: word, body: this.parseCommand() };
    }
    if (word === 'if') return this.parseIf();
    if (word === '{') {
      this.pos++;
      const body = this.parseList(new Set(['}']));
      this.expectWord('}');
      return { kind: 'group', body };
    }
    if (word === 'while' || word === 'until') {
      this.pos++;
      const cond = this.parseList(new Set(['do']));
      this.expectWord('do');
      const body = this.parseList(new Set(['done']));
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
      const body = this.parseList(new Set(['done']));
      this.expectWord('done');
      return { kind: 'for', name, words, body };
    }
    return this.parseSimple();
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
      const cond = this.parseList(new Set(['then']));
      this.expectWord('then');
      const body = this.parseList(new Set(['elif', 'else', 'fi']));
      branches.push({ cond, body });
      const next = this.peekWord();
      this.pos++;
      if (next === 'elif') continue;
      if (next === 'else') {
        elseBody = this.parseList(new Set(['fi']));
        this.expectWord('fi');
      } else if (next !== 'fi') throw new ShSyntaxError(next ? `"${next}"` : 'end of file (expecting "fi")');
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

/** Parses a whole script. Throws ShSyntaxError. */
export function parseScript(script: string): List {
  return new Parser(tokenize(script)).parseScript();
}
