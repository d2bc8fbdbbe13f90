// The packages node1's own apt can install: Debian's docker.io and what it pulls in on a bookworm
// node that already has containerd and runc (and the standard system utilities). The set, the
// versions, sizes and Installed-Size are bookworm's current ones, as `apt-get install -s docker.io`
// and `apt-cache show` gave them on such a system; the dependency edges are the packages' own,
// kept only as far as they decide which of these get installed (with or without recommends).
//
// Only docker.io's files are modelled: docker, docker-init and dockerd as release-style stand-ins (what lets
// the shell run docker, host/releases/apparent-size.ts) and its units. The libraries' files are
// not: the node's files do not model /usr/lib either.

import type { DebEntry } from './apt-index';

/** The docker.io package: its client, daemon and systemd units, as dpkg -L lists them. */
const DOCKER_IO: DebEntry = {
  version: '20.10.24+dfsg1-1+deb12u1+b6',
  section: 'admin',
  size: 36_256_664,
  installedKib: 147_576,
  description: 'Linux container runtime',
  depends: ['containerd', 'runc', 'iptables', 'tini'],
  recommends: ['apparmor', 'cgroupfs-mount', 'git', 'needrestart'],
  suggests: ['docker-doc', 'aufs-tools', 'btrfs-progs', 'debootstrap', 'rinse', 'rootlesskit', 'xfsprogs', 'zfs-fuse', '| zfsutils-linux'],
  files: {
    '/usr/bin/docker': { program: 'docker', size: 45_582_984 },
    // A link to tini's tini-static on a real node (the init `docker run --init` bind-mounts).
    '/usr/bin/docker-init': { program: 'docker-init', size: 708_080 },
    '/usr/sbin/dockerd': { program: 'dockerd', size: 75_181_184 },
    '/lib/systemd/system/docker.service': '[Unit]\nDescription=Docker Application Container Engine\nDocumentation=https://docs.docker.com\nAfter=network-online.target docker.socket firewalld.service containerd.service time-set.target\nWants=network-online.target containerd.service\nRequires=docker.socket\n\n[Service]\nType=notify\nExecStart=/usr/sbin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock\n\n[Install]\nWantedBy=multi-user.target\n',
    '/lib/systemd/system/docker.socket': '[Unit]\nDescription=Docker Socket for the API\n\n[Socket]\nListenStream=/run/docker.sock\nSocketMode=0660\nSocketUser=root\nSocketGroup=docker\n\n[Install]\nWantedBy=sockets.target\n',
  },
  // adduser's and deb-systemd-helper's lines as the real postinst prints them on a fresh node.
  postinst:
    "Adding group `docker' (GID 105) ...\nDone.\n" +
    'Created symlink /etc/systemd/system/multi-user.target.wants/docker.service → /lib/systemd/system/docker.service.\n' +
    'Created symlink /etc/systemd/system/sockets.target.wants/docker.socket → /lib/systemd/system/docker.socket.\n',
  unit: 'docker',
  conffiles: ['/etc/default/docker', '/etc/init.d/docker'],
};

type Row = [version: string, section: string, size: number, installedKib: number, description: string, depends: string[], more?: Partial<DebEntry>];

const same = { multiArch: 'same' } as const;
const all = { arch: 'all' } as const;

/** update-alternatives as iptables 1.8.9's postinst runs it: legacy first, then nft wins. */
const IPTABLES_ALTERNATIVES = [
  ['iptables-legacy', 'iptables'],
  ['ip6tables-legacy', 'ip6tables'],
  ['iptables-nft', 'iptables'],
  ['ip6tables-nft', 'ip6tables'],
  ['arptables-nft', 'arptables'],
  ['ebtables-nft', 'ebtables'],
]
  .map(([from, name]) => `update-alternatives: using /usr/sbin/${from} to provide /usr/sbin/${name} (${name}) in auto mode\n`)
  .join('');

