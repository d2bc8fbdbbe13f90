// apt's question on node1 and what answers it, and `apt-get -s`. The simulated install's text is
// what `apt-get -s install docker.io` printed on this project's bookworm machine with a status
// database holding containerd and runc but none of docker.io's dependencies: the same lists,
// then Inst lines in apt's order and the same order as Conf lines.

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);
const fresh = () => createSession({ seed: 7, now: () => NOW, frozenClock: true });
const TTY = { tty: true } as const;
const PROMPT = 'Do you want to continue? [Y/n] ';

/** A node where docker.io and all it brought are gone: what the bare preset leaves. */
async function withoutDocker() {
  const s = fresh();
  await s.run('apt-get purge -y docker.io && apt-get autoremove --purge -y');
  return s;
}

/** The real run's Inst order (Conf repeats it). */
const ORDER = [
  'libip6tc2', 'libnfnetlink0', 'libnetfilter-conntrack3', 'libnftnl11', 'iptables', 'tini', 'docker.io', 'libjansson4', 'libnftables1',
  'nftables', 'apparmor', 'binutils-common', 'libbinutils', 'libctf-nobfd0', 'libctf0', 'libgprofng0', 'binutils-x86-64-linux-gnu',
  'binutils', 'cgroupfs-mount', 'libbrotli1', 'libsasl2-modules-db', 'libsasl2-2', 'libldap-2.5-0', 'libnghttp2-14', 'librtmp1',
  'libssh2-1', 'libcurl3-gnutls', 'liberror-perl', 'git-man', 'git', 'libintl-perl', 'libintl-xs-perl', 'libldap-common',
  'libmodule-find-perl', 'libproc-processtable-perl', 'libsasl2-modules', 'libsort-naturally-perl', 'libterm-readkey-perl',
  'needrestart', 'patch',
];

describe('apt-get -s', () => {
  it('install: the lists, then Inst and Conf lines in apt\'s order, and nothing changes', async () => {
    const s = await withoutDocker();
    const r = await s.run('apt-get -s install docker.io');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('0 upgraded, 40 newly installed, 0 to remove and 0 not upgraded.\nInst libip6tc2 (1.8.9-2 Debian:12.15/oldstable [amd64])\n');
    expect(r.stdout).not.toContain('Need to get');
    expect(r.stdout).not.toContain(PROMPT);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('Inst ')).map((l) => l.split(' ')[1])).toEqual(ORDER);
    expect(lines.filter((l) => l.startsWith('Conf ')).map((l) => l.split(' ')[1])).toEqual(ORDER);
    expect(lines).toContain('Inst libnghttp2-14 (1.52.0-1+deb12u3 Debian:12.15/oldstable, Debian-Security:12/oldstable-security [amd64])');
    expect(lines).toContain('Inst needrestart (3.6-4+deb12u4 Debian-Security:12/oldstable-security [all])');
    expect(lines).toContain('Conf cgroupfs-mount (1.4 Debian:12.15/oldstable [all])');
    expect((await s.run('dpkg -l docker.io; ls /usr/bin/docker')).exitCode).toBe(2);
  });

  it('remove and purge: Remv and Purg lines, docker.io still installed', async () => {
    const s = fresh();
    expect((await s.run('apt-get -s remove docker.io')).stdout.endsWith('0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\nRemv docker.io [20.10.24+dfsg1-1+deb12u1+b6]\n')).toBe(true);
    expect((await s.run('apt-get --simulate purge docker.io')).stdout).toContain('  docker.io*\n0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\nPurg docker.io [20.10.24+dfsg1-1+deb12u1+b6]\n');
    expect((await s.run('systemctl is-active docker')).stdout).toBe('active\n');
  });
});

describe('the question', () => {
  it('on the terminal Enter goes on: docker.io is installed and its daemon runs', async () => {
    const s = await withoutDocker();
    const asked = await s.run('apt-get install docker.io', TTY);
    expect(asked.stdout.endsWith(`After this operation, 250 MB of additional disk space will be used.\n${PROMPT}`)).toBe(true);
    expect(s.prompt()).toBe('');
    const done = await s.run('', TTY);
    expect(done.exitCode).toBe(0);
    expect(done.stdout).toMatch(/^Get:1 http:\/\/mirror\.lan\/debian bookworm\/main amd64 apparmor amd64 3\.0\.8-3 \[616 kB\]\n/);
    expect(s.prompt()).toBe('root@node1:~# ');
    expect((await s.run('systemctl is-active docker')).stdout).toBe('active\n');
  });

  it('n aborts with exit 1, and Ctrl-D (end of input) too', async () => {
    const s = fresh();
    await s.run('apt remove docker.io', TTY);
    expect(await s.run('n', TTY)).toEqual({ stdout: 'Abort.\n', stderr: '', exitCode: 1 });
    expect((await s.run('echo $?')).stdout).toBe('1\n');
    await s.run('apt-get remove docker.io', TTY);
    expect(await s.interrupt('EOF')).toEqual({ stdout: 'Abort.\n', stderr: '', exitCode: 1 });
    expect((await s.run('systemctl is-active docker')).stdout).toBe('active\n');
  });

  it('y or Y goes on; other words are no', async () => {
    const s = fresh();
    await s.run('apt-get remove docker.io', TTY);
    expect((await s.run('nope', TTY)).exitCode).toBe(1);
    await s.run('apt-get remove docker.io', TTY);
    const yes = await s.run('Yes', TTY);
    expect([yes.exitCode, yes.stdout]).toEqual([0, expect.stringContaining('Removing docker.io (20.10.24+dfsg1-1+deb12u1+b6) ...\n')]);
  });

  it('without a terminal stdin answers: empty is EOF (Abort.), a piped y goes on', async () => {
    const s = fresh();
    const eof = await s.run('apt-get remove docker.io </dev/null');
    expect([eof.exitCode, eof.stdout.endsWith(`${PROMPT}Abort.\n`)]).toEqual([1, true]);
    const piped = await s.run('echo y | apt-get remove docker.io');
    expect(piped.exitCode).toBe(0);
    expect(piped.stdout).toContain(`${PROMPT}(Reading database ... `);
  });

  it('-y, --yes and --assume-yes do not ask; -qq implies -y', async () => {
    for (const flag of ['-y', '--yes', '--assume-yes', '-qq']) {
      const s = fresh();
      const r = await s.run(`apt-get remove ${flag} docker.io`);
      expect([flag, r.exitCode, r.stdout.includes(PROMPT)]).toEqual([flag, 0, false]);
    }
  });
});
