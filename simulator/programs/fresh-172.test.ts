// busybox 1.35 applets of oracle 172 (172-fresh-applets-3.sh) as the real container answered
// them under containerd 1.6.20 (and this machine's busybox for the same words).
import { describe, expect, it } from 'vitest';
import type { ContainerFs } from './program';
import { start, writableFs as writableTestFs } from './test-support';

const writableFs = (): ContainerFs =>
  writableTestFs(['sleep', 'true', 'false', 'wc', 'touch', 'chmod', 'stat', 'mkdir', 'ln', 'timeout', 'head', 'dd'], {
    '/etc/passwd': { kind: 'file', content: 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534::/:/bin/false\n', mode: 0o644 },
    '/etc/group': { kind: 'file', content: 'root:x:0:\nnogroup:x:65534:\n', mode: 0o644 },
  });

describe('applets of oracle 172', () => {
  it('head -n -N and -c -N leave out the last N', () => {
    expect(start(['head', '-n', '-7'], { stdin: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n' }).stdout).toBe('1\n2\n3\n');
    expect(start(['head', '-c', '-2'], { stdin: 'hello\n' }).stdout).toBe('hell');
  });
  it('wc pads every count for several files, names a missing one and adds a total', () => {
    const fs = writableFs();
    expect(start(['wc', '-l', '/etc/passwd', '/etc/group'], { fs }).stdout).toBe('        2 /etc/passwd\n        2 /etc/group\n        4 total\n');
    const r = start(['wc', '-l', '/nope', '/etc/passwd'], { fs });
    expect([r.stdout, r.stderr, r.run.exit?.code]).toEqual(['        2 /etc/passwd\n        2 total\n', 'wc: /nope: No such file or directory\n', 1]);
    expect(start(['wc', '-l', '/etc/passwd'], { fs }).stdout).toBe('2 /etc/passwd\n');
  });
  it('chmod copies a class with u=g and gives o no sticky bit', () => {
    const fs = writableFs();
    start(['touch', '/f'], { fs });
    const mode = (spec: string) => {
      start(['chmod', '600', '/f'], { fs });
      start(['chmod', spec, '/f'], { fs });
      return (fs.lookup('/f')?.mode ?? 0).toString(8);
    };
    expect(['o+t', '+t', 'u=rwx,g=u', 'o=u', 'u=g,g+w', 'ug=rw,o=u'].map(mode)).toEqual(['600', '1600', '770', '606', '20', '666']);
  });
  it('touch -d sets the time given, -c creates nothing, a bad date is refused', () => {
    const fs = writableFs();
    start(['touch', '-d', '2020-01-02 03:04:05', '/t'], { fs });
    expect(start(['stat', '-c', '%Y %y', '/t'], { fs }).stdout).toBe('1577934245 2020-01-02 03:04:05.000000000 +0000\n');
    start(['touch', '-c', '/never'], { fs });
    expect(fs.lookup('/never')).toBeUndefined();
    expect(start(['touch', '-d', 'garbage', '/t3'], { fs }).stderr).toBe("touch: invalid date 'garbage'\n");
  });
  it('mkdir -m gives the mode as is, -v names each directory it made', () => {
    const fs = writableFs();
    start(['mkdir', '-m', '700', '/m'], { fs });
    expect(start(['stat', '-c', '%a %A %n', '/m'], { fs }).stdout).toBe('700 drwx------ /m\n');
    expect(start(['mkdir', '-pv', '/v1/v2'], { fs }).stdout).toBe("created directory: '/v1/'\ncreated directory: '/v1/v2'\n");
  });
  it('stat -L follows the link and %N shows its target; ln of a directory is EPERM', () => {
    const fs = writableFs();
    expect(start(['stat', '-c', '[%N]', '/bin/sleep'], { fs }).stdout).toBe("['/bin/sleep' -> 'busybox']\n");
    expect(start(['stat', '-L', '-c', '%F', '/bin/sleep'], { fs }).stdout).not.toBe('symbolic link\n');
    start(['mkdir', '/d'], { fs });
    expect(start(['ln', '/d', '/hard'], { fs }).stderr).toBe('ln: /hard: Operation not permitted\n');
  });
  it('timeout kills a program that outlives it and passes on one that ends in time', () => {
    const fs = writableFs();
    expect(start(['timeout', '1', 'sleep', '5'], { fs }).run.exit).toMatchObject({ afterMs: 1000, code: 143, signal: 15 });
    expect(start(['timeout', '-s', 'KILL', '1', 'sleep', '3'], { fs }).run.exit).toMatchObject({ code: 137, signal: 9 });
    expect(start(['timeout', '5', 'false'], { fs }).run.exit?.code).toBe(1);
    const r = start(['timeout', '5', '/nope'], { fs });
    expect([r.stderr, r.run.exit?.code]).toEqual(["timeout: can't execute '/nope': No such file or directory\n", 127]);
  });
  it('dd copies blocks and reports full+partial records on stderr', () => {
    const fs = writableFs();
    const r = start(['dd', 'if=/etc/passwd', 'bs=5', 'count=2'], { fs });
    expect([r.stdout, r.stderr]).toEqual(['root:x:0:0', '2+0 records in\n2+0 records out\n']);
    expect(start(['dd', 'if=/etc/passwd', 'of=/copy', 'bs=1M'], { fs }).stderr).toBe('0+1 records in\n0+1 records out\n');
    expect(fs.lookup('/copy')?.content).toBe(fs.lookup('/etc/passwd')?.content);
    expect(start(['dd', 'bs=1', 'skip=1', 'count=3', 'status=none'], { fs, stdin: 'hello\n' }).stdout).toBe('ell');
    expect(start(['dd', 'if=/etc/passwd', 'bs=0'], { fs }).stderr).toBe('dd: number 0 is not in 1..9223372036854775807 range\n');
    expect(start(['dd', 'if=/nope'], { fs }).stderr).toBe("dd: can't open '/nope': No such file or directory\n");
  });
});