const ROWS: Record<string, Row> = {
  apparmor: ['3.0.8-3', 'admin', 616_144, 2_567, 'user-space parser utility for AppArmor', [], {
    suggests: ['apparmor-profiles-extra', 'apparmor-utils'],
    postinst: 'Created symlink /etc/systemd/system/sysinit.target.wants/apparmor.service → /lib/systemd/system/apparmor.service.\n',
  }],
  binutils: ['2.40-2', 'devel', 64_980, 109, 'GNU assembler, linker and binary utilities', ['binutils-common', 'binutils-x86-64-linux-gnu', 'libbinutils'], { suggests: ['binutils-doc'] }],
  'binutils-common': ['2.40-2', 'devel', 2_486_664, 15_021, 'Common files for the GNU assembler, linker and binary utilities', [], same],
  'binutils-x86-64-linux-gnu': ['2.40-2', 'devel', 2_245_848, 11_428, 'GNU binary utilities, for x86-64-linux-gnu target', ['libbinutils', 'libctf-nobfd0', 'libctf0', 'libgprofng0', 'libjansson4']],
  'cgroupfs-mount': ['1.4', 'admin', 6_276, 32, 'Light-weight package to set up cgroupfs mounts', [], all],
  git: ['1:2.39.5-0+deb12u3', 'vcs', 7_264_380, 44_890, 'fast, scalable, distributed revision control system', ['libcurl3-gnutls', 'liberror-perl', 'git-man'], {
    recommends: ['patch'],
    suggests: ['git-daemon-run', '| git-daemon-sysvinit', 'git-doc', 'git-email', 'git-gui', 'gitk', 'gitweb', 'git-cvs', 'git-mediawiki', 'git-svn'],
  }],
  'git-man': ['1:2.39.5-0+deb12u3', 'doc', 2_053_236, 2_107, 'fast, scalable, distributed revision control system (manual pages)', [], all],
  iptables: ['1.8.9-2', 'net', 360_192, 2_408, 'administration tools for packet filtering and NAT', ['libip6tc2', 'libnetfilter-conntrack3', 'libnftnl11'], {
    recommends: ['nftables'],
    suggests: ['firewalld', 'kmod'],
    postinst: IPTABLES_ALTERNATIVES,
  }],
  libbinutils: ['2.40-2', 'devel', 572_104, 2_469, 'GNU binary utilities (private shared library)', ['binutils-common'], same],
  libbrotli1: ['1.0.9-2+deb12u1', 'libs', 274_704, 783, 'library implementing brotli encoder and decoder (shared libraries)', [], same],
  'libctf-nobfd0': ['2.40-2', 'devel', 153_384, 301, 'Compact C Type Format library (runtime, no BFD dependency)', [], same],
  libctf0: ['2.40-2', 'devel', 89_796, 232, 'Compact C Type Format library (runtime, BFD dependency)', ['libbinutils'], same],
  'libcurl3-gnutls': ['7.88.1-10+deb12u15', 'libs', 386_008, 828, 'easy-to-use client-side URL transfer library (GnuTLS flavour)', ['libbrotli1', 'libldap-2.5-0', 'libnghttp2-14', 'librtmp1', 'libssh2-1'], same],
  'liberror-perl': ['0.17029-2', 'perl', 29_032, 73, 'Perl module for error/exception handling in an OO-ish way', [], all],
  libgprofng0: ['2.40-2', 'devel', 812_120, 3_958, 'GNU Next Generation profiler (runtime library)', ['libbinutils'], same],
  'libintl-perl': ['1.33-1', 'perl', 719_968, 4_324, 'Uniforum message translations system compatible i18n library', [], { ...all, recommends: ['libintl-xs-perl'] }],
  'libintl-xs-perl': ['1.33-1', 'perl', 15_560, 57, 'XS Uniforum message translations system compatible i18n library', ['libintl-perl']],
  libip6tc2: ['1.8.9-2', 'libs', 19_416, 66, 'netfilter libip6tc library', [], same],
  libjansson4: ['2.14-2', 'libs', 40_788, 101, 'C library for encoding, decoding and manipulating JSON data', [], same],
  'libldap-2.5-0': ['2.5.13+dfsg-5', 'libs', 183_248, 553, 'OpenLDAP libraries', ['libsasl2-2'], { ...same, recommends: ['libldap-common'] }],
  'libldap-common': ['2.5.13+dfsg-5', 'libs', 29_348, 92, 'OpenLDAP common files for libraries', [], all],
  'libmodule-find-perl': ['0.16-2', 'perl', 10_620, 30, 'module to find and use installed Perl modules', [], all],
  'libnetfilter-conntrack3': ['1.0.9-3', 'libs', 40_704, 139, 'Netfilter netlink-conntrack library', ['libnfnetlink0'], same],
  libnfnetlink0: ['1.0.2-2', 'libs', 15_132, 51, 'Netfilter netlink library', [], same],
  libnftables1: ['1.0.6-2+deb12u2', 'libs', 299_116, 920, 'Netfilter nftables high level userspace API library', ['libjansson4', 'libnftnl11'], same],
  libnftnl11: ['1.2.4-2', 'libs', 61_632, 233, 'Netfilter nftables userspace API library', [], same],
  'libnghttp2-14': ['1.52.0-1+deb12u3', 'libs', 72_404, 220, 'library implementing HTTP/2 protocol (shared library)', [], same],
  'libproc-processtable-perl': ['0.634-1+b2', 'perl', 43_096, 115, 'Perl library for accessing process table information', [], same],
  librtmp1: ['2.4+20151223.gitfa8646d.1-2+b2', 'libs', 60_824, 146, 'toolkit for RTMP streams (shared library)', [], same],
  'libsasl2-2': ['2.1.28+dfsg-10+deb12u1', 'libs', 59_908, 167, 'Cyrus SASL - authentication abstraction library', ['libsasl2-modules-db'], { ...same, recommends: ['libsasl2-modules'] }],
  'libsasl2-modules': ['2.1.28+dfsg-10+deb12u1', 'libs', 66_868, 284, 'Cyrus SASL - pluggable authentication modules', [], {
    ...same,
    suggests: ['libsasl2-modules-gssapi-mit', '| libsasl2-modules-gssapi-heimdal', 'libsasl2-modules-ldap', 'libsasl2-modules-otp', 'libsasl2-modules-sql'],
  }],
  'libsasl2-modules-db': ['2.1.28+dfsg-10+deb12u1', 'libs', 20_524, 77, 'Cyrus SASL - pluggable authentication modules (DB)', [], same],
  'libsort-naturally-perl': ['1.03-4', 'perl', 13_076, 41, 'Sort naturally - sort lexically except for numerical parts', [], all],
  'libssh2-1': ['1.10.0-3+deb12u1', 'libs', 175_976, 353, 'SSH2 client-side library', [], same],
  'libterm-readkey-perl': ['2.38-2+b1', 'perl', 24_456, 73, 'perl module for simple terminal control', []],
  needrestart: ['3.6-4+deb12u4', 'admin', 60_684, 296, 'check which daemons need to be restarted after library upgrades',
    ['binutils', 'libintl-perl', 'libmodule-find-perl', 'libproc-processtable-perl', 'libsort-naturally-perl', 'libterm-readkey-perl'],
    { ...all, suggests: ['needrestart-session', '| libnotify-bin', 'iucode-tool'] }],
  nftables: ['1.0.6-2+deb12u2', 'net', 70_292, 176, 'Program to control packet filtering rules by Netfilter project', ['libnftables1'], { suggests: ['firewalld'] }],
  patch: ['2.7.6-7+deb12u1', 'vcs', 123_080, 246, 'Apply a diff file to an original', [], { suggests: ['ed', 'diffutils-doc'] }],
  tini: ['0.19.0-1+b3', 'utils', 267_204, 731, 'tiny but valid init for containers', []],
};

