// busybox grep's -E, -q, -x, -w, -l and -s over stdin (the shapes learners type in a container).
import { describe, expect, it } from 'vitest';
import { start, testFs } from './test-support';

const fs = testFs({ '/bin/grep': { kind: 'symlink', content: 'busybox', mode: 0o777 } });
const grep = (args: string[], stdin: string) => {
  const r = start(['grep', ...args], { stdin, fs });
  return [r.stdout, r.stderr, r.run.exit?.code];
};

describe('grep options', () => {
  it('-E takes extended expressions, POSIX classes inside brackets in both dialects', () => {
    expect(grep(['-E', '^(a|b)[[:digit:]]+$'], 'a12\nb\nc3\nb7\n')).toEqual(['a12\nb7\n', '', 0]);
    expect(grep(['^[[:upper:]]x'], 'Ax\nax\n')).toEqual(['Ax\n', '', 0]);
  });
  it('-q prints nothing and says by its status whether a line matched', () => {
    expect(grep(['-q', 'x'], 'ax\n')).toEqual(['', '', 0]);
    expect(grep(['-q', 'x'], 'a\n')).toEqual(['', '', 1]);
  });
  it('-x matches whole lines, -w whole words, -l names the input', () => {
    expect(grep(['-x', 'ab'], 'ab\nab c\n')).toEqual(['ab\n', '', 0]);
    expect(grep(['-cw', 'ab'], 'ab c\nabc\n')).toEqual(['1\n', '', 0]);
    expect(grep(['-l', 'a'], 'a\na\n')).toEqual(['(standard input)\n', '', 0]);
  });
  it('-s keeps quiet about a missing file, the status still says so', () => {
    expect(grep(['-s', 'a', '/nonexistent'], '')).toEqual(['', '', 2]);
  });
});

// tests/oracle/scripts/163-fresh-exec-applets.sh b28: `echo foo123bar45 | grep -o -E "[0-9]+"` prints 123 and 45.
describe('grep -o', () => {
  it('prints each match on a line of its own, after the line number with -n', () => {
    expect(grep(['-o', '-E', '[0-9]+'], 'foo123bar45\nnone\n')).toEqual(['123\n45\n', '', 0]);
    expect(grep(['-on', 'a'], 'xa\nb\naa\n')).toEqual(['1:a\n3:a\n3:a\n', '', 0]);
  });
  it('counts lines with -c', () => {
    expect(grep(['-oc', 'a'], 'aa\nb\n')).toEqual(['1\n', '', 0]);
  });
});
