// apt's auto-installed marks on node1: docker.io's dependencies are marked when it is installed
// (/var/lib/apt/extended_states), pointed out once nothing needs them and taken by autoremove.
// The singular notice is what `apt-get -s remove docker.io` printed on this project's bookworm
// machine, where iptables was installed by hand and tini only for docker.io.

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);
const fresh = () => createSession({ seed: 7, now: () => NOW, frozenClock: true });

describe('apt autoremove', () => {
  it('one package left unneeded: the singular notice', async () => {
    const s = fresh();
    await s.run('apt-get purge -y docker.io && apt-get autoremove --purge -y && apt-get install -y --no-install-recommends docker.io');
    const manual = await s.run('apt-get install -y iptables');
    expect(manual.stdout).toContain('iptables is already the newest version (1.8.9-2).\niptables set to manually installed.\n');
    const r = await s.run('apt-get -s remove docker.io');
    expect(r.stdout).toBe(
      'Reading package lists...\nBuilding dependency tree...\nReading state information...\n' +
        'The following package was automatically installed and is no longer required:\n  tini\nUse \'apt autoremove\' to remove it.\n' +
        'The following packages will be REMOVED:\n  docker.io\n0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded.\n' +
        'Remv docker.io [20.10.24+dfsg1-1+deb12u1+b6]\n',
    );
  });

  it('takes what docker.io brought; packages with conffiles stay as rc until purged', async () => {
    const s = fresh();
    expect((await s.run('apt-get autoremove')).stdout).toBe(
      'Reading package lists...\nBuilding dependency tree...\nReading state information...\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n',
    );
    await s.run('apt-get remove -y docker.io');
    const asked = await s.run('apt-get autoremove </dev/null');
    expect(asked.stdout).toContain('0 upgraded, 0 newly installed, 39 to remove and 0 not upgraded.\nAfter this operation, 99.0 MB disk space will be freed.\nDo you want to continue? [Y/n] Abort.\n');
    const r = await s.run('apt autoremove -y');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Removing tini (0.19.0-1+b3) ...\n');
    expect(r.stdout).toContain('Processing triggers for libc-bin (2.36-9+deb12u14) ...\n');
    const left = await s.run("dpkg -l | awk 'NR > 5 { print $1, $2 }'");
    expect(left.stdout).toBe(
      ['rc apparmor', 'rc binutils-common', 'rc cgroupfs-mount', 'ii containerd', 'rc docker.io', 'rc git', 'ii libc-bin', 'rc libldap-common', 'ii man-db', 'rc needrestart', 'rc nftables', 'ii runc', ''].join('\n'),
    );
    expect((await s.run('cat /var/lib/apt/extended_states')).stdout).toBe('');
    await s.run('apt-get purge -y docker.io git');
    expect((await s.run('dpkg -l docker.io git')).stderr).toBe('dpkg-query: no packages found matching docker.io\ndpkg-query: no packages found matching git\n');
  });

  it('--purge marks each with * and purges their configuration', async () => {
    const s = fresh();
    await s.run('apt-get purge -y docker.io');
    const r = await s.run('apt-get autoremove --purge -y');
    expect(r.stdout).toContain('The following packages will be REMOVED:\n  apparmor* binutils* binutils-common* binutils-x86-64-linux-gnu*\n');
    expect(r.stdout).toContain('Purging configuration files for nftables (1.0.6-2+deb12u2) ...\n');
    expect((await s.run("dpkg -l | awk 'NR > 5 { print $1, $2 }'")).stdout).toBe('ii containerd\nii libc-bin\nii man-db\nii runc\n');
  });
});