/**
 * Where these versions come from when not only the main archive (`apt-cache policy` on a
 * bookworm node), and the conffiles that keep a removed package as `rc` (`dpkg -s` on this
 * project's machine where installed; the packages' own /etc files otherwise).
 */
const MORE: Readonly<Record<string, Partial<DebEntry>>> = {
  apparmor: { conffiles: ['/etc/apparmor/parser.conf'] },
  'binutils-common': { conffiles: ['/etc/gprofng.rc'] },
  'cgroupfs-mount': { conffiles: ['/etc/init.d/cgroupfs-mount'] },
  git: { conffiles: ['/etc/bash_completion.d/git-prompt'] },
  libbrotli1: { origin: 'security' },
  'libldap-common': { conffiles: ['/etc/ldap/ldap.conf'] },
  'libnghttp2-14': { origin: 'both' },
  'libsasl2-2': { origin: 'security' },
  'libsasl2-modules': { origin: 'security' },
  'libsasl2-modules-db': { origin: 'security' },
  'libssh2-1': { origin: 'security' },
  needrestart: { origin: 'security', conffiles: ['/etc/needrestart/needrestart.conf'] },
  // Priority: important, so apt's order list takes it right after what was asked for.
  nftables: { important: true, conffiles: ['/etc/nftables.conf'] },
  patch: { origin: 'security' },
};

/** What node1's apt finds in its lists (apt-get update changes nothing here). */
export const HOST_DEB_INDEX: Readonly<Record<string, DebEntry>> = {
  'docker.io': DOCKER_IO,
  ...Object.fromEntries(
    Object.entries(ROWS).map(([name, [version, section, size, installedKib, description, depends, more]]) => [
      name,
      { version, section, size, installedKib, description, depends, files: {}, ...more, ...MORE[name] },
    ]),
  ),
};

/**
 * The packages a fresh node1 has that these indexes know, by version (its dpkg status): Debian's
 * containerd and runc, and docker.io as `apt-get install -y docker.io` left it, with everything
 * it brought (HOST_AUTO_AT_BOOT: marked as automatically installed).
 */
export const HOST_PACKAGES_AT_BOOT: Readonly<Record<string, DebEntry>> = {
  containerd: {
    version: '1.6.20~ds1-1+deb12u3', section: 'admin', size: 25_903_404, installedKib: 98_393,
    description: 'open and reliable container runtime', depends: ['runc'], files: {}, conffiles: ['/etc/containerd/config.toml'],
  },
  runc: { version: '1.1.5+ds1-1+deb12u1', section: 'devel', size: 2_709_960, installedKib: 8_633, description: 'Open Container Project - runtime', depends: [], files: {} },
  'libc-bin': { version: '2.36-9+deb12u14', section: 'libs', size: 609_144, installedKib: 2_042, description: 'GNU C Library: Binaries', depends: [], files: {} },
  'man-db': { version: '2.11.2-2', section: 'doc', size: 1_385_848, installedKib: 2_963, description: 'tools for reading manual pages', depends: [], files: {} },
  ...HOST_DEB_INDEX,
};

/** What came with docker.io on a fresh node1: all of the index but docker.io itself. */
export const HOST_AUTO_AT_BOOT: readonly string[] = Object.keys(HOST_DEB_INDEX).filter((name) => name !== 'docker.io');
