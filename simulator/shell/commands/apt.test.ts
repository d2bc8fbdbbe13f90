// apt-get and apt on node1: docker.io removed and installed with apt's and dpkg's real sequence
// (the install's lists as `apt-get install -s docker.io` printed them on a bookworm node with
// containerd and runc), docker's file and unit following the package. What docker.io brought
// stays until `apt-get autoremove` (apt-autoremove.test.ts).

import { describe, expect, it } from 'vitest';
import { createSession } from '../session';

const NOW = Date.UTC(2026, 11, 5, 8, 0, 0);
const fresh = () => createSession({ seed: 7, now: () => NOW, frozenClock: true });

const NEW_PACKAGES = `The following NEW packages will be installed:
  apparmor binutils binutils-common binutils-x86-64-linux-gnu cgroupfs-mount
  docker.io git git-man iptables libbinutils libbrotli1 libctf-nobfd0 libctf0
  libcurl3-gnutls liberror-perl libgprofng0 libintl-perl libintl-xs-perl
  libip6tc2 libjansson4 libldap-2.5-0 libldap-common libmodule-find-perl
  libnetfilter-conntrack3 libnfnetlink0 libnftables1 libnftnl11 libnghttp2-14
  libproc-processtable-perl librtmp1 libsasl2-2 libsasl2-modules
  libsasl2-modules-db libsort-naturally-perl libssh2-1 libterm-readkey-perl
  needrestart nftables patch tini
0 upgraded, 40 newly installed, 0 to remove and 0 not upgraded.
`;

/** What docker.io brought, left behind when it goes (the NEW list's wrapping, without docker.io). */
const UNNEEDED = `The following packages were automatically installed and are no longer required:
  apparmor binutils binutils-common binutils-x86-64-linux-gnu cgroupfs-mount
  git git-man iptables libbinutils libbrotli1 libctf-nobfd0 libctf0
  libcurl3-gnutls liberror-perl libgprofng0 libintl-perl libintl-xs-perl
  libip6tc2 libjansson4 libldap-2.5-0 libldap-common libmodule-find-perl
  libnetfilter-conntrack3 libnfnetlink0 libnftables1 libnftnl11 libnghttp2-14
  libproc-processtable-perl librtmp1 libsasl2-2 libsasl2-modules
  libsasl2-modules-db libsort-naturally-perl libssh2-1 libterm-readkey-perl
  needrestart nftables patch tini
Use 'apt autoremove' to remove them.
`;

const SUGGESTED = `Suggested packages:
  apparmor-profiles-extra apparmor-utils binutils-doc docker-doc aufs-tools
  btrfs-progs debootstrap rinse rootlesskit xfsprogs zfs-fuse | zfsutils-linux
  git-daemon-run | git-daemon-sysvinit git-doc git-email git-gui gitk gitweb
  git-cvs git-mediawiki git-svn firewalld kmod libsasl2-modules-gssapi-mit
  | libsasl2-modules-gssapi-heimdal libsasl2-modules-ldap libsasl2-modules-otp
  libsasl2-modules-sql needrestart-session | libnotify-bin iucode-tool ed
  diffutils-doc
`;

