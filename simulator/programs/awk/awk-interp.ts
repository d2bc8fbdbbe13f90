// Runs a parsed awk program as busybox 1.35 does (editors/awk.c evaluate, awk_main): BEGIN, the
// records of each ARGV operand (or stdin), END; fields split lazily and $0 rebuilt when a field
// or NF is set; values and arrays as awk-values.ts keeps them; builtins in awk-builtins.ts;
// files, commands and output redirections through the AwkIo it is given.

import { callBuiltin, type BuiltinHost } from './awk-builtins';
import { awkPrintf, cConvert } from './awk-format';
import type { AwkProgram, Expr, Stmt } from './awk-parser';
import { execAt } from './awk-regex';
import { awkSplit, makeSplitter, RecordReader, regexOrDie, type Splitter } from './awk-split';
import { AwkError, arrayOf, formatNumber, isNumeric, isTrue, num, str, toNum, UNINIT, userStr, type Cell, type Value } from './awk-values';
import { unescape } from './awk-lexer';

/** What the interpreter needs from the world. */
export interface AwkIo {
  /** Appends to awk's stdout or stderr. */
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** The text of a file for reading; an errno text when it cannot be read. */
  readFile(name: string): { text: string } | { error: string };
  /** stdin's text, and whether it stays open after it (awk then waits for ever at its end). */
  stdin(): { text: string; open: boolean };
  /**
   * Runs `sh -c cmd` with `input` on its stdin: its exit code, and its stdout when `capture`
   * (else that goes to awk's stdout, as stderr always does).
   */
  run(cmd: string, input: string, capture: boolean): { stdout: string; code: number };
  /** Writes a whole file (print > file); an errno text when it cannot. */
  writeFile(name: string, text: string, append: boolean): string | undefined;
  /** Simulated seconds since the epoch. */
  now(): number;
}

class Exit {}
class Next {
  constructor(readonly file: boolean) {}
}
class Break {}
class Continue {}
class Return {
  constructor(readonly value: Value) {}
}
/** stdin stays open and awk waits for more. */
export class Waits {}

interface OutStream {
  kind: 'file' | 'pipe';
  text: string;
  append: boolean;
}

interface InStream {
  reader?: RecordReader;
  /** A command's exit code, which close() gives as pclose's wait status. */
  code?: number;
}

const SPECIAL = ['CONVFMT', 'OFMT', 'FS', 'OFS', 'ORS', 'RS', 'RT', 'FILENAME', 'SUBSEP', 'ARGIND', 'ARGC', 'ARGV', 'ERRNO', 'FNR', 'NR', 'NF', 'IGNORECASE', 'ENVIRON'] as const;
type SpecialName = (typeof SPECIAL)[number];

export class Interp implements BuiltinHost {
  private readonly globals = new Map<string, Cell>();
  private readonly sv = {} as Record<SpecialName, Cell>;
  private readonly f0: Cell = { value: str('') };
  private fields: Cell[] = [];
  private split = true;
  private fs: Splitter = { kind: 'space' };
  private rs: Splitter = { kind: 'char', c: '\n' };
  private icase = false;
  private frames: Array<Map<string, Cell>> = [];
  private readonly special = new Map<Cell, SpecialName>();
  private readonly fieldIndex = new WeakMap<Cell, number>();
  private readonly outs = new Map<string, OutStream>();
  private readonly ins = new Map<string, InStream>();
  private main?: RecordReader;
  private filesHappen = false;
  private exiting = false;
  exitCode = 0;
  /** The program line being run, for error messages. */
  line = 1;
  private seed = 1;
  private readonly random = new GlibcRandom(1);
  private readonly ranges = new WeakMap<object, boolean>();

  constructor(
    private readonly program: AwkProgram,
    private readonly io: AwkIo,
    env: readonly string[],
  ) {
    const initial: Partial<Record<SpecialName, string>> = { CONVFMT: '%.6g', OFMT: '%.6g', FS: ' ', OFS: ' ', ORS: '\n', RS: '\n', RT: '', FILENAME: '', SUBSEP: '\x1c' };
    for (const name of SPECIAL) {
      const text = initial[name];
      const cell: Cell = { value: text === undefined ? num(0) : str(text) };
      this.sv[name] = cell;
      this.globals.set(name, cell);
      this.special.set(cell, name);
    }
    const environ = arrayOf(this.sv.ENVIRON);
    for (const entry of env) {
      const eq = entry.indexOf('=');
      if (eq > 0) environ.find(entry.slice(0, eq)).value = userStr(entry.slice(eq + 1));
    }
  }

