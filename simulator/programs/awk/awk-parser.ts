// The awk grammar as busybox 1.35 accepts it (editors/awk.c parse_program, parse_expr with its
// operator priorities): a recursive descent over awk-lexer's tokens into a tree that
// awk-interp.ts walks. Errors are busybox's: `Unexpected token`, or `Unexpected end of string`
// when the token before was a newline or the end.

import { AwkError } from './awk-values';
import { tokenize, type Token } from './awk-lexer';
import { compileRegex } from './awk-regex';

export type Expr =
  | { t: 'num'; n: number }
  | { t: 'str'; s: string }
  | { t: 'ere'; re: string }
  | { t: 'var'; name: string }
  | { t: 'field'; e: Expr }
  | { t: 'index'; name: string; subs: Expr[] }
  | { t: 'assign'; op: string; target: Expr; e: Expr }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr }
  | { t: 'and' | 'or'; a: Expr; b: Expr }
  | { t: 'not' | 'neg' | 'plus'; e: Expr }
  | { t: 'bin'; op: string; a: Expr; b: Expr }
  | { t: 'cat'; a: Expr; b: Expr }
  | { t: 'cmp'; op: string; a: Expr; b: Expr }
  | { t: 'match'; neg: boolean; a: Expr; re: Expr }
  | { t: 'in'; subs: Expr[]; name: string }
  | { t: 'incdec'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { t: 'builtin'; name: string; args: Expr[]; line: number }
  | { t: 'call'; name: string; args: Expr[]; line: number }
  | { t: 'getline'; target?: Expr; file?: Expr; cmd?: Expr }
  | { t: 'group'; e: Expr }
  /** `(a, b)`, only before `in`. */
  | { t: 'grouplist'; list: Expr[] };

interface Redirect {
  mode: '>' | '>>' | '|';
  e: Expr;
}

export type Stmt =
  | { t: 'print' | 'printf'; args: Expr[]; redirect?: Redirect; line: number }
  | { t: 'expr'; e: Expr; line: number }
  | { t: 'if'; c: Expr; then: Stmt; else?: Stmt }
  | { t: 'while'; c: Expr; body: Stmt }
  | { t: 'do'; body: Stmt; c: Expr }
  | { t: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { t: 'forin'; v: string; array: string; body: Stmt }
  | { t: 'block'; body: Stmt[] }
  | { t: 'next' | 'nextfile' | 'break' | 'continue' }
  | { t: 'exit' | 'return'; e?: Expr; line: number }
  | { t: 'delete'; name: string; subs?: Expr[]; line: number }
  /** What busybox only finds wrong when it runs it (`delete` of nothing or of no array). */
  | { t: 'fail'; message: string; line: number };

interface Rule {
  pattern?: Expr;
  /** A range pattern's end (`/a/,/b/`). */
  end?: Expr;
  /** Absent: print $0. */
  action?: Stmt[];
}

interface AwkFunction {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface AwkProgram {
  begin: Stmt[][];
  rules: Rule[];
  end: Stmt[][];
  functions: Map<string, AwkFunction>;
}

/** Tokens that start an operand after another one: a concatenation (TS_CONCAT_R less + and -, which subtract). */
const UNARY_START = new Set(['!', '++', '--', '$', '(']);

class Parser {
  private pos = 0;
  private loops = 0;
  /** Inside a print's argument list, where `>` redirects. */
  private noGt = false;

  constructor(
    private readonly tokens: Token[],
    private readonly program: AwkProgram,
  ) {}

  private get tok(): Token {
    return this.tokens[this.pos] ?? this.tokens[this.tokens.length - 1]!;
  }

  private peekAt(k: number): Token {
    return this.tokens[this.pos + k] ?? this.tokens[this.tokens.length - 1]!;
  }

  private is(text: string, kind?: Token['kind']): boolean {
    const t = this.tok;
    return t.text === text && (kind === undefined ? t.kind === 'op' || t.kind === 'kw' : t.kind === kind);
  }

  /**
   * next_token's complaint: `Unexpected end of string` when the token before was a newline that
   * ended something (one after an operator, `,`, `{`, `}` or `;` is skipped and does not count).
   */
  private fail(): never {
    let k = this.pos - 1;
    const newline = this.tokens[k]?.kind === 'nl';
    while (this.tokens[k]?.kind === 'nl') k--;
    const before = this.tokens[k];
    const skipped = before !== undefined && before.kind === 'op' && !['(', ')', '[', ']', '$', '++', '--', '!'].includes(before.text);
    throw new AwkError(newline && !skipped ? 'Unexpected end of string' : 'Unexpected token', false, this.tok.line);
  }

  private expect(text: string): Token {
    if (!this.is(text)) this.fail();
    return this.tokens[this.pos++]!;
  }

  private skipNewlines(): void {
    while (this.tok.kind === 'nl') this.pos++;
  }

  private skipTerminators(): void {
    while (this.tok.kind === 'nl' || this.is(';')) this.pos++;
  }

  parse(): void {
    this.skipTerminators();
    while (this.tok.kind !== 'eof') {
      this.item();
      this.skipTerminators();
    }
  }

  private item(): void {
    if (this.is('BEGIN', 'kw')) {
      this.pos++;
      this.program.begin.push(this.block());
    } else if (this.is('END', 'kw')) {
      this.pos++;
      this.program.end.push(this.block());
    } else if (this.is('function', 'kw')) {
      this.pos++;
      const name = this.tok;
      if (name.kind !== 'name' && name.kind !== 'funcname') this.fail();
      this.pos++;
      if (this.program.functions.has(name.text)) throw new AwkError('Duplicate function', false, name.line);
      this.expect('(');
      const params: string[] = [];
      while (!this.is(')')) {
        const p = this.tok;
        if (p.kind !== 'name') this.fail();
        params.push(p.text);
        this.pos++;
        if (this.is(',')) {
          this.pos++;
          this.skipNewlines();
        } else if (!this.is(')')) this.fail();
      }
      this.pos++;
      this.skipNewlines();
      const fn: AwkFunction = { name: name.text, params, body: [] };
      this.program.functions.set(name.text, fn);
      fn.body = this.block();
    } else if (this.is('{')) {
      this.program.rules.push({ action: this.block() });
    } else {
      const pattern = this.expr();
      let end: Expr | undefined;
      if (this.is(',')) {
        this.pos++;
        this.skipNewlines();
        end = this.expr();
      }
      const rule: Rule = { pattern, ...(end ? { end } : {}) };
      if (this.is('{')) rule.action = this.block();
      else if (!(this.tok.kind === 'nl' || this.is(';') || this.tok.kind === 'eof')) this.fail();
      this.program.rules.push(rule);
    }
  }

  private block(): Stmt[] {
    this.skipNewlines();
    this.expect('{');
    const body: Stmt[] = [];
    this.skipTerminators();
    while (!this.is('}')) {
      if (this.tok.kind === 'eof') this.fail();
      body.push(this.statement());
      this.skipTerminators();
    }
    this.pos++;
    return body;
  }

  /** A statement's end: `;`, a newline, or (not consumed) `}` / the end. */
  private endSimple(): void {
    if (this.is(';') || this.tok.kind === 'nl') this.pos++;
    else if (!this.is('}') && this.tok.kind !== 'eof') this.fail();
  }

  private body(): Stmt {
    this.skipNewlines();
    if (this.is(';')) {
      this.pos++;
      return { t: 'block', body: [] };
    }
    return this.statement();
  }

  private statement(): Stmt {
    const t = this.tok;
    if (this.is('{')) return { t: 'block', body: this.block() };
    if (t.kind === 'kw') {
      switch (t.text) {
        case 'if': {
          this.pos++;
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          const then = this.body();
          const save = this.pos;
          this.skipTerminators();
          if (this.is('else', 'kw')) {
            this.pos++;
            return { t: 'if', c, then, else: this.body() };
          }
          this.pos = save;
          return { t: 'if', c, then };
        }
        case 'while': {
          this.pos++;
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          if (this.is(';')) {
            this.pos++;
            return { t: 'while', c, body: { t: 'block', body: [] } };
          }
          return { t: 'while', c, body: this.loopBody() };
        }
        case 'do': {
          this.pos++;
          const body = this.loopBody();
          this.skipTerminators();
          if (!this.is('while', 'kw')) this.fail();
          this.pos++;
          this.expect('(');
          const c = this.expr();
          this.expect(')');
          this.endSimple();
          return { t: 'do', body, c };
        }
        case 'for':
          return this.forStatement();
        case 'break':
        case 'continue':
          if (this.loops === 0) throw new AwkError(`'${t.text}' not in a loop`, false, t.line);
          this.pos++;
          this.endSimple();
          return { t: t.text };
        case 'next':
        case 'nextfile':
          this.pos++;
          this.endSimple();
          return { t: t.text };
        case 'exit':
        case 'return': {
          this.pos++;
          const e = this.is(';') || this.is('}') || this.tok.kind === 'nl' || this.tok.kind === 'eof' ? undefined : this.expr();
          this.endSimple();
          return { t: t.text, line: t.line, ...(e ? { e } : {}) };
        }
        case 'delete': {
          this.pos++;
          const name = this.tok;
          if (name.kind !== 'name') {
            const none = this.is(';') || this.is('}') || this.tok.kind === 'nl' || this.tok.kind === 'eof';
            if (!none) this.expr();
            this.endSimple();
            return { t: 'fail', message: none ? 'Too few arguments' : 'Not an array', line: t.line };
          }
          this.pos++;
          let subs: Expr[] | undefined;
          if (this.is('[')) {
            this.pos++;
            subs = this.exprList(']');
          }
          this.endSimple();
          return { t: 'delete', name: name.text, line: t.line, ...(subs ? { subs } : {}) };
        }
        case 'print':
        case 'printf':
          return this.print(t.text);
        default:
          break;
      }
    }
    const e = this.expr();
    this.endSimple();
    return { t: 'expr', e, line: t.line };
  }

  private loopBody(): Stmt {
    this.loops++;
    try {
      return this.body();
    } finally {
      this.loops--;
    }
  }

  private forStatement(): Stmt {
    this.pos++;
    this.expect('(');
    if (this.tok.kind === 'name' && this.peekAt(1).text === 'in' && this.peekAt(1).kind === 'kw' && this.peekAt(2).kind === 'name' && this.peekAt(3).text === ')') {
      const v = this.tok.text;
      const array = this.peekAt(2).text;
      this.pos += 4;
      return { t: 'forin', v, array, body: this.loopBody() };
    }
    const simple = (): Stmt => ({ t: 'expr', e: this.expr(), line: this.tok.line });
    const init = this.is(';') ? undefined : simple();
    this.expect(';');
    this.skipNewlines();
    const c = this.is(';') ? undefined : this.expr();
    this.expect(';');
    this.skipNewlines();
    const step = this.is(')') ? undefined : simple();
    this.expect(')');
    if (this.is(';')) {
      this.pos++;
      return { t: 'for', body: { t: 'block', body: [] }, ...(init ? { init } : {}), ...(c ? { c } : {}), ...(step ? { step } : {}) };
    }
    return { t: 'for', body: this.loopBody(), ...(init ? { init } : {}), ...(c ? { c } : {}), ...(step ? { step } : {}) };
  }

  private print(kind: 'print' | 'printf'): Stmt {
    const line = this.tok.line;
    this.pos++;
    let args: Expr[] = [];
    const ends = () => this.is(';') || this.is('}') || this.is('>') || this.is('>>') || this.is('|') || this.tok.kind === 'nl' || this.tok.kind === 'eof';
    if (!ends()) {
      const save = this.pos;
      let grouped: Expr[] | undefined;
      if (this.is('(')) {
        this.pos++;
        if (this.is(')')) throw new AwkError('Empty sequence', false, this.tok.line);
        const list = this.exprList(')');
        if (ends()) grouped = list;
        else this.pos = save;
      }
      if (grouped) args = grouped;
      else {
        const was = this.noGt;
        this.noGt = true;
        try {
          args = [this.expr()];
          while (this.is(',')) {
            this.pos++;
            this.skipNewlines();
            args.push(this.expr());
          }
        } finally {
          this.noGt = was;
        }
      }
    }
    let redirect: Redirect | undefined;
    if (this.is('>') || this.is('>>') || this.is('|')) {
      const mode = this.tok.text as Redirect['mode'];
      this.pos++;
      const was = this.noGt;
      // After the redirection `>` compares again: print "x" > "f" > "g" writes to a file named 0.
      this.noGt = false;
      try {
        redirect = { mode, e: this.ternary() };
      } finally {
        this.noGt = was;
      }
    }
    this.endSimple();
    return { t: kind, args, line, ...(redirect ? { redirect } : {}) };
  }

  /** Expressions separated by commas up to `close` (consumed). */
  private exprList(close: string): Expr[] {
    const was = this.noGt;
    this.noGt = false;
    try {
      const list = [this.expr()];
      while (this.is(',')) {
        this.pos++;
        this.skipNewlines();
        list.push(this.expr());
      }
      this.expect(close);
      return list;
    } finally {
      this.noGt = was;
    }
  }

  expr(): Expr {
    return this.ternary();
  }

  private isLvalue(e: Expr): boolean {
    return e.t === 'var' || e.t === 'field' || e.t === 'index';
  }

  private ternary(): Expr {
    const c = this.or();
    if (this.is('?')) {
      this.pos++;
      this.skipNewlines();
      const a = this.ternary();
      this.skipNewlines();
      this.expect(':');
      this.skipNewlines();
      const b = this.ternary();
      return { t: 'cond', c, a, b };
    }
    const op = this.tok.text;
    if (this.tok.kind === 'op' && ['=', '+=', '-=', '*=', '/=', '%=', '^=', '**='].includes(op) && this.isLvalue(c)) {
      this.pos++;
      this.skipNewlines();
      return { t: 'assign', op: op === '**=' ? '^=' : op, target: c, e: this.ternary() };
    }
    return c;
  }

  private or(): Expr {
    let a = this.and();
    // In a print list busybox reads `|` as the output pipe, so `||` there is a second `|`.
    if (this.noGt && this.is('||')) this.fail();
    while (this.is('||')) {
      this.pos++;
      this.skipNewlines();
      a = { t: 'or', a, b: this.and() };
    }
    return a;
  }

  private and(): Expr {
    let a = this.inExpr();
    while (this.is('&&')) {
      this.pos++;
      this.skipNewlines();
      a = { t: 'and', a, b: this.inExpr() };
    }
    return a;
  }

  private inExpr(): Expr {
    let a = this.matchExpr();
    while (this.is('in', 'kw')) {
      this.pos++;
      const name = this.tok;
      if (name.kind !== 'name') this.fail();
      this.pos++;
      a = { t: 'in', subs: a.t === 'grouplist' ? a.list : [a], name: name.text };
    }
    return a;
  }

  private matchExpr(): Expr {
    let a = this.comparison();
    while ((this.is('~') || this.is('!~'))) {
      const neg = this.tok.text === '!~';
      this.pos++;
      a = { t: 'match', neg, a, re: this.comparison() };
    }
    return a;
  }

  /** Comparisons group to the left (`1 < 2 < 3` is `(1 < 2) < 3`), as busybox's priorities do. */
  private comparison(): Expr {
    let a = this.pipeGetline();
    for (;;) {
      const op = this.tok.text;
      if (this.tok.kind !== 'op' || !['<', '<=', '==', '!=', '>=', '>'].includes(op) || (op === '>' && this.noGt)) return a;
      this.pos++;
      a = { t: 'cmp', op, a, b: this.pipeGetline() };
    }
  }

  private pipeGetline(): Expr {
    let a = this.concat();
    while (this.is('|') && this.peekAt(1).text === 'getline' && this.peekAt(1).kind === 'kw') {
      this.pos += 2;
      const target = this.optionalLvalue();
      a = { t: 'getline', cmd: a, ...(target ? { target } : {}) };
    }
    return a;
  }

  private startsOperand(): boolean {
    const t = this.tok;
    if (t.kind === 'num' || t.kind === 'str' || t.kind === 'ere' || t.kind === 'name' || t.kind === 'funcname' || t.kind === 'builtin') return true;
    return t.kind === 'op' && UNARY_START.has(t.text);
  }

  concat(): Expr {
    let a = this.additive();
    while (this.startsOperand()) {
      a = { t: 'cat', a, b: this.additive() };
    }
    return a;
  }

  private additive(): Expr {
    let a = this.multiplicative();
    while (this.is('+') || this.is('-')) {
      const op = this.tok.text;
      this.pos++;
      this.skipNewlines();
      a = { t: 'bin', op, a, b: this.multiplicative() };
    }
    return a;
  }

  private multiplicative(): Expr {
    let a = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.tok.text;
      this.pos++;
      this.skipNewlines();
      a = { t: 'bin', op, a, b: this.unary() };
    }
    return a;
  }

  private unary(): Expr {
    if (this.is('!')) {
      this.pos++;
      return { t: 'not', e: this.unary() };
    }
    if (this.is('-')) {
      this.pos++;
      return { t: 'neg', e: this.unary() };
    }
    if (this.is('+')) {
      this.pos++;
      return { t: 'plus', e: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const a = this.incdec();
    if (this.is('^') || this.is('**')) {
      this.pos++;
      this.skipNewlines();
      const b = this.is('-') || this.is('+') || this.is('!') ? this.unary() : this.power();
      return { t: 'bin', op: '^', a, b };
    }
    return a;
  }

  private incdec(): Expr {
    if (this.is('++') || this.is('--')) {
      const op = this.tok.text as '++' | '--';
      this.pos++;
      const target = this.incdec();
      if (!this.isLvalue(target)) this.fail();
      return { t: 'incdec', op, prefix: true, target };
    }
    const e = this.primary();
    if ((this.is('++') || this.is('--')) && this.isLvalue(e)) {
      const op = this.tok.text as '++' | '--';
      this.pos++;
      return { t: 'incdec', op, prefix: false, target: e };
    }
    return e;
  }

  private optionalLvalue(): Expr | undefined {
    const t = this.tok;
    if (t.kind === 'name') {
      this.pos++;
      if (this.is('[')) {
        this.pos++;
        return { t: 'index', name: t.text, subs: this.exprList(']') };
      }
      return { t: 'var', name: t.text };
    }
    if (this.is('$')) {
      this.pos++;
      return { t: 'field', e: this.incdec() };
    }
    return undefined;
  }

  private primary(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'num':
        this.pos++;
        return { t: 'num', n: t.n ?? 0 };
      case 'str':
        this.pos++;
        return { t: 'str', s: t.text };
      case 'ere': {
        this.pos++;
        // mk_re_node compiles a /literal/ as it is parsed: a bad one ends awk before BEGIN.
        const re = compileRegex(t.text);
        if (typeof re === 'string') throw new AwkError(`bad regex '${t.text}': ${re}`, true);
        return { t: 'ere', re: t.text };
      }
      case 'name':
        this.pos++;
        if (this.is('[')) {
          this.pos++;
          return { t: 'index', name: t.text, subs: this.exprList(']') };
        }
        return { t: 'var', name: t.text };
      case 'funcname': {
        this.pos += 2;
        const args = this.is(')') ? (this.pos++, []) : this.exprList(')');
        return { t: 'call', name: t.text, args, line: t.line };
      }
      case 'builtin': {
        this.pos++;
        if (!this.is('(')) {
          if (t.text === 'length') return { t: 'builtin', name: 'length', args: [], line: t.line };
          this.fail();
        }
        this.pos++;
        const args = this.is(')') ? (this.pos++, []) : this.exprList(')');
        return { t: 'builtin', name: t.text, args, line: t.line };
      }
      case 'kw':
        if (t.text === 'getline') {
          this.pos++;
          const target = this.optionalLvalue();
          let file: Expr | undefined;
          if (this.is('<')) {
            this.pos++;
            file = this.incdec();
          }
          return { t: 'getline', ...(target ? { target } : {}), ...(file ? { file } : {}) };
        }
        this.fail();
      // falls through: fail() never returns
      case 'op':
        if (t.text === '$') {
          this.pos++;
          return { t: 'field', e: this.incdec() };
        }
        if (t.text === '(') {
          this.pos++;
          if (this.is(')')) throw new AwkError('Empty sequence', false, t.line);
          const list = this.exprList(')');
          if (list.length > 1) {
            if (!this.is('in', 'kw')) this.fail();
            return { t: 'grouplist', list };
          }
          return { t: 'group', e: list[0]! };
        }
        if (t.text === '-' || t.text === '+' || t.text === '!') return this.unary();
        this.fail();
      // falls through
      default:
        this.fail();
    }
  }
}

/** Parses program text (joined -f files and -e texts are parsed one after another into `into`). */
export function parseAwk(src: string, into?: AwkProgram): AwkProgram {
  const program = into ?? { begin: [], rules: [], end: [], functions: new Map() };
  new Parser(tokenize(src), program).parse();
  return program;
}
