import { describe, expect, it } from 'vitest';
import { FlagError, parseFlags, parseGoDuration, reorderArgs } from './flags';
import type { FlagSpec } from './spec';

const flags: FlagSpec[] = [
  { names: ['quiet', 'q'], kind: 'bool', usage: '' },
  { names: ['signal', 's'], kind: 'string', usage: '' },
  { names: ['memory-limit'], kind: 'uint64', usage: '' },
  { names: ['env'], kind: 'stringSlice', usage: '', envVar: 'E' },
];

describe('parseFlags (Go flag package rules)', () => {
  it('accepts -x and --x, =value and a separate value', () => {
    const p = parseFlags(flags, ['--signal=9', '-q', 'c1'], {});
    expect(p.values.get('signal')).toBe('9');
    expect(p.values.get('quiet')).toBe(true);
    expect(p.positional).toEqual(['c1']);
    expect(parseFlags(flags, ['-signal', '-9', 'c1'], {}).values.get('signal')).toBe('-9');
  });

  it('stops at the first non-flag and after --, keeps a lone -', () => {
    expect(parseFlags(flags, ['c1', '-q'], {}).positional).toEqual(['c1', '-q']);
    expect(parseFlags(flags, ['--', '-q'], {}).positional).toEqual(['-q']);
    expect(parseFlags(flags, ['-', '-q'], {}).positional).toEqual(['-', '-q']);
  });

  it('throws Go’s messages', () => {
    expect(() => parseFlags(flags, ['--label', 'x'], {})).toThrow(new FlagError('flag provided but not defined: -label'));
    expect(() => parseFlags(flags, ['---q'], {})).toThrow('bad flag syntax: ---q');
    expect(() => parseFlags(flags, ['-s'], {})).toThrow('flag needs an argument: -s');
    expect(() => parseFlags(flags, ['-q=maybe'], {})).toThrow('invalid boolean value "maybe" for -q: parse error');
    expect(() => parseFlags(flags, ['--memory-limit', '-1'], {})).toThrow('invalid value "-1" for flag -memory-limit: parse error');
  });

  it('collects slices and lets the command line replace the environment', () => {
    expect(parseFlags(flags, [], { E: 'A=1,B=2' }).values.get('env')).toEqual(['A=1', 'B=2']);
    expect(parseFlags(flags, ['--env', 'C=3', '--env', 'D=4'], { E: 'A=1' }).values.get('env')).toEqual(['C=3', 'D=4']);
  });
});

describe('reorderArgs (urfave v1.22)', () => {
  it('moves known flags and their values first, leaves unknown ones and everything after --', () => {
    expect(reorderArgs(flags, ['c1', '-s', '9', 'x'])).toEqual(['-s', '9', 'c1', 'x']);
    expect(reorderArgs(flags, ['c1', '--label', 'a'])).toEqual(['c1', '--label', 'a']);
    // `--` moves in front of the positionals before it (ctr c create IMG -- true on containerd 1.6.20: oracle 170).
    expect(reorderArgs(flags, ['c1', '--', '-q'])).toEqual(['--', 'c1', '-q']);
    expect(reorderArgs(flags, ['c1', '-s', '9', '--', '--', 'x'])).toEqual(['-s', '9', '--', 'c1', '--', 'x']);
    // A value may start with '-' unless it is one of the command's own flags.
    expect(reorderArgs(flags, ['-s', '-9', 'c1'])).toEqual(['-s', '-9', 'c1']);
    expect(reorderArgs(flags, ['c1', '-s', '-x', 'y'])).toEqual(['-s', '-x', 'c1', 'y']);
  });
});

describe('parseGoDuration', () => {
  it.each([
    ['0', 0],
    ['2s', 2000],
    ['1m30s', 90_000],
    ['1.5h', 5_400_000],
    ['500ms', 500],
    ['-1s', -1000],
  ])('%s → %d ms', (text, ms) => expect(parseGoDuration(text)).toBe(ms));
  it('rejects what Go rejects', () => {
    expect(parseGoDuration('5')).toBeNull();
    expect(parseGoDuration('soon')).toBeNull();
    expect(parseGoDuration('')).toBeNull();
  });
});
