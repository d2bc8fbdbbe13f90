// ash's `test` / `[ … ]` / `[[ … ]]` (busybox coreutils/test.c, built into ash): POSIX's special
// cases for one to four arguments, then a recursive grammar of ! ( ) -a -o over unary file and
// string tests and binary string, integer and file comparisons. `[[` (bash compatibility)
// closes with `]]`, joins with && and || instead of -a and -o, matches `=`, `==` and `!=`
// against a shell pattern and `=~` against an extended regular expression. Errors print as
// test.c's (`sh: a: bad number`) and give status 2.

import type { ContainerFile } from '../program';
import { followLinks, resolvePath } from '../program';
import { globSource } from './sh-pattern';
import type { ShState } from './sh-run';
import { noteWorld } from './sh-wait';

class TestSyntax extends Error {}

const UNARY = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-b', '-c', '-p', '-S', '-u', '-g', '-k', '-t', '-z', '-n', '-O', '-G']);
const INT_OPS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-nt', '-ot', '-ef', ...INT_OPS]);

/** What a test reads of its shell: the files it wrote on top of the container's, the directory. */
export type TestScope = Pick<ShState, 'cwd' | 'written' | 'ctx' | 'worldReads'>;

/**
 * Runs `test`, `[` or `[[` with `args` (after the command name); returns its status. Errors
 * are prefixed `who:`: the shell's name for its builtin, the applet's own when run as a program.
 */
export function testBuiltin(state: TestScope, name: string, args: string[], err: (text: string) => void, who = 'sh'): number {
  let a = args;
  if (name === '[' || name === '[[') {
    const close = name === '[' ? ']' : ']]';
    if (a[a.length - 1] !== close) {
      err(`${who}: missing ${close}\n`);
      return 2;
    }
    a = a.slice(0, -1);
  }
  const t = new Tester(state, name === '[[');
  try {
    return t.run(a) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestSyntax)) throw e;
    if (e.message !== '') err(`${who}: ${e.message}\n`);
    return 2;
  }
}

class Tester {
  private args: string[] = [];
  private pos = 0;

  constructor(
    private readonly state: TestScope,
    private readonly bash: boolean,
  ) {}

  run(argv: string[]): boolean {
    // POSIX's rules for few arguments come first (test.c's special cases).
    let negate = false;
    let a = argv;
    for (;;) {
      if (a.length === 0) return negate;
      if (a.length === 1) return ((a[0] ?? '') !== '') !== negate;
      if (a.length === 3 && this.isBinary(a[1] ?? '')) return this.binary(a[0] ?? '', a[1] ?? '', a[2] ?? '') !== negate;
      if (a.length === 4 && a[0] === '(' && a[3] === ')') a = a.slice(1, 3);
      if (a[0] === '!') {
        negate = !negate;
        a = a.slice(1);
        continue;
      }
      break;
    }
    this.args = a;
    this.pos = 0;
    const result = this.or();
    if (this.pos < this.args.length) throw new TestSyntax(`${this.args[this.pos]}: unknown operand`);
    return result !== negate;
  }

  private isBinary(op: string): boolean {
    return BINARY.has(op) || (this.bash && op === '=~');
  }

  private peek(): string | undefined {
    return this.args[this.pos];
  }

  private or(): boolean {
    let res = this.and();
    while (this.peek() === (this.bash ? '||' : '-o')) {
      this.pos++;
      res = this.and() || res;
    }
    return res;
  }

  private and(): boolean {
    let res = this.not();
    while (this.peek() === (this.bash ? '&&' : '-a')) {
      this.pos++;
      res = this.not() && res;
    }
    return res;
  }

