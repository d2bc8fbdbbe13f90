// busybox tr, against Debian's busybox-static 1.35 on this machine (`printf … | busybox tr …`).
import { describe, expect, it } from 'vitest';
import { start } from './test-support';

const tr = (args: string[], stdin: string) => start(['tr', ...args], { stdin });

describe('tr', () => {
  it('translates, padding STRING2 with its last character, with ranges, classes and escapes', () => {
    expect(tr(['a-z', 'A-Z'], 'hello\n').stdout).toBe('HELLO\n');
    expect(tr(['a-z', 'AB'], 'hello').stdout).toBe('BBBBB');
    expect(tr(['[:lower:]', '[:upper:]'], 'hello world').stdout).toBe('HELLO WORLD');
    expect(tr(['\\0', 'x'], 'a\0b').stdout).toBe('axb');
    expect(tr(['\\101', 'z'], 'A').stdout).toBe('z');
    expect(tr(['\\\\', '/'], 'a\\b').stdout).toBe('a/b');
    expect(tr(['a-', 'xy'], 'a-b').stdout).toBe('xyb');
    expect(tr(['a-z', 'A-Z'], 'x').run.exit).toEqual({ afterMs: 0, code: 0 });
  });

  it('deletes, squeezes and complements', () => {
    expect(tr(['-d', 'l', '_'], 'hello').stdout).toBe('heo');
    expect(tr(['-s', 'l'], 'hello').stdout).toBe('helo');
    expect(tr(['-s', 'a-z', 'A-Z'], 'heelloo').stdout).toBe('HELO');
    expect(tr(['-c', 'l', '_'], 'hello').stdout).toBe('__ll_');
    expect(tr(['-cd', 'b'], 'abc').stdout).toBe('b');
    expect(tr(['-ds', 'a', 'c'], 'abcabccc').stdout).toBe('bcbc');
    expect(tr(['a'], 'hello').stdout).toBe('hello');
  });

  it('fails as busybox does, and says what it does not simulate', () => {
    const usage = tr([], 'x');
    expect(usage.stderr).toMatch(/^BusyBox v1\.35\.0 .*\n\nUsage: tr \[-cds\] STRING1 \[STRING2\]\n/);
    expect(usage.run.exit?.code).toBe(1);
    expect(tr(['-d'], 'x').run.exit?.code).toBe(1);
    expect(tr(['a', ''], 'a').stderr).toBe('tr: STRING2 cannot be empty\n');
    expect(tr(['-x', 'a', 'b'], 'a').stderr).toMatch(/^tr: invalid option -- 'x'\nBusyBox/);
    const eq = tr(['[=a=]', 'b'], 'a');
    expect(eq.stderr).toContain('not simulated here');
    expect(eq.run.exit?.code).toBe(1);
  });

  it('waits for more on a stdin that stays open', () => {
    expect(start(['tr', 'a', 'b'], { stdin: 'a', stdinOpen: true }).run).toEqual({ out: [{ stream: 'stdout', text: 'b' }], consumedStdin: true });
    expect(start(['tr', 'a', 'b']).run.exit).toBeUndefined();
  });
});
