// go-units ParseUlimit's answers (docker/go-units ulimit.go), the parser behind --ulimit.
import { describe, expect, it } from 'vitest';
import { parseUlimit, rlimitValue } from './parse-ulimit';

describe('parseUlimit', () => {
  it('reads soft[:hard], the hard limit defaulting to the soft one', () => {
    expect(parseUlimit('nofile=1024:2048')).toEqual({ name: 'nofile', soft: 1024, hard: 2048 });
    expect(parseUlimit('nproc=+10')).toEqual({ name: 'nproc', soft: 10, hard: 10 });
    expect(parseUlimit('memlock=-1:-1')).toEqual({ name: 'memlock', soft: -1, hard: -1 });
    expect(parseUlimit('core=100:-1')).toEqual({ name: 'core', soft: 100, hard: -1 });
  });
  it.each([
    ['nofile', 'invalid ulimit argument: nofile'],
    ['NOFILE=1', 'invalid ulimit type: NOFILE'],
    ['nofile=', 'strconv.ParseInt: parsing "": invalid syntax'],
    ['nofile=1:x', 'strconv.ParseInt: parsing "x": invalid syntax'],
    ['nofile=99999999999999999999', 'strconv.ParseInt: parsing "99999999999999999999": value out of range'],
    ['nofile=2:1', 'ulimit soft limit must be less than or equal to hard limit: 2 > 1'],
    ['nofile=1:2:3', 'too many limit value arguments - 1:2:3, can only have up to two, `soft[:hard]`'],
  ])('%j is refused: %s', (value, why) => {
    expect(() => parseUlimit(value)).toThrow(why);
  });
  it('turns -1 into the unsigned maximum as the spec holds it', () => {
    expect(rlimitValue(-1)).toBe(2 ** 64 - 1);
    expect(rlimitValue(5)).toBe(5);
  });
});
