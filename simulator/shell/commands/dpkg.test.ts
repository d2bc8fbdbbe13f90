// dpkg -l on node1: dpkg-query's list over the node's own dpkg database, its columns as wide as
// what is listed (the expected text is what `dpkg -l containerd runc docker.io` printed on this
// project's Debian bookworm machine), a pattern that matches nothing on stderr with exit 1, names
// known only from relations as `un` rows (`dpkg -l apparmor` and `dpkg -l 'zfs*'` there, where
// docker.io recommends apparmor and suggests zfs-fuse | zfsutils-linux), and -s / -L with the
// words dpkg-query printed there for a package it has no record of.

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);
const fresh = () => createSession({ seed: 7, now: () => NOW, frozenClock: true });

const HEADER = `Desired=Unknown/Install/Remove/Purge/Hold
| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend
|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)
`;

describe('dpkg -l', () => {
  it('lists the node\'s packages as the real dpkg-query does', async () => {
    const r = await fresh().run('dpkg -l containerd runc docker.io');
    expect(r.stdout).toBe(`${HEADER}||/ Name           Version                     Architecture Description
+++-==============-===========================-============-===================================
ii  containerd     1.6.20~ds1-1+deb12u3        amd64        open and reliable container runtime
ii  docker.io      20.10.24+dfsg1-1+deb12u1+b6 amd64        Linux container runtime
ii  runc           1.1.5+ds1-1+deb12u1         amd64        Open Container Project - runtime
`);
    expect(r.exitCode).toBe(0);
  });

  it('matches globs, says which pattern found nothing and exits 1', async () => {
    const r = await fresh().run("dpkg -l 'dock?r.*' nosuch");
    expect(r.stdout.split('\n').slice(3, 6)).toEqual([
      '||/ Name           Version                     Architecture Description',
      '+++-==============-===========================-============-=================================',
      'ii  docker.io      20.10.24+dfsg1-1+deb12u1+b6 amd64        Linux container runtime',
    ]);
    expect(r.stderr).toBe('dpkg-query: no packages found matching nosuch\n');
    expect(r.exitCode).toBe(1);
  });

  it('says what it does not simulate, and wants an action', async () => {
    const session = fresh();
    const other = await session.run('dpkg -i docker.deb');
    expect(other.exitCode).toBe(1);
    expect(other.stderr).toContain('not simulated here');
    expect((await session.run('dpkg')).exitCode).toBe(2);
  });

  it('a name only relations mention is an un row; an unknown name is not found', async () => {
    const s = fresh();
    const r = await s.run("dpkg -l docker-doc 'zfs*'");
    expect(r.stdout).toBe(`${HEADER}||/ Name           Version      Architecture Description
+++-==============-============-============-=================================
un  docker-doc     <none>       <none>       (no description available)
un  zfs-fuse       <none>       <none>       (no description available)
un  zfsutils-linux <none>       <none>       (no description available)
`);
    expect(r.exitCode).toBe(0);
    await s.run('apt-get purge -y docker.io && apt-get autoremove --purge -y');
    expect((await s.run('dpkg -l docker-doc')).stderr).toBe('dpkg-query: no packages found matching docker-doc\n');
  });

  it('install, remove, purge: ii, then rc (its conffiles kept), then no record', async () => {
    const s = fresh();
    const row = async () => (await s.run('dpkg -l docker.io')).stdout.split('\n')[5];
    expect(await row()).toBe('ii  docker.io      20.10.24+dfsg1-1+deb12u1+b6 amd64        Linux container runtime');
    await s.run('apt-get remove -y docker.io');
    expect(await row()).toBe('rc  docker.io      20.10.24+dfsg1-1+deb12u1+b6 amd64        Linux container runtime');
    expect((await s.run('dpkg -L docker.io')).stdout).toBe('/etc/default/docker\n/etc/init.d/docker\n');
    expect((await s.run('dpkg -s docker.io | head -2')).stdout).toBe('Package: docker.io\nStatus: deinstall ok config-files\n');
    const purged = await s.run('apt-get purge -y docker.io');
    expect(purged.stdout).toContain('After this operation, 0 B of additional disk space will be used.\n(Reading database ... ');
    expect(purged.stdout).toContain('Purging configuration files for docker.io (20.10.24+dfsg1-1+deb12u1+b6) ...\n');
    expect(purged.stdout).not.toContain('Removing docker.io');
    const gone = await s.run('dpkg -l docker.io');
    expect([gone.stdout, gone.stderr, gone.exitCode]).toEqual(['', 'dpkg-query: no packages found matching docker.io\n', 1]);
  });

  it('-s prints the record, -L the files; a package without a record is refused', async () => {
    const s = fresh();
    expect((await s.run('dpkg -s tini')).stdout).toBe(
      'Package: tini\nStatus: install ok installed\nPriority: optional\nSection: utils\nInstalled-Size: 731\nArchitecture: amd64\nVersion: 0.19.0-1+b3\nDescription: tiny but valid init for containers\n',
    );
    expect((await s.run('dpkg -L docker.io')).stdout).toBe('/.\n/usr/bin/docker\n/usr/bin/docker-init\n/usr/sbin/dockerd\n/lib/systemd/system/docker.service\n/lib/systemd/system/docker.socket\n');
    expect(await s.run('dpkg -s nosuchpkg')).toEqual({
      stdout: '',
      stderr: "dpkg-query: package 'nosuchpkg' is not installed and no information is available\nUse dpkg --info (= dpkg-deb --info) to examine archive files.\n",
      exitCode: 1,
    });
    expect(await s.run('dpkg -L docker-doc')).toEqual({
      stdout: '',
      stderr: "dpkg-query: package 'docker-doc' is not installed\nUse dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n",
      exitCode: 1,
    });
    expect((await s.run('dpkg -L')).exitCode).toBe(2);
  });
});
