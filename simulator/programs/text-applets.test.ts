// tac, nl, cat -n/-b, paste, fold and factor as Debian's busybox-static 1.35 answers them (run on
// this machine's /bin/busybox with the same input; oracle 169 runs them in a container on a real
// containerd 1.6.20 node).
import { describe, expect, it } from 'vitest';
import type { ContainerFile } from './program';
import { findProgram } from './registry';
import { testCtx, testFs } from './test-support';

const file = (content: string): ContainerFile => ({ kind: 'file', mode: 0o644, content });
const fs = testFs({ '/p1': file('1\n2\n3\n'), '/p2': file('x\ny\n'), '/f1': file('a\tb\n\nc') });

function run(argv: string[], stdin?: string) {
  const r = findProgram(argv[0] ?? '')?.run(testCtx(argv, { stdin, fs }));
  const text = (stream: string) => (r?.out ?? []).filter((c) => c.stream === stream).map((c) => c.text).join('');
  return { stdout: text('stdout'), stderr: text('stderr'), code: r?.exit?.code };
}

describe('tac and line numbers', () => {
  it('tac prints lines last first, a last line without newline running into the next', () => {
    expect(run(['tac'], '1\n2\n3\n').stdout).toBe('3\n2\n1\n');
    expect(run(['tac'], 'a\nb').stdout).toBe('ba\n');
    expect(run(['tac', 'nofile', 'p2'])).toEqual({ stdout: 'y\nx\n', stderr: 'tac: nofile: No such file or directory\n', code: 1 });
  });

  it('nl numbers lines with text, blank ones padded to the width and separator', () => {
    expect(run(['nl'], 'a\n\nb\n').stdout).toBe('     1\ta\n       \n     2\tb\n');
    expect(run(['nl', '-v', '0', '-i', '2', '-w', '3', '-s', ': ', '-b', 'a'], 'x').stdout).toBe('  0: x\n');
    expect(run(['nl', '-b', 'x'], 'a\n').stdout).toBe('       a\n');
    expect(run(['nl', '-w', '0'], 'a\n').stdout).toBe('1\ta\n');
  });

  it('cat -n numbers every line across files and ends the last; -b only those with text', () => {
    expect(run(['cat', '-n', '/f1']).stdout).toBe('     1\ta\tb\n     2\t\n     3\tc\n');
    expect(run(['cat', '-b', '/f1']).stdout).toBe('     1\ta\tb\n\n     2\tc\n');
    expect(run(['cat', '-n', '/p1', '/p2']).stdout).toBe('     1\t1\n     2\t2\n     3\t3\n     4\tx\n     5\ty\n');
    expect(run(['cat', '-n', 'nofile'])).toEqual({ stdout: '', stderr: 'cat: nofile: No such file or directory\n', code: 1 });
    expect(run(['cat', '-n', '/etc'])).toEqual({ stdout: '', stderr: '', code: 0 });
  });
});

describe('paste, fold and factor', () => {
  it('paste leaves the tab of a row whose later file has ended, and -s joins each file', () => {
    expect(run(['paste', '/p1', '/p2']).stdout).toBe('1\tx\n2\ty\n3\t');
    expect(run(['paste', '-d', ',', '/p1', '/p2', '/p1']).stdout).toBe('1,x,1\n2,y,2\n3,3\n');
    expect(run(['paste', '-s', '/p1', '/p2']).stdout).toBe('1\t2\t3\nx\ty\n');
    expect(run(['paste', '-d', ':,', '-s', '/p1']).stdout).toBe('1:2,3\n');
    expect(run(['paste', '-s', '-d', ' '], '1 2\n3 4\n').stdout).toBe('1 2 3 4\n');
    expect(run(['paste', '/p1', 'nofile'])).toEqual({ stdout: '', stderr: 'paste: nofile: No such file or directory\n', code: 1 });
  });

  it('fold breaks at the width in columns, at blanks with -s, a tab going to the next multiple of 8', () => {
    expect(run(['fold', '-w', '4'], 'abcdefghij\n').stdout).toBe('abcd\nefgh\nij\n');
    expect(run(['fold', '-w', '7'], 'hello world foo bar\n').stdout).toBe('hello w\norld fo\no bar\n');
    expect(run(['fold', '-s', '-w', '7'], 'hello world foo bar\n').stdout).toBe('hello \nworld \nfoo bar\n');
    expect(run(['fold', '-w', '5'], 'a\tbcdefghijk\n').stdout).toBe('a\n\t\nbcdef\nghijk\n');
    expect(run(['fold', '-w', '3'], 'abcdef').stdout).toBe('abc\ndef');
    expect(run(['fold', '-w', '0'], '')).toEqual({ stdout: '', stderr: 'fold: number 0 is not in 1..10000 range\n', code: 1 });
  });

  it('factor prints prime factors up to 64 bits, the usage for anything else', () => {
    expect(run(['factor', '0', '1', '12', '97', '1000000007', '0012', '+5']).stdout).toBe('0:\n1:\n12: 2 2 3\n97: 97\n1000000007: 1000000007\n12: 2 2 3\n5: 5\n');
    expect(run(['factor', '18446744073709551615']).stdout).toBe('18446744073709551615: 3 5 17 257 641 65537 6700417\n');
    expect(run(['factor'], '6 10\n').stdout).toBe('6: 2 3\n10: 2 5\n');
    const bad = run(['factor', '-5']);
    expect(bad.stderr).toMatch(/^BusyBox v1\.35\.0 .*\n\nUsage: factor \[NUMBER\]\.\.\.\n/);
    expect(bad.code).toBe(1);
    expect(run(['factor', '18446744073709551616']).code).toBe(1);
  });
});