  private not(): boolean {
    if (this.peek() === '!') {
      this.pos++;
      // `[ ! ]` and `[ a -a ! ]`: a ! with nothing after it is true.
      if (this.peek() === undefined) return true;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const arg = this.peek();
    if (arg === undefined) throw new TestSyntax('argument expected');
    if (arg === '(') {
      this.pos++;
      const res = this.or();
      if (this.peek() !== ')') throw new TestSyntax('closing paren expected');
      this.pos++;
      return res;
    }
    const op = this.args[this.pos + 1];
    if (op !== undefined && this.args[this.pos + 2] !== undefined && this.isBinary(op)) {
      this.pos += 3;
      return this.binary(arg, op, this.args[this.pos - 1] ?? '');
    }
    if (UNARY.has(arg) && op !== undefined) {
      this.pos += 2;
      return this.unary(arg, op);
    }
    if (op !== undefined && this.isBinary(op)) throw new TestSyntax(`${op}: argument expected`);
    this.pos++;
    return arg !== '';
  }

  /** A file the shell wrote by redirection was written now; others carry their mtime. */
  private mtime(found: { file: ContainerFile; path: string }): number {
    return found.path in this.state.written ? Math.floor(this.state.ctx.nowMs / 1000) : (found.file.mtime ?? 0);
  }

  private file(path: string): { file: ContainerFile; path: string } | undefined {
    noteWorld(this.state);
    const full = resolvePath(this.state.cwd, path);
    if (full in this.state.written) return { file: { kind: 'file', mode: 0o644, content: this.state.written[full] }, path: full };
    return followLinks(this.state.ctx.fs, full);
  }

  private unary(op: string, v: string): boolean {
    if (op === '-z') return v === '';
    if (op === '-n') return v !== '';
    if (op === '-t') return this.number(v) < 0n;
    if (op === '-L' || op === '-h') {
      noteWorld(this.state);
      return this.state.ctx.fs.lookup(resolvePath(this.state.cwd, v))?.kind === 'symlink';
    }
    const found = this.file(v);
    if (!found) return false;
    const { file } = found;
    const mode = file.mode ?? 0;
    switch (op) {
      case '-e':
        return true;
      case '-f':
        return file.kind === 'file';
      case '-d':
        return file.kind === 'dir';
      case '-s':
        return file.kind === 'dir' || (file.size ?? file.content?.length ?? 0) > 0;
      // The shell runs as root: it may read and write anything, execute what has an x bit.
      case '-r':
      case '-w':
      case '-O':
      case '-G':
        return true;
      case '-x':
        return file.kind === 'dir' || (mode & 0o111) !== 0;
      case '-u':
        return (mode & 0o4000) !== 0;
      case '-g':
        return (mode & 0o2000) !== 0;
      case '-k':
        return (mode & 0o1000) !== 0;
      default:
        // Block and character devices, FIFOs and sockets: none are modelled as such.
        return false;
    }
  }

  /** test.c's getn: a decimal integer, blanks around it allowed. */
  private number(s: string): bigint {
    if (!/^\s*[-+]?[0-9]+\s*$/.test(s)) throw new TestSyntax(`${s}: bad number`);
    return BigInt(s.trim());
  }

  private binary(l: string, op: string, r: string): boolean {
    if (INT_OPS.has(op)) {
      const [x, y] = [this.number(l), this.number(r)];
      return op === '-eq' ? x === y : op === '-ne' ? x !== y : op === '-lt' ? x < y : op === '-le' ? x <= y : op === '-gt' ? x > y : x >= y;
    }
    switch (op) {
      case '=':
      case '==':
        return this.bash ? new RegExp(`^${globSource(r)}$`).test(l) : l === r;
      case '!=':
        return this.bash ? !new RegExp(`^${globSource(r)}$`).test(l) : l !== r;
      case '<':
        return l < r;
      case '>':
        return l > r;
      case '=~':
        return this.regex(l, r);
      case '-nt':
      case '-ot': {
        // Both must exist; then their modification times (seconds) compare.
        const [a, b] = [this.file(l), this.file(r)];
        if (!a || !b) return false;
        const [x, y] = [this.mtime(a), this.mtime(b)];
        return op === '-nt' ? x > y : x < y;
      }
      default:
        // -ef: the same path (a hard link here is a copy).
        return op === '-ef' && !!this.file(l) && this.file(l)?.path === this.file(r)?.path;
    }
  }

  private regex(l: string, r: string): boolean {
    try {
      return new RegExp(r).test(l);
    } catch {
      // regcomp's failure: status 2, and ash says nothing.
      throw new TestSyntax('');
    }
  }
}