  // ---- variables ----

  cell(name: string): Cell {
    const frame = this.frames.at(-1);
    const local = frame?.get(name);
    if (local) return local;
    let c = this.globals.get(name);
    if (!c) {
      c = { value: UNINIT };
      this.globals.set(name, c);
    }
    return c;
  }

  /** is_assignment: `name=value` sets name (escapes processed) and is true. */
  assignOperand(text: string): boolean {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(text);
    if (!m) return false;
    this.set(this.cell(m[1] ?? ''), userStr(unescape(text.slice(m[0].length))));
    return true;
  }

  setArgv(args: readonly string[]): void {
    const argv = arrayOf(this.sv.ARGV);
    argv.find('0').value = userStr('awk');
    args.forEach((a, i) => (argv.find(String(i + 1)).value = userStr(a)));
    this.set(this.sv.ARGC, num(args.length + 1));
  }

  str(v: Value): string {
    if (v.kind === 'num') return formatNumber(v.n, this.sStr(this.sv.CONVFMT), cConvert2);
    return v.kind === 'uninit' ? '' : v.s;
  }

  private sStr(c: Cell): string {
    return this.str(c.value);
  }

  /** setvar + handle_special. */
  set(cell: Cell, v: Value): void {
    const name = this.special.get(cell);
    if (name === 'FS') this.splitRecord();
    cell.value = v;
    if (cell === this.f0) {
      this.split = false;
      return;
    }
    const field = this.fieldIndex.get(cell);
    if (field !== undefined) {
      const n = toNum(this.sv.NF.value);
      this.set(this.sv.NF, num(n > field ? n : field));
      return;
    }
    if (name === undefined) return;
    if (name === 'NF') {
      const n = Math.trunc(toNum(v));
      if (n < 0) throw new AwkError('NF set to negative value');
      this.resizeFields(n);
      const ofs = this.sStr(this.sv.OFS);
      this.f0.value = str(this.fields.map((f) => this.str(f.value)).join(ofs));
      this.split = true;
    } else if (name === 'FS') this.fs = makeSplitter(this.str(v), this.icase);
    else if (name === 'RS') this.rs = makeSplitter(this.str(v), this.icase);
    else if (name === 'IGNORECASE') this.icase = isTrue(v);
  }

  private resizeFields(n: number): void {
    if (n > 0xffffff) throw new AwkError('out of memory', true);
    while (this.fields.length < n) {
      const c: Cell = { value: UNINIT };
      this.fieldIndex.set(c, this.fields.length + 1);
      this.fields.push(c);
    }
    this.fields.length = n;
  }

  /** split_f0. */
  private splitRecord(): void {
    if (this.split) return;
    this.split = true;
    const parts = awkSplit(this.str(this.f0.value), this.fs, this.str(this.sv.RS.value) === '');
    this.fields = [];
    this.resizeFields(parts.length);
    parts.forEach((p, i) => (this.fields[i]!.value = userStr(p)));
    this.sv.NF.value = num(parts.length);
  }

  private setRecord(text: string): void {
    this.f0.value = userStr(text);
    this.split = false;
  }

  // ---- running ----

  run(): void {
    try {
      try {
        this.sequence(this.program.begin);
        if (this.program.rules.length === 0 && this.program.end.length === 0) throw new Exit();
        this.main ??= this.nextInputFile();
        while (this.main) {
          this.set(this.sv.FNR, num(0));
          for (;;) {
            const rec = this.readRecord(this.main);
            if (rec === undefined) break;
            this.setRecord(rec);
            this.incr(this.sv.NR);
            this.incr(this.sv.FNR);
            try {
              this.rules();
            } catch (e) {
              if (e instanceof Return) continue;
              if (!(e instanceof Next)) throw e;
              if (e.file) break;
            }
          }
          this.main = this.nextInputFile();
        }
        throw new Exit();
      } catch (e) {
        if (!(e instanceof Exit)) throw e;
        if (!this.exiting) {
          this.exiting = true;
          try {
            this.sequence(this.program.end);
          } catch (e2) {
            if (!(e2 instanceof Exit)) throw e2;
          }
        }
      }
    } finally {
      if (!this.failedHard) this.closeAll();
    }
  }

