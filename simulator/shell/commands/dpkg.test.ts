// dpkg -l on node1: dpkg-query's list over the node's own dpkg database, its columns as wide as
// what is listed (the expected text is what `dpkg -l containerd runc docker.io` printed on this
// project's Debian bookworm machine), a pattern that matches nothing on stderr with exit 1.

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
    const other = await session.run('dpkg -s containerd');
    expect(other.exitCode).toBe(1);
    expect(other.stderr).toContain('not simulated here');
    expect((await session.run('dpkg')).exitCode).toBe(2);
  });
});
