import { describe, expect, it } from 'vitest';
import { imageFs } from './image-test-fs';
import { start } from './test-support';

describe('applets in alpine', () => {
  it('uname -a names the node kernel and, on alpine, "Linux" as the OS', () => {
    const r = start(['uname', '-a'], { fs: imageFs('library/alpine', '3.21'), hostname: 'c1' });
    expect(r.stdout).toBe('Linux c1 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64 Linux\n');
    expect(start(['uname', '-r'], { fs: imageFs('library/alpine', '3.21') }).stdout).toBe('6.1.0-28-amd64\n');
  });
  it('whoami, which and date', () => {
    const fs = imageFs('library/alpine', '3.21');
    expect(start(['whoami'], { fs }).stdout).toBe('root\n');
    expect(start(['which', 'wget', 'nope'], { fs })).toMatchObject({ stdout: '/usr/bin/wget\n', run: { exit: { code: 1 } } });
    const nowMs = Date.UTC(2026, 11, 5, 1, 4, 9);
    expect(start(['date'], { fs, nowMs }).stdout).toBe('Sat Dec  5 01:04:09 UTC 2026\n');
    expect(start(['date', '+%Y-%m-%dT%H:%M:%S %s'], { fs, nowMs }).stdout).toBe(`2026-12-05T01:04:09 ${nowMs / 1000}\n`);
  });
  it('df lists the overlay root', () => {
    expect(start(['df'], { fs: imageFs('library/alpine', '3.21') }).stdout.split('\n').slice(0, 2)).toEqual([
      'Filesystem           1K-blocks      Used Available Use% Mounted on',
      'overlay               30831524  11204884  19626640  37% /',
    ]);
  });
});

describe('sed', () => {
  it('sed -i s/// edits a file in place in the container', () => {
    const fs = imageFs('library/nginx', 'alpine');
    const r = start(['sed', '-i', 's/listen       80;/listen       8080;/', '/etc/nginx/conf.d/default.conf'], { fs });
    expect(r.run.exit?.code).toBe(0);
    expect(fs.lookup('/etc/nginx/conf.d/default.conf')?.content).toContain('listen       8080;');
  });
  it('filters stdin with groups, &, g, addresses, d and -n p', () => {
    const sed = (args: string[], stdin: string) => start(['sed', ...args], { fs: imageFs('library/alpine', '3.21'), stdin }).stdout;
    expect(sed(['s/\\(a\\)b/\\1[&]/g'], 'abab\n')).toBe('a[ab]a[ab]\n');
    expect(sed(['-E', 's/(o+)/<\\1>/2'], 'foo boo\n')).toBe('foo b<oo>\n');
    expect(sed(['/^#/d'], '# c\nx\n')).toBe('x\n');
    expect(sed(['-n', '2p'], 'a\nb\nc\n')).toBe('b\n');
    expect(sed(['-e', 's/a/b/', '-e', 's/b/c/'], 'a\n')).toBe('c\n');
  });
  it('says which file it cannot read', () => {
    const r = start(['sed', 's/a/b/', '/nope'], { fs: imageFs('library/alpine', '3.21') });
    expect(r.stderr).toBe("sed: can't read /nope: No such file or directory\n");
    expect(r.run.exit?.code).toBe(2);
  });
});

describe('head and tail -c', () => {
  it('count bytes', () => {
    const fs = imageFs('library/alpine', '3.21');
    expect(start(['head', '-c', '4', '/etc/alpine-release'], { fs }).stdout).toBe('3.21');
    expect(start(['tail', '-c', '3'], { fs, stdin: 'abcdef' }).stdout).toBe('def');
    expect(start(['head', '-c5'], { fs, stdin: 'abcdefgh' }).stdout).toBe('abcde');
  });
});