  /** Set when the run stops on an error: redirected output already written stays as it is. */
  failedHard = false;

  private closeAll(): void {
    for (const name of [...this.outs.keys()]) this.close(name);
  }

  /** BEGIN's or END's blocks, one sequence: `next` or `return` ends all of it. */
  private sequence(blocks: readonly Stmt[][]): void {
    try {
      for (const b of blocks) this.block(b);
    } catch (e) {
      if (!(e instanceof Next) && !(e instanceof Return)) throw e;
    }
  }

  private incr(c: Cell): void {
    this.set(c, num(toNum(c.value) + 1));
  }

  private rules(): void {
    for (const rule of this.program.rules) {
      let match: boolean;
      if (rule.end) {
        if (this.ranges.get(rule) || this.test(rule.pattern!)) {
          this.ranges.set(rule, true);
          if (this.test(rule.end)) this.ranges.set(rule, false);
          match = true;
        } else match = false;
      } else match = rule.pattern ? this.test(rule.pattern) : true;
      if (!match) continue;
      if (rule.action) this.block(rule.action);
      else this.print([], undefined);
    }
  }

  private test(e: Expr): boolean {
    return isTrue(this.eval(e));
  }

  /** next_input_file: the next ARGV operand that is not an assignment, or stdin when none was. */
  private nextInputFile(): RecordReader | undefined {
    for (;;) {
      if (toNum(this.sv.ARGIND.value) + 1 >= toNum(this.sv.ARGC.value)) {
        if (this.filesHappen) return undefined;
        this.filesHappen = true;
        this.set(this.sv.FILENAME, str(''));
        return this.stdinReader();
      }
      this.incr(this.sv.ARGIND);
      const argv = arrayOf(this.sv.ARGV);
      const key = this.str(this.sv.ARGIND.value);
      const name = argv.has(key) ? this.str(argv.find(key).value) : '';
      if (name !== '' && !this.assignOperand(name)) {
        this.filesHappen = true;
        this.set(this.sv.FILENAME, str(name));
        if (name === '-') return this.stdinReader();
        const r = this.io.readFile(name);
        // fopen of a directory works; its first read fails, which awk reports as a syntax error.
        if ('error' in r) throw r.error === 'Is a directory' ? new AwkError(r.error) : new AwkError(`${name}: ${r.error}`, true);
        return new RecordReader(r.text);
      }
    }
  }

  private stdinOpen = false;

  private stdinReader(): RecordReader {
    const { text, open } = this.io.stdin();
    this.stdinOpen = open;
    return new RecordReader(text);
  }

  private readRecord(reader: RecordReader): string | undefined {
    const r = reader.next(this.rs);
    if (!r) {
      if (reader === this.main && this.stdinOpen && this.str(this.sv.FILENAME.value) === '') throw new Waits();
      return undefined;
    }
    this.sv.RT.value = str(r.rt);
    return r.record;
  }

  // ---- statements ----

  block(body: readonly Stmt[]): void {
    for (const s of body) this.exec(s);
  }

  private exec(s: Stmt): void {
    switch (s.t) {
      case 'expr':
        this.line = s.line;
        this.eval(s.e);
        return;
      case 'print':
      case 'printf':
        this.line = s.line;
        if (s.t === 'print') this.print(s.args, s.redirect);
        else this.printf(s.args, s.redirect);
        return;
      case 'block':
        this.block(s.body);
        return;
      case 'if':
        if (this.test(s.c)) this.exec(s.then);
        else if (s.else) this.exec(s.else);
        return;
      case 'while':
        while (this.test(s.c)) if (this.loopBody(s.body)) break;
        return;
      case 'do':
        do if (this.loopBody(s.body)) break;
        while (this.test(s.c));
        return;
      case 'for':
        if (s.init) this.exec(s.init);
        while (!s.c || this.test(s.c)) {
          if (this.loopBody(s.body)) break;
          if (s.step) this.exec(s.step);
        }
        return;
      case 'forin': {
        const keys = arrayOf(this.cell(s.array)).keys();
        const v = this.cell(s.v);
        for (const k of keys) {
          this.set(v, str(k));
          if (this.loopBody(s.body)) break;
        }
        return;
      }
      case 'next':
      case 'nextfile':
        throw new Next(s.t === 'nextfile');
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'exit':
        this.line = s.line;
        if (s.e) this.exitCode = Math.trunc(toNum(this.eval(s.e))) & 0xff;
        throw new Exit();
      case 'return':
        this.line = s.line;
        throw new Return(s.e ? this.copy(this.eval(s.e)) : str(''));
      case 'fail':
        this.line = s.line;
        throw new AwkError(s.message);
      case 'delete': {
        this.line = s.line;
        const array = arrayOf(this.cell(s.name));
        if (s.subs) array.remove(this.subscript(s.subs));
        else array.clear();
        return;
      }
      default:
        return;
    }
  }

