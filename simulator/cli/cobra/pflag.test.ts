// pflag v1.0.5's parsing rules and error texts (flag.go's parseArgs, parseLongArg,
// parseSingleShortArg, FlagSet.Set), checked one rule at a time; the recorded docker texts in
// docker-style.test.ts cover the same errors as docker prints them.

import { describe, expect, it } from 'vitest';
import type { FlagSpec } from '../spec';
import { HelpRequested, parsePflags } from './pflag';

const flags: FlagSpec[] = [
  { names: ['all', 'a'], kind: 'bool', usage: '' },
  { names: ['quiet', 'q'], kind: 'bool', usage: '' },
  { names: ['last', 'n'], kind: 'int', usage: '', value: -1 },
  { names: ['format'], kind: 'string', usage: '' },
  { names: ['filter', 'f'], kind: 'stringSlice', usage: '' },
  { names: ['env', 'e'], kind: 'stringArray', usage: '' },
  { names: ['weight'], kind: 'uint16', usage: '' },
  { names: ['timeout'], kind: 'duration', usage: '' },
];

const parse = (args: string[], interspersed = true) => parsePflags(flags, args, { interspersed });

describe('pflag spellings', () => {
  it('takes --flag=value, --flag value, -n=3, -n3 and -n 3', () => {
    for (const args of [['--last=3'], ['--last', '3'], ['-n=3'], ['-n3'], ['-n', '3']]) expect(parse(args).values.get('last')).toBe(3);
  });

  it('groups shorthands, the last one taking the rest as its value', () => {
    const p = parse(['-aqn5']);
    expect([p.values.get('all'), p.values.get('quiet'), p.values.get('last')]).toEqual([true, true, 5]);
  });

  it('gives bools a value only after =', () => {
    expect(parse(['--all=false']).values.get('all')).toBe(false);
    expect(parse(['-a', 'false']).positional).toEqual(['false']);
  });

  it('takes a value that starts with a dash', () => {
    expect(parse(['--format', '-x']).values.get('format')).toBe('-x');
  });

  it('parses flags after positionals unless told to stop at the first', () => {
    expect(parse(['img', '-a']).values.get('all')).toBe(true);
    const stopped = parse(['img', '-a'], false);
    expect([stopped.values.get('all'), stopped.positional]).toEqual([false, ['img', '-a']]);
  });

  it('ends flags at -- and keeps a lone -', () => {
    expect(parse(['--', '-a']).positional).toEqual(['-a']);
    expect(parse(['-', '-a']).positional).toEqual(['-']);
  });

  it('splits stringSlice values as CSV, keeps stringArray values whole, appends repeats', () => {
    expect(parse(['-f', 'a=1,"b=2,3"', '-f', 'c']).values.get('filter')).toEqual(['a=1', 'b=2,3', 'c']);
    expect(parse(['-e', 'A=1,2', '-e', 'B']).values.get('env')).toEqual(['A=1,2', 'B']);
  });
});

describe('pflag errors', () => {
  it.each([
    [['--nope'], 'unknown flag: --nope'],
    [['-x'], "unknown shorthand flag: 'x' in -x"],
    [['-ax'], "unknown shorthand flag: 'x' in -x"],
    [['---a'], 'bad flag syntax: ---a'],
    [['--=a'], 'bad flag syntax: --=a'],
    [['--format'], 'flag needs an argument: --format'],
    [['-an'], "flag needs an argument: 'n' in -n"],
    [['-n', 'x'], 'invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax'],
    [['--weight', '70000'], 'invalid argument "70000" for "--weight" flag: strconv.ParseUint: parsing "70000": value out of range'],
    [['--all=maybe'], 'invalid argument "maybe" for "-a, --all" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
    [['--timeout', 'soon'], 'invalid argument "soon" for "--timeout" flag: time: invalid duration "soon"'],
    [['--filter='], 'invalid argument "" for "-f, --filter" flag: EOF'],
  ])('%j → %s', (args, message) => {
    expect(() => parse(args)).toThrow(message);
  });

  it('asks for help on an undefined --help or -h', () => {
    expect(() => parse(['--help'])).toThrow(HelpRequested);
    expect(() => parse(['-h'])).toThrow(HelpRequested);
  });
});
