// busybox expr, yes and stat -c as Debian's busybox-static 1.35 answers them on the node
// (tests/oracle/scripts/158-fresh-busybox-applets.sh).
import { describe, expect, it } from 'vitest';
import { createSession } from '../index';
import { findProgram } from './registry';
import { start, testCtx, testFs } from './test-support';

function expr(...args: string[]) {
  const r = findProgram('expr')?.run(testCtx(['expr', ...args]));
  return { text: (r?.out ?? []).map((c) => c.text).join(''), code: r?.exit?.code };
}

describe('expr', () => {
  it('takes the keywords match, index, substr, length and quote, their operands at the same level (oracle 169)', () => {
    expect(expr('index', 'hello', 'l').text).toBe('3\n');
    expect(expr('index', 'hello', 'z')).toMatchObject({ text: '0\n', code: 1 });
    expect(expr('substr', 'hello', '2', '3').text).toBe('ell\n');
    expect(expr('substr', 'hello', '0', '2')).toMatchObject({ text: '\n', code: 1 });
    expect(expr('substr', 'hello', '4', '10').text).toBe('lo\n');
    expect(expr('match', 'hello', 'h\\(e\\)').text).toBe('e\n');
    expect(expr('match', 'hello', 'hel').text).toBe('3\n');
    expect(expr('quote', 'length').text).toBe('length\n');
    expect(expr('length', 'length').code).toBe(2);
  });
  it('computes with precedence, compares and matches', () => {
    expect(expr('3', '+', '4')).toEqual({ text: '7\n', code: 0 });
    expect(expr('2', '*', '3', '+', '1').text).toBe('7\n');
    expect(expr('5', '>', '3').text).toBe('1\n');
    expect(expr('abc', '<', 'abd').text).toBe('1\n');
    expect(expr('abc', ':', 'a\\(.\\)').text).toBe('b\n');
    expect(expr('length', 'hello').text).toBe('5\n');
    expect(expr('', '|', '5').text).toBe('5\n');
    expect(expr('0')).toEqual({ text: '0\n', code: 1 });
  });

  it('fails with status 2 and busybox words', () => {
    expect(expr('1', '/', '0')).toEqual({ text: 'expr: division by zero\n', code: 2 });
    expect(expr('a', '+', '1')).toEqual({ text: 'expr: non-numeric argument\n', code: 2 });
    expect(expr()).toEqual({ text: 'expr: too few arguments\n', code: 2 });
    expect(expr('3', '+')).toEqual({ text: 'expr: syntax error\n', code: 2 });
  });
});

describe('yes', () => {
  it('writes its line until head has enough', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 7, 11, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    const r = await s.run(`ctr run --rm docker.io/library/busybox:latest y1 sh -c 'yes | head -2; yes a b | head -1'`);
    expect(r.stdout).toBe('y\ny\na b\n');
  });
});

describe('stat -c', () => {
  it('formats a file, a directory and a link, and refuses a missing one', async () => {
    const s = createSession({ seed: 4, now: () => Date.UTC(2026, 11, 7, 11, 0, 0) });
    await s.run('ctr i pull docker.io/library/busybox:latest');
    const r = await s.run(`ctr run --rm docker.io/library/busybox:latest st sh -c 'echo 12345 > /big; stat -c "%s %n|%a|%U:%G|%F" /big /bin/sh; stat -c %s /nonexist; echo rc=$?'`);
    expect(r.stdout).toBe('6 /big|644|root:root|regular file\n7 /bin/sh|777|root:root|symbolic link\nrc=1\n');
    expect(r.stderr).toBe("stat: can't stat '/nonexist': No such file or directory\n");
  });
});

// Oracle 163-fresh-exec-applets.sh b3: `stat /nonexistent` without -c fails as with it.
describe('stat without -c', () => {
  const stat = (args: string[]) => {
    const r = start(['stat', ...args], { fs: testFs({ '/bin/stat': { kind: 'symlink', content: 'busybox', mode: 0o777 } }) });
    return [r.stderr, r.run.exit?.code];
  };
  it("says can't stat for missing files and is not simulated for one that exists", () => {
    expect(stat(['/nonexistent', '/gone'])).toEqual(["stat: can't stat '/nonexistent': No such file or directory\nstat: can't stat '/gone': No such file or directory\n", 1]);
    expect(stat(['/etc/passwd'])[0]).toMatch(/is simulated here/);
  });
});