  /** Runs a loop body; true when it broke out. */
  private loopBody(body: Stmt): boolean {
    try {
      this.exec(body);
    } catch (e) {
      if (e instanceof Break) return true;
      if (e instanceof Continue) return false;
      throw e;
    }
    return false;
  }

  private output(redirect: { mode: '>' | '>>' | '|'; e: Expr } | undefined, text: string): void {
    if (!redirect) {
      this.io.write('stdout', text);
      return;
    }
    const name = this.str(this.eval(redirect.e));
    if (name === '/dev/stdout') return this.io.write('stdout', text);
    if (name === '/dev/stderr') return this.io.write('stderr', text);
    let out = this.outs.get(name);
    if (!out) {
      out = { kind: redirect.mode === '|' ? 'pipe' : 'file', text: '', append: redirect.mode === '>>' };
      if (out.kind === 'file') {
        const error = this.io.writeFile(name, '', out.append);
        if (error) throw new AwkError(`can't open '${name}': ${error}`, true);
      }
      this.outs.set(name, out);
    }
    out.text += text;
    if (out.kind === 'file') this.io.writeFile(name, text, true);
  }

  private print(args: readonly Expr[], redirect: { mode: '>' | '>>' | '|'; e: Expr } | undefined): void {
    let text: string;
    if (args.length === 0) text = this.str(this.f0.value);
    else {
      const ofs = () => this.sStr(this.sv.OFS);
      text = '';
      try {
        args.forEach((a, i) => {
          const v = this.eval(a);
          text += v.kind === 'num' ? formatNumber(v.n, this.sStr(this.sv.OFMT), cConvert2) : this.str(v);
          if (i < args.length - 1) text += ofs();
        });
      } catch (e) {
        // What was printed before the error stays printed (fputs per argument).
        if (e instanceof AwkError && !redirect) this.io.write('stdout', text);
        throw e;
      }
    }
    text += this.sStr(this.sv.ORS);
    this.output(redirect, text);
  }

  private printf(args: readonly Expr[], redirect: { mode: '>' | '>>' | '|'; e: Expr } | undefined): void {
    this.output(redirect, this.sprintf(args));
  }

  sprintf(args: readonly Expr[]): string {
    const [fmt, ...rest] = args;
    const format = this.str(fmt ? this.eval(fmt) : UNINIT);
    let i = 0;
    return awkPrintf(format, () => (i < rest.length ? this.eval(rest[i++]!) : undefined), (v) => this.str(v));
  }

  /** close(): flushes a pipe into its command, forgets a file; 0 when it was not open. */
  close(name: string): number {
    const out = this.outs.get(name);
    const input = this.ins.get(name);
    this.ins.delete(name);
    if (!out) return (input?.code ?? 0) * 256;
    this.outs.delete(name);
    if (out.kind === 'pipe') return this.io.run(name, out.text, false).code * 256;
    return 0;
  }

  // ---- expressions ----

  private subscript(subs: readonly Expr[]): string {
    return subs.map((e) => this.str(this.eval(e))).join(this.sStr(this.sv.SUBSEP));
  }

  /** The cell an lvalue names (fields split first, a field past NF made). */
  lvalue(e: Expr): Cell {
    switch (e.t) {
      case 'var': {
        const c = this.cell(e.name);
        if (c === this.sv.NF) this.splitRecord();
        return c;
      }
      case 'index': {
        const array = arrayOf(this.cell(e.name));
        return array.find(this.subscript(e.subs));
      }
      case 'field': {
        const i = Math.trunc(toNum(this.eval(e.e)));
        if (i < 0) throw new AwkError('Access to negative field');
        if (i === 0) return this.f0;
        this.splitRecord();
        if (i > this.fields.length) this.resizeFields(i);
        return this.fields[i - 1]!;
      }
      case 'group':
        return this.lvalue(e.e);
      default:
        return { value: this.eval(e) };
    }
  }

