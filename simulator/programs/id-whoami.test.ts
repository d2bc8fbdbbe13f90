import { describe, expect, it } from 'vitest';
import { start, testFs } from './test-support';

const fs = testFs({
  '/etc/passwd': { kind: 'file', mode: 0o644, content: 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n' },
  '/etc/group': { kind: 'file', mode: 0o644, content: 'root:x:0:\nwheel:x:10:root\nnobody:x:65534:\n' },
  '/bin/whoami': { kind: 'symlink', content: 'busybox', mode: 0o777 },
});

describe('id and whoami read the process user (outputs of a real docker 20.10.24 with busybox)', () => {
  it('names the ids the container files know and leaves the others as numbers', () => {
    expect(start(['id'], { fs, user: { uid: 65534, gid: 65534, additionalGids: [65534] } }).stdout).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n');
    expect(start(['id'], { fs, user: { uid: 1000, gid: 1000, additionalGids: [1000] } }).stdout).toBe('uid=1000 gid=1000 groups=1000\n');
    expect(start(['id'], { fs, user: { uid: 1000, gid: 0, additionalGids: [0] } }).stdout).toBe('uid=1000 gid=0(root) groups=0(root)\n');
    expect(start(['id'], { fs, user: { uid: 0, gid: 0, additionalGids: [0, 10] } }).stdout).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
  });
  it('prints no groups when runc set none (getgroups is empty)', () => {
    expect(start(['id'], { fs, user: { uid: 0, gid: 0 } }).stdout).toBe('uid=0(root) gid=0(root)\n');
  });
  it('a process with no user said is root', () => {
    expect(start(['id'], { fs }).stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect(start(['whoami'], { fs }).stdout).toBe('root\n');
  });
  it('id -u and -g print the one id, -n its name; options it does not simulate say so', () => {
    const user = { uid: 65534, gid: 65534, additionalGids: [65534] };
    expect(start(['id', '-u'], { fs, user }).stdout).toBe('65534\n');
    expect(start(['id', '-g'], { fs, user: { uid: 1000, gid: 10 } }).stdout).toBe('10\n');
    expect(start(['id', '-un'], { fs, user }).stdout).toBe('nobody\n');
    expect(start(['id', '-g', '-n', '-r'], { fs, user: { uid: 0, gid: 10 } }).stdout).toBe('wheel\n');
    expect(start(['id', '-ug'], { fs, user }).stderr).toBe('id: only one of -u, -g may be given\n');
    // -G: getgroups' list alone, as busybox prints it under a real dockerd 20.10.24.
    expect(start(['id', '-G'], { fs, user: { uid: 0, gid: 0, additionalGids: [10, 0] } }).stdout).toBe('0 10\n');
    expect(start(['id', '-Gn'], { fs, user }).stdout).toBe('nobody\n');
    expect(start(['id', '-G'], { fs, user: { uid: 0, gid: 0 } }).stderr).toContain('not simulated here');
  });
  it('id -gn and -un of an id the files do not name: the number, `unknown ID`, status 1', () => {
    // docker run -u 0:100 busybox id -gn on a real dockerd 20.10.24 (79-fresh-run-mixes-filters.sh).
    const g = start(['id', '-gn'], { fs, user: { uid: 0, gid: 100 } });
    expect([g.stdout, g.stderr, g.run.exit?.code]).toEqual(['100\n', 'id: unknown ID 100\n', 1]);
    const u = start(['id', '-u', '-n'], { fs, user: { uid: 1000, gid: 0 } });
    expect([u.stdout, u.stderr, u.run.exit?.code]).toEqual(['1000\n', 'id: unknown ID 1000\n', 1]);
  });
  // tests/oracle/docker/scripts/63-id-user.sh, busybox 1.35 under a real dockerd 20.10.24.
  it('id USER: getpwnam, then getgrouplist (the primary group, then the groups listing the user)', () => {
    const users = testFs({
      '/etc/passwd': { kind: 'file', mode: 0o644, content: 'root:x:0:0:root:/root:/bin/sh\nbob:x:1000:1000:Bob:/home/bob:/bin/sh\ncy:x:1002:4000::/:/bin/sh\n' },
      '/etc/group': { kind: 'file', mode: 0o644, content: 'root:x:0:\nbob:x:1000:\nstaff2:x:2000:bob,root\n' },
    });
    const id = (...args: string[]) => start(['id', ...args], { fs: users, user: { uid: 0, gid: 0, additionalGids: [0] } });
    expect(id('bob').stdout).toBe('uid=1000(bob) gid=1000(bob) groups=1000(bob),2000(staff2)\n');
    expect([id('-G', 'bob').stdout, id('-Gn', 'bob').stdout, id('-gn', 'bob').stdout]).toEqual(['1000 2000\n', 'bob staff2\n', 'bob\n']);
    expect(id('root').stdout).toBe('uid=0(root) gid=0(root) groups=0(root),2000(staff2)\n');
    expect([id('cy').stdout, id('-G', 'cy').stdout]).toEqual(['uid=1002(cy) gid=4000 groups=4000\n', '4000\n']);
    expect([id('1000').stderr, id('1000').run.exit?.code]).toEqual(['id: unknown user 1000\n', 1]);
    expect(id('-n', 'bob').stderr).toMatch(/^BusyBox v1\.35\.0 .*\n\nUsage: id \[-ugGnr\] \[USER\]\n/);
    expect(id('a', 'b').run.exit?.code).toBe(1);
  });
  it('whoami names the uid or fails on one passwd does not have', () => {
    expect(start(['whoami'], { fs, user: { uid: 65534, gid: 65534 } }).stdout).toBe('nobody\n');
    const r = start(['whoami'], { fs, user: { uid: 1000, gid: 0 } });
    expect(r.stderr).toBe('whoami: unknown uid 1000\n');
    expect(r.run.exit?.code).toBe(1);
  });
});
