// Arithmetic expansion against what busybox 1.35's sh printed on the oracle machine for the
// same expressions (`busybox sh -c 'echo $((…))'`).
import { describe, expect, it } from 'vitest';
import { ShArithmeticError, evaluateArithmetic } from './sh-arith';

function scope(vars: Record<string, string> = {}) {
  return { vars, get: (n: string) => vars[n], assign: (n: string, v: string) => void (vars[n] = v) };
}

const value = (expr: string, vars: Record<string, string> = {}) => String(evaluateArithmetic(expr, scope(vars)));

describe('$((…)) as busybox ash evaluates it', () => {
  it('has C operators and precedence, 64-bit wrapping, ** and the literal bases', () => {
    const cases: Array<[string, string]> = [
      ['i+1', '2'], ['3*4', '12'], ['7/2', '3'], ['-7%3', '-1'], ['2**10', '1024'], ['1<2', '1'],
      ['0x10', '16'], ['010', '8'], ['a', '0'], [' 1 ? 2 : 3 ', '2'], ['2**63', '-9223372036854775808'],
      ['9223372036854775807+1', '-9223372036854775808'], ['-2**2', '4'], ['1,2', '2'], ['(2+3)*4', '20'],
      ['1 << 4 | 1', '17'], ['!0 && ~0', '1'], ['5 > 3 == 1', '1'], ['', '0'],
    ];
    for (const [expr, want] of cases) expect([expr, value(expr, { i: '1' })]).toEqual([expr, want]);
  });

  it('assigns: ++ and -- before and after, and the compound assignments', () => {
    const s = scope({ i: '1' });
    expect(String(evaluateArithmetic('i++', s))).toBe('1');
    expect(s.vars.i).toBe('2');
    expect(String(evaluateArithmetic('i+=5', s))).toBe('7');
    expect(String(evaluateArithmetic('--i', s))).toBe('6');
    expect(String(evaluateArithmetic('n = i * 2', s))).toBe('12');
    expect(s.vars.n).toBe('12');
  });

  it("reads a variable whose value is not a number as an expression of its own (x=abc → abc's value)", () => {
    expect(value('x+1', { x: 'abc' })).toBe('1');
    expect(value('x+1', { x: 'abc', abc: '41' })).toBe('42');
    expect(() => value('x', { x: 'x' })).toThrow(ShArithmeticError);
  });

  it('refuses what ash refuses, with its words, and evaluates the side that does not decide too', () => {
    expect(() => value('1/0')).toThrow('divide by zero');
    expect(() => value('1+')).toThrow('arithmetic syntax error');
    expect(() => value('2 3')).toThrow('arithmetic syntax error');
    expect(() => value('5=1')).toThrow('arithmetic syntax error');
    expect(() => value('0 && 1/0')).toThrow('divide by zero');
    expect(() => value('1 ? 7 : 1/0')).toThrow('divide by zero');
    expect(() => value('2 ** -1')).toThrow('exponent less than 0');
    const s = scope({ i: '0' });
    expect(['0 && i++', '1 || i++', '1 ? 2 : i++'].map((e) => `${evaluateArithmetic(e, s)} ${s.vars.i}`)).toEqual(['0 1', '1 2', '2 3']);
  });

  it('takes a huge power in no time (64-bit bits of it)', () => {
    expect(value('3**100')).toBe(String(BigInt.asIntN(64, 3n ** 100n)));
    expect([value('2**1000000000000'), value('1**999999999999'), value('(-1)**999999999999')]).toEqual(['0', '1', '-1']);
  });
});