  /** copyvar: a value as another variable takes it (an unset one becomes an empty string). */
  copy(v: Value): Value {
    return v.kind === 'uninit' ? str('') : v;
  }

  regex(e: Expr): RegExp {
    if (e.t === 'ere') return regexOrDie(e.re, this.icase);
    const src = this.str(this.eval(e));
    return regexOrDie(src, this.icase, true);
  }

  private matches(re: RegExp, s: string): boolean {
    return execAt(re, s, 0) !== undefined;
  }

  eval(e: Expr): Value {
    switch (e.t) {
      case 'num':
        return num(e.n);
      case 'str':
        return str(e.s);
      case 'ere':
        return num(this.matches(this.regex(e), this.str(this.f0.value)) ? 1 : 0);
      case 'group':
        return this.eval(e.e);
      case 'grouplist':
        return str(this.subscript(e.list));
      case 'var':
      case 'index':
      case 'field':
        return this.lvalue(e).value;
      case 'assign': {
        const target = this.lvalue(e.target);
        if (e.op === '=') {
          const v = this.copy(this.eval(e.e));
          this.set(target, v);
          return target.value;
        }
        const l = toNum(target.value);
        const r = toNum(this.eval(e.e));
        this.set(target, num(this.arith(e.op.slice(0, -1), l, r)));
        return target.value;
      }
      case 'cond':
        return this.eval(this.test(e.c) ? e.a : e.b);
      case 'and':
        return num(this.test(e.a) && this.test(e.b) ? 1 : 0);
      case 'or':
        return num(this.test(e.a) || this.test(e.b) ? 1 : 0);
      case 'not':
        return num(isTrue(this.eval(e.e)) ? 0 : 1);
      case 'neg':
        return num(-toNum(this.eval(e.e)));
      case 'plus':
        return num(toNum(this.eval(e.e)));
      case 'bin': {
        const l = toNum(this.eval(e.a));
        const r = toNum(this.eval(e.b));
        return num(this.arith(e.op, l, r));
      }
      case 'cat': {
        const a = this.str(this.eval(e.a));
        return str(a + this.str(this.eval(e.b)));
      }
      case 'cmp': {
        const a = this.eval(e.a);
        const b = this.eval(e.b);
        let d: number;
        if (isNumeric(a) && isNumeric(b)) d = toNum(a) - toNum(b);
        else {
          let x = this.str(a);
          let y = this.str(b);
          if (this.icase) [x, y] = [x.toLowerCase(), y.toLowerCase()];
          d = x < y ? -1 : x > y ? 1 : 0;
        }
        const r = { '<': d < 0, '<=': d <= 0, '==': d === 0, '!=': d !== 0, '>=': d >= 0, '>': d > 0 }[e.op] ?? false;
        return num(r ? 1 : 0);
      }
      case 'match': {
        const s = this.str(this.eval(e.a));
        return num(this.matches(this.regex(e.re), s) !== e.neg ? 1 : 0);
      }
      case 'in': {
        const key = this.subscript(e.subs);
        return num(arrayOf(this.cell(e.name)).has(key) ? 1 : 0);
      }
      case 'incdec': {
        const target = this.lvalue(e.target);
        const old = toNum(target.value);
        const next = e.op === '++' ? old + 1 : old - 1;
        this.set(target, num(next));
        return num(e.prefix ? next : old);
      }
      case 'call':
        return this.call(e.name, e.args, e.line);
      case 'builtin':
        return callBuiltin(this, e.name, e.args, e.line);
      case 'getline':
        return num(this.getline(e));
      default:
        return UNINIT;
    }
  }

  arith(op: string, l: number, r: number): number {
    switch (op) {
      case '+':
        return l + r;
      case '-':
        return l - r;
      case '*':
        return l * r;
      case '/':
        if (r === 0) throw new AwkError('Division by zero');
        return l / r;
      case '%': {
        if (r === 0) throw new AwkError('Division by zero');
        const q = l / r;
        return l - (Number.isFinite(q) ? Math.trunc(q) : 0) * r;
      }
      default:
        throw new AwkError('Math support is not compiled in');
    }
  }

