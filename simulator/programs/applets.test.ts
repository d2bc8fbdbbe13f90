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

describe('chmod and ln', () => {
  it('chmod takes octal and symbolic modes, -R walks a directory', () => {
    const fs = imageFs('library/alpine', '3.21');
    start(['sh', '-c', 'echo "#!/bin/sh" > /e.sh; chmod +x /e.sh; mkdir -p /app/d; touch /app/d/f; chmod -R 700 /app; chmod go-w,u=rw /etc/motd'], { fs });
    expect(fs.lookup('/e.sh')?.mode).toBe(0o755);
    expect(fs.lookup('/app/d/f')?.mode).toBe(0o700);
    expect(fs.lookup('/etc/motd')?.mode).toBe(0o644);
    expect(start(['chmod', 'q+z', '/e.sh'], { fs }).stderr).toBe("chmod: invalid mode 'q+z'\n");
    expect(start(['chmod', '755', '/nope'], { fs }).stderr).toBe('chmod: /nope: No such file or directory\n');
  });
  it('ln -sf makes or replaces a symlink; without -f an existing name fails', () => {
    const fs = imageFs('library/alpine', '3.21');
    expect(start(['ln', '-sf', '/dev/stdout', '/var/log/app.log'], { fs }).run.exit?.code).toBe(0);
    expect(fs.lookup('/var/log/app.log')).toMatchObject({ kind: 'symlink', content: '/dev/stdout' });
    expect(start(['ln', '-s', '/x', '/var/log/app.log'], { fs }).stderr).toBe('ln: /var/log/app.log: File exists\n');
    start(['ln', '-s', '/etc/os-release', '/tmp'], { fs });
    expect(fs.lookup('/tmp/os-release')?.kind).toBe('symlink');
  });
});
