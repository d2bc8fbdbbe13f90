// Arithmetic expansion, $((…)), as busybox ash evaluates it (shell/math.c): signed 64-bit
// integers with C's operators and precedence, ** for powers, decimal, 0x hex and 0 octal
// literals, and variables by name — an unset or empty one is 0, a value that is not a number is
// itself evaluated as an expression (x=abc; $((x+1)) is 1 while abc is unset). Assignments
// (=, +=, …, ++, --) set the shell's variables. ash evaluates every operand, even the side of
// &&, || or ?: that does not decide the value (`$((0 && i++))` still counts i up, `$((0 &&
// 1/0))` fails). Errors end the shell as ash's do: `sh: divide by zero`, `sh: arithmetic syntax
// error` (checked against busybox 1.35 on the oracle machine and 1.36 in the oracle's image).

import { ShExpansionError } from './sh-expansion-error';

/** What arithmetic needs of the shell: its variables. */
export interface ArithScope {
  get(name: string): string | undefined;
  assign(name: string, value: string): void;
}

/** An arithmetic error: the shell prints `sh: <message>` and exits with status 2. */
export class ShArithmeticError extends ShExpansionError {}

const SYNTAX = 'arithmetic syntax error';
const MALFORMED = 'malformed ?: operator';
/** How deep a variable's value may refer to further variables before ash gives up. */
const MAX_DEPTH = 100;

type Token = { kind: 'num'; value: bigint } | { kind: 'name'; name: string } | { kind: 'op'; op: string };

const OPERATORS = ['<<=', '>>=', '**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '^=', '|=', '+', '-', '*', '/', '%', '<', '>', '=', '&', '^', '|', '!', '~', '?', ':', '(', ')', ','];

function literal(text: string): bigint {
  try {
    if (/^0[xX][0-9a-fA-F]+$/.test(text)) return BigInt.asIntN(64, BigInt(text));
    if (/^0[0-7]+$/.test(text)) return BigInt.asIntN(64, BigInt(`0o${text.slice(1)}`));
    if (/^[0-9]+$/.test(text)) return BigInt.asIntN(64, BigInt(text));
  } catch {
    // falls through to the syntax error
  }
  throw new ShArithmeticError(SYNTAX);
}

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\n') {
      i++;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9][0-9A-Za-z]*/.exec(expr.slice(i))?.[0];
    if (word) {
      tokens.push(/^[0-9]/.test(word) ? { kind: 'num', value: literal(word) } : { kind: 'name', name: word });
      i += word.length;
      continue;
    }
    const op = OPERATORS.find((o) => expr.startsWith(o, i));
    if (!op) throw new ShArithmeticError(SYNTAX);
    tokens.push({ kind: 'op', op });
    i += op.length;
  }
  return tokens;
}

const wrap = (n: bigint): bigint => BigInt.asIntN(64, n);

/** a ** b in 64-bit arithmetic (ash multiplies b times; squaring gets the same bits at once). */
function powerWrapped(a: bigint, b: bigint): bigint {
  let result = 1n;
  let base = a;
  for (let e = b; e > 0n; e >>= 1n) {
    if (e & 1n) result = wrap(result * base);
    base = wrap(base * base);
  }
  return result;
}
const truth = (b: boolean): bigint => (b ? 1n : 0n);

/** A value that names a variable (an lvalue) until it is read. */
interface Operand {
  value: bigint;
  name?: string;
}

/** Binary operators by precedence, loosest first (C's table; ** binds tighter than * /). */
const LEVELS: ReadonlyArray<readonly string[]> = [['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%']];