  private call(name: string, args: readonly Expr[], line: number): Value {
    const fn = this.program.functions.get(name);
    if (!fn) {
      this.line = line;
      throw new AwkError('Call to undefined function');
    }
    const frame = new Map<string, Cell>();
    args.forEach((a, i) => {
      const param = fn.params[i];
      if (a.t === 'var') {
        const cell = this.cell(a.name);
        if (param !== undefined) frame.set(param, { value: this.copy(cell.value), parent: cell });
        return;
      }
      const v = this.eval(a);
      if (param !== undefined) frame.set(param, { value: this.copy(v) });
    });
    for (const p of fn.params) if (!frame.has(p)) frame.set(p, { value: UNINIT });
    if (this.frames.length > 5000) throw new AwkError('stack overflow', true);
    this.frames.push(frame);
    try {
      this.block(fn.body);
      return str('');
    } catch (e) {
      if (e instanceof Return) return e.value;
      throw e;
    } finally {
      this.frames.pop();
      this.line = line;
    }
  }

  private getline(e: Extract<Expr, { t: 'getline' }>): number {
    let reader: RecordReader | undefined;
    if (e.cmd || e.file) {
      const name = this.str(this.eval((e.cmd ?? e.file)!));
      let stream = this.ins.get(name);
      if (!stream) {
        stream = {};
        this.ins.set(name, stream);
      }
      if (!stream.reader) {
        if (e.cmd) {
          const child = this.io.run(name, '', true);
          stream.reader = new RecordReader(child.stdout);
          stream.code = child.code;
        }
        else if (name === '-' || name === '/dev/stdin') stream.reader = this.stdinReader();
        else {
          const r = this.io.readFile(name);
          if ('error' in r) return -1;
          stream.reader = new RecordReader(r.text);
        }
      }
      reader = stream.reader;
    } else {
      this.main ??= this.nextInputFile();
      reader = this.main;
    }
    if (!reader) return -1;
    const rec = this.readRecord(reader);
    if (rec === undefined) return 0;
    if (e.target) this.set(this.lvalue(e.target), userStr(rec));
    else this.setRecord(rec);
    if (!e.cmd && !e.file) {
      this.incr(this.sv.FNR);
      this.incr(this.sv.NR);
    }
    return 1;
  }

  // ---- what builtins need ----

  get record(): Cell {
    return this.f0;
  }

  get ignoreCase(): boolean {
    return this.icase;
  }

  fieldSplitter(): Splitter {
    return this.fs;
  }

  rsEmpty(): boolean {
    return this.str(this.sv.RS.value) === '';
  }

  setMatch(start: number, length: number): void {
    this.set(this.cell('RSTART'), num(start));
    this.set(this.cell('RLENGTH'), num(length));
  }

  rand(): number {
    const a = this.random.next();
    const b = this.random.next();
    const c = this.random.next();
    const u = ((a << 16) ^ b) >>> 0;
    return (c * 2 ** 32 + u) / 2 ** 63;
  }

  srand(seed: number | undefined): number {
    const previous = this.seed;
    this.seed = (seed === undefined ? Math.floor(this.io.now()) : Math.trunc(seed)) >>> 0;
    this.random.seed(this.seed);
    return previous;
  }

  system(cmd: string): number {
    return this.io.run(cmd, '', false).code;
  }

  now(): number {
    return this.io.now();
  }
}

function cConvert2(fmt: string, n: number): string {
  return cConvert(fmt, n);
}

/** glibc's random() (TYPE_3, srandom_r), which rand() is: r[i] = r[i-31] + r[i-3], the first 310 dropped. */
class GlibcRandom {
  private r: number[] = [];

  constructor(seed: number) {
    this.seed(seed);
  }

  seed(s: number): void {
    let word = s === 0 ? 1 : s | 0;
    const r = [word];
    for (let i = 1; i < 31; i++) {
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r.push(word);
    }
    for (let i = 31; i < 34; i++) r.push(r[i - 31]!);
    this.r = r;
    for (let k = 34; k < 344; k++) this.step();
  }

  private step(): number {
    const r = this.r;
    const v = (r[r.length - 31]! + r[r.length - 3]!) | 0;
    r.push(v);
    if (r.length > 64) r.splice(0, r.length - 34);
    return v;
  }

  next(): number {
    return this.step() >>> 1;
  }
}