describe('apt-get on node1', () => {
  it('finds docker.io installed on the ready node', async () => {
    const r = await fresh().run('apt-get install -y docker.io');
    expect(r.stdout).toBe(
      'Reading package lists...\nBuilding dependency tree...\nReading state information...\n' +
        'docker.io is already the newest version (20.10.24+dfsg1-1+deb12u1+b6).\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n',
    );
  });

  it('purge takes docker.io away: its files, its record and its unit', async () => {
    const s = fresh();
    const r = await s.run('apt-get purge -y docker.io');
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expect(r.stdout.startsWith(`Reading package lists...\nBuilding dependency tree...\nReading state information...\n${UNNEEDED}`)).toBe(true);
    expect(r.stdout.replace(UNNEEDED, '')).toMatch(
      /^Reading package lists\.\.\.\nBuilding dependency tree\.\.\.\nReading state information\.\.\.\nThe following packages will be REMOVED:\n {2}docker\.io\*\n0 upgraded, 0 newly installed, 1 to remove and 0 not upgraded\.\nAfter this operation, 151 MB disk space will be freed\.\n\(Reading database \.\.\. \d+ files and directories currently installed\.\)\nRemoving docker\.io \(20\.10\.24\+dfsg1-1\+deb12u1\+b6\) \.\.\.\nProcessing triggers for man-db \(2\.11\.2-2\) \.\.\.\n\(Reading database \.\.\. \d+ files and directories currently installed\.\)\nPurging configuration files for docker\.io \(20\.10\.24\+dfsg1-1\+deb12u1\+b6\) \.\.\.\n$/,
    );
    const after = await s.run('ls /usr/bin/docker; grep -c docker.io /var/lib/dpkg/status; systemctl is-active docker');
    expect(after.stdout).toBe('0\ninactive\n');
    expect(after.stderr).toBe("ls: cannot access '/usr/bin/docker': No such file or directory\n");
  });

  it('remove keeps the package as config-files, and asks without -y (EOF on stdin aborts)', async () => {
    const s = fresh();
    const asked = await s.run('apt-get remove docker.io');
    expect([asked.exitCode, asked.stdout.endsWith('Do you want to continue? [Y/n] Abort.\n')]).toEqual([1, true]);
    await s.run('apt-get remove -y docker.io');
    expect((await s.run('grep -A1 "^Package: docker.io" /var/lib/dpkg/status')).stdout).toBe('Package: docker.io\nStatus: deinstall ok config-files\n');
    expect((await s.run('apt-get remove -y docker.io')).stdout).toContain("Package 'docker.io' is not installed, so not removed\n");
  });

  it('installs docker.io with bookworm\'s dependencies, and the postinst starts docker', async () => {
    const s = fresh();
    await s.run('apt-get purge -y docker.io && apt-get autoremove --purge -y');
    const r = await s.run('apt-get install -y docker.io');
    expect([r.exitCode, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`  needrestart nftables patch tini\n${SUGGESTED}${NEW_PACKAGES}Need to get 56.2 MB of archives.\nAfter this operation, 250 MB of additional disk space will be used.\n`);
    expect(r.stdout).toContain('Get:6 http://mirror.lan/debian bookworm/main amd64 docker.io amd64 20.10.24+dfsg1-1+deb12u1+b6 [36.3 MB]\n');
    expect(r.stdout).toContain('Get:5 http://mirror.lan/debian bookworm/main amd64 cgroupfs-mount all 1.4 [6276 B]\n');
    expect(r.stdout).toContain('Preparing to unpack .../19-libjansson4_2.14-2_amd64.deb ...\nUnpacking libjansson4:amd64 (2.14-2) ...\n');
    expect(r.stdout).toContain(
      "Setting up docker.io (20.10.24+dfsg1-1+deb12u1+b6) ...\nAdding group `docker' (GID 105) ...\nDone.\n" +
        'Created symlink /etc/systemd/system/multi-user.target.wants/docker.service → /lib/systemd/system/docker.service.\n',
    );
    expect(r.stdout.endsWith('Processing triggers for man-db (2.11.2-2) ...\nProcessing triggers for libc-bin (2.36-9+deb12u14) ...\n')).toBe(true);
    const after = await s.run('ls -l /usr/bin/docker; systemctl is-enabled docker; systemctl is-active docker; docker version --format "{{.Client.Version}}"');
    expect(after.stdout).toBe('-rwxr-xr-x 1 root root 45582984 Dec  5 08:00 /usr/bin/docker\nenabled\nactive\n20.10.24+dfsg1\n');
  });

  it('without recommends: only what docker.io depends on, and the recommendations listed', async () => {
    const s = fresh();
    await s.run('apt-get purge -y docker.io && apt-get autoremove --purge -y');
    const r = await s.run('apt-get install -y --no-install-recommends docker.io');
    expect(r.stdout).toContain(
      'The following additional packages will be installed:\n  iptables libip6tc2 libnetfilter-conntrack3 libnfnetlink0 libnftnl11 tini\n' +
        'Suggested packages:\n  docker-doc aufs-tools btrfs-progs debootstrap rinse rootlesskit xfsprogs\n  zfs-fuse | zfsutils-linux firewalld kmod\n' +
        'Recommended packages:\n  apparmor cgroupfs-mount git needrestart nftables\n',
    );
  });

  it('apt is the same program, with its warning on a pipe', async () => {
    const s = fresh();
    const r = await s.run('apt purge -y docker.io 2>&1 >/dev/null; docker ps');
    expect(r.stdout).toBe('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
    expect(r.stderr).toBe('bash: docker: command not found\n');
  });
});
