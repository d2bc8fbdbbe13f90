// busybox expr EXPRESSION (coreutils/expr.c): the arguments are the tokens, with the usual
// precedence (| lowest, then &, comparisons, + -, * / %, then :), `length STRING` and
// parentheses. Numbers compare and add as integers, anything else compares as strings. The
// result is printed; exit 1 when it is 0 or empty, 2 with `expr: …` for a bad expression.

import { finished, stderr, stdout, type Program } from './program';

class ExprError extends Error {}

type Value = string;
const isInt = (v: Value) => /^-?\d+$/.test(v);
const isNull = (v: Value) => v === '' || (isInt(v) && Number(v) === 0);
const int = (v: Value): bigint => {
  if (!isInt(v)) throw new ExprError('non-numeric argument');
  return BigInt(v);
};

/** STRING : REGEXP, a basic regular expression anchored at the start: \\( \\) capture, the rest as in an ERE. */
function colon(v: Value, re: string): Value {
  const source = re.replace(/\\\(/g, '(').replace(/\\\)/g, ')');
  const m = new RegExp(`^(?:${source})`).exec(v);
  return /\\\(/.test(re) ? (m?.[1] ?? '') : String(m ? m[0].length : 0);
}

function evaluate(tokens: readonly string[]): Value {
  let i = 0;
  const peek = () => tokens[i];
  const next = (): string => {
    if (i >= tokens.length) throw new ExprError('syntax error');
    return tokens[i++] ?? '';
  };
  // eval6: the keywords take their operands at this same level, so `length length` wants one more.
  const primary = (): Value => {
    const t = next();
    if (t === '(') {
      const v = or();
      if (next() !== ')') throw new ExprError('syntax error');
      return v;
    }
    if (t === 'quote') return next();
    if (t === 'length') return String([...primary()].length);
    if (t === 'match') {
      const str = primary();
      return colon(str, primary());
    }
    if (t === 'index') {
      const [str, chars] = [primary(), primary()];
      const at = [...str].findIndex((c) => chars.includes(c));
      return String(at + 1);
    }
    if (t === 'substr') {
      const [str, pos, len] = [primary(), primary(), primary()];
      const chars = [...str];
      if (!isInt(pos) || !isInt(len) || Number(pos) > chars.length || Number(pos) <= 0 || Number(len) <= 0) return '';
      return chars.slice(Number(pos) - 1, Number(pos) - 1 + Number(len)).join('');
    }
    return t;
  };
  const match = (): Value => {
    let v = primary();
    while (peek() === ':') {
      i++;
      v = colon(v, next());
    }
    return v;
  };
  const binary = (sub: () => Value, ops: Record<string, (a: Value, b: Value) => Value>) => (): Value => {
    let v = sub();
    for (let op = peek(); op !== undefined && ops[op]; op = peek()) {
      i++;
      v = ops[op]?.(v, sub()) ?? v;
    }
    return v;
  };
  const mul = binary(match, {
    '*': (a, b) => String(int(a) * int(b)),
    '/': (a, b) => {
      if (int(b) === 0n) throw new ExprError('division by zero');
      return String(int(a) / int(b));
    },
    '%': (a, b) => {
      if (int(b) === 0n) throw new ExprError('division by zero');
      return String(int(a) % int(b));
    },
  });
  const add = binary(mul, { '+': (a, b) => String(int(a) + int(b)), '-': (a, b) => String(int(a) - int(b)) });
  const cmp = (test: (c: number) => boolean) => (a: Value, b: Value) => {
    const c = isInt(a) && isInt(b) ? Math.sign(Number(int(a) - int(b))) : a < b ? -1 : a > b ? 1 : 0;
    return test(c) ? '1' : '0';
  };
  const compare = binary(add, {
    '<': cmp((c) => c < 0),
    '<=': cmp((c) => c <= 0),
    '=': cmp((c) => c === 0),
    '==': cmp((c) => c === 0),
    '!=': cmp((c) => c !== 0),
    '>=': cmp((c) => c >= 0),
    '>': cmp((c) => c > 0),
  });
  const and = binary(compare, { '&': (a, b) => (isNull(a) || isNull(b) ? '0' : a) });
  const or = binary(and, { '|': (a, b) => (isNull(a) ? (isNull(b) ? '0' : b) : a) });
  const v = or();
  if (i < tokens.length) throw new ExprError('syntax error');
  return v;
}

export const exprProgram: Program = {
  name: 'expr',
  run(ctx) {
    const tokens = ctx.argv.slice(1);
    if (tokens.length === 0) return finished([stderr('expr: too few arguments\n')], 2);
    try {
      const v = evaluate(tokens);
      return finished([stdout(`${v}\n`)], isNull(v) ? 1 : 0);
    } catch (err) {
      if (err instanceof ExprError) return finished([stderr(`expr: ${err.message}\n`)], 2);
      return finished([stderr('expr: syntax error\n')], 2);
    }
  },
};
