// seq, basename, dirname, uniq and rev as Debian's busybox-static 1.35 answers them
// (tests/oracle/scripts/158-fresh-busybox-applets.sh on a real containerd 1.6.20 node).
import { describe, expect, it } from 'vitest';
import { findProgram } from './registry';
import { testCtx } from './test-support';

function run(argv: string[], stdin?: string) {
  const r = findProgram(argv[0] ?? '')?.run(testCtx(argv, { stdin }));
  const text = (stream: string) => (r?.out ?? []).filter((c) => c.stream === stream).map((c) => c.text).join('');
  return { stdout: text('stdout'), stderr: text('stderr') };
}

describe('line applets', () => {
  it('seq counts up, down, with a separator, zero padding and decimals', () => {
    expect(run(['seq', '3']).stdout).toBe('1\n2\n3\n');
    expect(run(['seq', '5', '-1', '3']).stdout).toBe('5\n4\n3\n');
    expect(run(['seq', '-s', ':', '4']).stdout).toBe('1:2:3:4\n');
    expect(run(['seq', '-w', '8', '10']).stdout).toBe('08\n09\n10\n');
    expect(run(['seq', '1', '0.5', '2']).stdout).toBe('1.0\n1.5\n2.0\n');
    expect(run(['seq', '0.1', '0.1', '0.3']).stdout).toBe('0.1\n0.2\n');
    expect(run(['seq', '3', '1']).stdout).toBe('');
    const bad = run(['seq', 'x']);
    expect(bad.stderr).toMatch(/^BusyBox v1\.35\.0 .*\n\nUsage: seq /);
  });

  it('basename and dirname cut paths as POSIX says', () => {
    expect(run(['basename', '/a/b/c.txt', '.txt']).stdout).toBe('c\n');
    expect(run(['basename', '/a/b/']).stdout).toBe('b\n');
    expect(run(['basename', 'a.txt', 'a.txt']).stdout).toBe('a.txt\n');
    expect(run(['dirname', '/a/b/c.txt']).stdout).toBe('/a/b\n');
    expect(run(['dirname', 'a']).stdout).toBe('.\n');
    expect(run(['dirname', '/']).stdout).toBe('/\n');
  });

  it('uniq folds adjacent lines, rev reverses each', () => {
    expect(run(['uniq', '-c'], 'a\na\nb\nc\nc\nc\n').stdout).toBe('      2 a\n      1 b\n      3 c\n');
    expect(run(['uniq', '-d'], 'a\na\nb\n').stdout).toBe('a\n');
    expect(run(['uniq', '/nonexist']).stderr).toBe("uniq: can't open '/nonexist': No such file or directory\n");
    expect(run(['rev'], 'ab\ncd').stdout).toBe('ba\ndc');
  });
});
