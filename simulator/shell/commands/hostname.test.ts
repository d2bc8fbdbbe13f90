// The node's `hostname`, held to Debian's hostname 3.23 as it runs on this project's machines
// (outputs, streams and exit codes of the same options; the names and addresses are node1's).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';

const session = () => createSession({ seed: 5, now: () => Date.UTC(2026, 11, 6, 21, 0, 0) });

describe('hostname', () => {
  it('shows the name, its short form, FQDN, empty domain and addresses', async () => {
    const s = session();
    expect(await s.run('hostname')).toMatchObject({ stdout: 'node1\n', exitCode: 0 });
    expect(await s.run('hostname -s')).toMatchObject({ stdout: 'node1\n', exitCode: 0 });
    expect(await s.run('hostname --fqdn')).toMatchObject({ stdout: 'node1\n', exitCode: 0 });
    // No dot in the FQDN: -d prints nothing at all.
    expect(await s.run('hostname -d')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    // /etc/hosts: 127.0.1.1 node1.
    expect(await s.run('hostname -i')).toMatchObject({ stdout: '127.0.1.1\n', exitCode: 0 });
    // Every address of the node's interfaces but loopback's, each followed by a space.
    expect(await s.run('hostname -I')).toMatchObject({ stdout: '192.168.56.10 \n', exitCode: 0 });
    expect(await s.run('hostname -a')).toMatchObject({ stdout: '\n', exitCode: 0 });
  });

  it('takes the last display option', async () => {
    const s = session();
    expect((await s.run('hostname -i -s')).stdout).toBe('node1\n');
    expect((await s.run('hostname -si')).stdout).toBe('127.0.1.1\n');
  });

  it('lists the docker bridge once a container uses it', async () => {
    const s = session();
    await s.run('docker pull busybox');
    await s.run('docker run -d --name b1 busybox sleep 100');
    expect((await s.run('hostname -I')).stdout).toBe('192.168.56.10 172.17.0.1 \n');
  });

  it('answers bad options with the usage on stdout and 255, as --help does', async () => {
    const s = session();
    const bad = await s.run('hostname -x');
    expect(bad.stderr).toBe("hostname: invalid option -- 'x'\n");
    expect(bad.stdout.startsWith('Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n')).toBe(true);
    expect(bad.stdout).toHaveLength(1488);
    expect(bad.exitCode).toBe(255);
    expect(await s.run('hostname --bogus')).toMatchObject({ stderr: "hostname: unrecognized option '--bogus'\n", exitCode: 255 });
    expect(await s.run('hostname --help')).toMatchObject({ stdout: bad.stdout, stderr: '', exitCode: 255 });
    expect(await s.run('hostname -V')).toMatchObject({ stdout: 'hostname 3.23\n', exitCode: 0 });
    // Two names: the usage goes to stderr.
    expect(await s.run('hostname a b')).toMatchObject({ stdout: '', stderr: bad.stdout, exitCode: 255 });
    expect(await s.run('hostname -y')).toMatchObject({ stderr: 'hostname: Local domain name not set\n', exitCode: 1 });
    expect(await s.run('hostname -F /nonexistent')).toMatchObject({ stderr: 'hostname: No such file or directory\n', exitCode: 1 });
  });

  it('root sets the name, from an argument or a file', async () => {
    const s = session();
    await s.run('hostname node2');
    expect((await s.run('hostname')).stdout).toBe('node2\n');
    await s.run("printf '# comment\\nnode3\\n' > /tmp/name");
    expect((await s.run('hostname -F /tmp/name; hostname')).stdout).toBe('node3\n');
  });
});