class Evaluator {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly scope: ArithScope,
    private readonly depth: number,
  ) {}

  run(): bigint {
    if (this.tokens.length === 0) return 0n;
    const value = this.comma().value;
    if (this.pos < this.tokens.length) throw new ShArithmeticError(this.peekOp() === ':' ? MALFORMED : SYNTAX);
    return value;
  }

  /** `a, b`: both evaluated, the value is the last. */
  private comma(): Operand {
    let last = this.assignment();
    while (this.peekOp() === ',') {
      this.pos++;
      last = this.assignment();
    }
    return { value: last.value };
  }

  private peekOp(): string | undefined {
    const t = this.tokens[this.pos];
    return t?.kind === 'op' ? t.op : undefined;
  }

  private read(name: string): bigint {
    const value = this.scope.get(name);
    if (value === undefined || value.trim() === '') return 0n;
    if (/^\s*[-+]?[0-9]+\s*$/.test(value)) return wrap(BigInt(value.trim()));
    if (this.depth >= MAX_DEPTH) throw new ShArithmeticError('expression recursion loop detected');
    return evaluateArithmetic(value, this.scope, this.depth + 1);
  }

  private store(target: Operand, value: bigint): bigint {
    if (target.name === undefined) throw new ShArithmeticError(SYNTAX);
    this.scope.assign(target.name, String(value));
    return value;
  }

  private assignment(): Operand {
    const left = this.conditional();
    const op = this.peekOp();
    if (op === '=' || (op !== undefined && op.length >= 2 && op.endsWith('=') && !['==', '!=', '<=', '>='].includes(op))) {
      this.pos++;
      const right = this.assignment().value;
      const value = op === '=' ? right : this.binary(op.slice(0, -1), left.value, right);
      return { value: this.store(left, value) };
    }
    return left;
  }

  private conditional(): Operand {
    const cond = this.level(0);
    if (this.peekOp() !== '?') return cond;
    this.pos++;
    const taken = cond.value !== 0n;
    // busybox's operator stack pairs each `:` with the `?` on top: between them only operators
    // above `?:` fit (`1 ? a = 7 : 5`, `1 ? 2 ? 3 : 4 : 5` and a missing `:` are malformed), and
    // an assignment after `:` has no variable to its left (`1 ? 2 : a = 5` is a syntax error).
    const yes = this.level(0);
    if (this.peekOp() !== ':') throw new ShArithmeticError(MALFORMED);
    this.pos++;
    const no = this.conditional();
    return { value: taken ? yes.value : no.value };
  }

  private level(index: number): Operand {
    const ops = LEVELS[index];
    if (!ops) return this.power();
    let left = this.level(index + 1);
    for (let op = this.peekOp(); op !== undefined && ops.includes(op); op = this.peekOp()) {
      this.pos++;
      const right = this.level(index + 1);
      left = { value: this.binary(op, left.value, right.value) };
    }
    return left;
  }

  private power(): Operand {
    const base = this.unary();
    if (this.peekOp() !== '**') return base;
    this.pos++;
    const exponent = this.power().value; // right-associative
    return { value: this.binary('**', base.value, exponent) };
  }

  private binary(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case '||': return truth(a !== 0n || b !== 0n);
      case '&&': return truth(a !== 0n && b !== 0n);
      case '|': return wrap(a | b);
      case '^': return wrap(a ^ b);
      case '&': return wrap(a & b);
      case '==': return truth(a === b);
      case '!=': return truth(a !== b);
      case '<': return truth(a < b);
      case '<=': return truth(a <= b);
      case '>': return truth(a > b);
      case '>=': return truth(a >= b);
      case '<<': return wrap(a << (b & 63n));
      case '>>': return wrap(a >> (b & 63n));
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) throw new ShArithmeticError('divide by zero');
        return wrap(op === '/' ? a / b : a % b);
      case '**':
        if (b < 0n) throw new ShArithmeticError('exponent less than 0');
        return powerWrapped(a, b);
      default:
        throw new ShArithmeticError(SYNTAX);
    }
  }

  private unary(): Operand {
    const op = this.peekOp();
    if (op === '+' || op === '-' || op === '!' || op === '~') {
      this.pos++;
      const v = this.unary().value;
      return { value: op === '+' ? v : op === '-' ? wrap(-v) : op === '!' ? truth(v === 0n) : wrap(~v) };
    }
    if (op === '++' || op === '--') {
      this.pos++;
      const target = this.unary();
      return { value: this.store(target, wrap(target.value + (op === '++' ? 1n : -1n))) };
    }
    const operand = this.primary();
    const post = this.peekOp();
    if (post === '++' || post === '--') {
      this.pos++;
      this.store(operand, wrap(operand.value + (post === '++' ? 1n : -1n)));
      return { value: operand.value };
    }
    return operand;
  }

  private primary(): Operand {
    const t = this.tokens[this.pos++];
    if (!t) throw new ShArithmeticError(SYNTAX);
    if (t.kind === 'num') return { value: t.value };
    if (t.kind === 'name') return { value: this.read(t.name), name: t.name };
    if (t.op === '(') {
      const inner = this.comma();
      if (this.peekOp() !== ')') throw new ShArithmeticError(SYNTAX);
      this.pos++;
      return { value: inner.value };
    }
    throw new ShArithmeticError(SYNTAX);
  }
}

/** The value of `expr` (the text between `$((` and `))`, already expanded for `$` forms). */
export function evaluateArithmetic(expr: string, scope: ArithScope, depth = 0): bigint {
  return new Evaluator(tokenize(expr), scope, depth).run();
}
