import { describe, expect, it } from 'vitest';
import { parseFlags } from '../cli/flags';
import { parseGoFloat, parseGoInt, parseGoUint } from './strconv';
import type { FlagSpec } from '../cli/spec';

const value = (r: { ok: boolean; value?: unknown; error?: string }) => (r.ok ? r.value : r.error);

// Each case below was checked against ctr 1.6.20's flag parsing on a real node.
describe('Go strconv base 0', () => {
  it('parses uint64 like ParseUint(s, 0, 64)', () => {
    expect(value(parseGoUint('99999999999999999999'))).toBe('value out of range');
    expect(value(parseGoUint('18446744073709551615'))).toBe(18446744073709551615n);
    expect(value(parseGoUint('0b101'))).toBe(5n);
    expect(value(parseGoUint('0o17'))).toBe(15n);
    expect(value(parseGoUint('017'))).toBe(15n);
    expect(value(parseGoUint('0X1F'))).toBe(31n);
    expect(value(parseGoUint('1_000'))).toBe(1000n);
    expect(value(parseGoUint('0'))).toBe(0n);
    for (const bad of ['08', '+5', '-1', '0x', '1__0', '_1', '1_', ' 1', '']) expect(value(parseGoUint(bad))).toBe('parse error');
  });

  it('parses int64 like ParseInt(s, 0, 64)', () => {
    expect(value(parseGoInt('9223372036854775808'))).toBe('value out of range');
    expect(value(parseGoInt('-9223372036854775809'))).toBe('value out of range');
    expect(value(parseGoInt('-9223372036854775808'))).toBe(-9223372036854775808n);
    expect(value(parseGoInt('-0x8000000000000000'))).toBe(-9223372036854775808n);
    expect(value(parseGoInt('+0x_1'))).toBe(1n);
    expect(value(parseGoInt('0_1'))).toBe(1n);
    expect(value(parseGoInt('-1'))).toBe(-1n);
    expect(value(parseGoInt('+_1'))).toBe('parse error');
  });

  it('parses float64 like ParseFloat(s, 64)', () => {
    expect(value(parseGoFloat('1e400'))).toBe('value out of range');
    expect(value(parseGoFloat('1e-400'))).toBe(0);
    expect(value(parseGoFloat('0x1.8p1'))).toBe(3);
    expect(value(parseGoFloat('1_0.5'))).toBe(10.5);
    expect(value(parseGoFloat('.5'))).toBe(0.5);
    expect(value(parseGoFloat('1.'))).toBe(1);
    expect(value(parseGoFloat('inf'))).toBe(Infinity);
    expect(value(parseGoFloat('+Inf'))).toBe(Infinity);
    expect(value(parseGoFloat('-Infinity'))).toBe(-Infinity);
    expect(value(parseGoFloat('NaN'))).toBeNaN();
    for (const bad of ['_1', '0x1.8', '1e', '.', '', ' 1', '0b1', '1f']) expect(value(parseGoFloat(bad))).toBe('parse error');
  });
});

describe('number flags', () => {
  const flags: FlagSpec[] = [
    { names: ['memory-limit'], kind: 'uint64', usage: '' },
    { names: ['cpu-quota'], kind: 'int64', usage: '', value: -1 },
    { names: ['cpus'], kind: 'float64', usage: '' },
  ];
  it('reports range and syntax errors in Go’s words and keeps numbers as numbers', () => {
    expect(() => parseFlags(flags, ['--memory-limit', '99999999999999999999'], {})).toThrow(
      'invalid value "99999999999999999999" for flag -memory-limit: value out of range',
    );
    expect(() => parseFlags(flags, ['--cpu-quota', ' 1'], {})).toThrow('invalid value " 1" for flag -cpu-quota: parse error');
    expect(() => parseFlags(flags, ['--cpus', '1e400'], {})).toThrow('invalid value "1e400" for flag -cpus: value out of range');
    const p = parseFlags(flags, ['--memory-limit', '0x10', '--cpu-quota', '-0b11', '--cpus', '0.5'], {});
    expect([p.values.get('memory-limit'), p.values.get('cpu-quota'), p.values.get('cpus')]).toEqual([16, -3, 0.5]);
  });
});
