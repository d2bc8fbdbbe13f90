// busybox hostname as a real containerd 1.6.20 node's busybox-static answers in a container
// (tests/oracle/scripts/busybox-hostname.sh, 12/12).
import { describe, expect, it } from 'vitest';
import type { ContainerFile } from './program';
import { start, testFs } from './test-support';

const withHosts = (hosts?: string) => testFs(hosts === undefined ? {} : { '/etc/hosts': { kind: 'file', mode: 0o644, content: hosts } as ContainerFile });
const run = (args: string[], hosts?: string) => start(['hostname', ...args], { fs: withHosts(hosts), hostname: 'node1' });

describe('hostname', () => {
  it('prints the UTS name, -s cut at the first dot', () => {
    expect(run([]).stdout).toBe('node1\n');
    expect(start(['hostname', '-s'], { hostname: 'a.b.c' }).stdout).toBe('a\n');
  });

  it('looks -i, -f and -d up in /etc/hosts, the first matching IPv4 line', () => {
    const hosts = '::2 node1\n10.1.2.3 myhost.example.com node1\n10.1.2.4 node1\n';
    expect(run(['-i'], hosts).stdout).toBe('10.1.2.3\n');
    expect(run(['-f'], hosts).stdout).toBe('myhost.example.com\n');
    expect(run(['-d'], hosts).stdout).toBe('example.com\n');
    expect(run(['-i'], '::1 node1\n10.1.2.5 node1\n').stdout).toBe('127.0.0.1\n');
    expect(run(['-d'], '10.1.2.3 node1\n').stdout).toBe('');
  });

  it('fails a lookup with no line, and setting a name', () => {
    expect(run(['-i'])).toMatchObject({ stdout: '', stderr: 'hostname: node1: Host name lookup failure\n' });
    expect(run(['newname']).stderr).toBe('hostname: sethostname: Operation not permitted\n');
    expect(run(['-F', '/nosuch']).stderr).toBe("hostname: can't open '/nosuch': No such file or directory\n");
    expect(run(['-x']).stderr).toMatch(/^hostname: invalid option -- 'x'\nBusyBox v1\.35\.0 .*\n\nUsage: hostname \[-sidf\]/);
  });
});
