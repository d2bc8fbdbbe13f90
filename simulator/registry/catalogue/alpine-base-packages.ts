// The packages of alpine-minirootfs 3.21.3 (x86_64) as its /lib/apk/db/installed lists them:
// the 16 packages `apk info` prints in a fresh alpine:3.21 container. Fields follow apk-tools
// 2.14's installed database (src/database.c apk_db_write_fdb): P name, V version, A arch,
// S package size, I installed size, T description, U url, L license, o origin, m maintainer,
// t build time, D dependencies, p provides, i install_if, then F (directory) / R (file) lines for the files.

/** One installed package: its index fields and the files it owns (dir → file names). */
export interface ApkPackage {
  name: string;
  version: string;
  size: number;
  installedSize: number;
  description: string;
  url: string;
  license: string;
  origin: string;
  /** Build time, seconds since the epoch. */
  builtAt: number;
  depends?: string[];
  provides?: string[];
  /** install_if: installed automatically once all of these are (ssl_client with busybox and libssl3). */
  installIf?: string[];
  /** Directory (no leading slash) → files directly in it. */
  files?: Record<string, string[]>;
}

const NCOPA = 'Natanael Copa <ncopa@alpinelinux.org>';

/** busybox 1.37.0-r12, the build whose ash banner and applets alpine:3.21 has. */
const ALPINE_BUSYBOX = { version: '1.37.0-r12', builtAt: 1737137521 };

export const ALPINE_3_21_BASE: readonly ApkPackage[] = [
  { name: 'alpine-baselayout', version: '3.6.8-r1', size: 8_672, installedSize: 8_192, description: 'Alpine base dir structure and init scripts', url: 'https://git.alpinelinux.org/cgit/aports/tree/main/alpine-baselayout', license: 'GPL-2.0-only', origin: 'alpine-baselayout', builtAt: 1736269424, depends: ['alpine-baselayout-data=3.6.8-r1', '/bin/sh'], files: { etc: ['motd'], 'etc/profile.d': ['color_prompt.sh.disabled', 'locale.sh'], 'etc/crontabs': ['root'] } },
  { name: 'alpine-baselayout-data', version: '3.6.8-r1', size: 11_235, installedSize: 77_824, description: 'Alpine base dir structure and init scripts', url: 'https://git.alpinelinux.org/cgit/aports/tree/main/alpine-baselayout', license: 'GPL-2.0-only', origin: 'alpine-baselayout', builtAt: 1736269424, files: { etc: ['fstab', 'group', 'hostname', 'hosts', 'inittab', 'modules', 'mtab', 'nsswitch.conf', 'passwd', 'profile', 'protocols', 'services', 'shadow', 'shells', 'sysctl.conf'] } },
  { name: 'alpine-keys', version: '2.5-r0', size: 13_327, installedSize: 159_744, description: 'Public keys for Alpine Linux packages', url: 'https://alpinelinux.org', license: 'MIT', origin: 'alpine-keys', builtAt: 1717506437, files: { 'etc/apk/keys': ['alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub'] } },
  { name: 'alpine-release', version: '3.21.3-r0', size: 7_297, installedSize: 16_384, description: 'Alpine release data', url: 'https://alpinelinux.org', license: 'MIT', origin: 'alpine-base', builtAt: 1739490395, depends: ['alpine-keys'], files: { etc: ['alpine-release', 'issue', 'os-release'], 'etc/apk': ['repositories'], 'etc/secfixes.d': ['alpine'] } },
  { name: 'apk-tools', version: '2.14.6-r3', size: 119_794, installedSize: 253_952, description: 'Alpine Package Keeper - package manager for alpine', url: 'https://gitlab.alpinelinux.org/alpine/apk-tools', license: 'GPL-2.0-only', origin: 'apk-tools', builtAt: 1737386532, depends: ['musl>=1.2.3_git20230424', 'ca-certificates-bundle', 'so:libc.musl-x86_64.so.1', 'so:libcrypto.so.3', 'so:libssl.so.3', 'so:libz.so.1'], provides: ['so:libapk.so.2.14.0=2.14.0', 'cmd:apk=2.14.6-r3'], files: { sbin: ['apk'], 'lib/apk/db': [] } },
  { name: 'busybox', version: ALPINE_BUSYBOX.version, size: 512_301, installedSize: 819_200, description: 'Size optimized toolbox of many common UNIX utilities', url: 'https://busybox.net/', license: 'GPL-2.0-only', origin: 'busybox', builtAt: ALPINE_BUSYBOX.builtAt, depends: ['so:libc.musl-x86_64.so.1'], provides: ['cmd:busybox=1.37.0-r12'], files: { bin: ['busybox'], 'etc/busybox-paths.d': ['busybox'], etc: ['securetty', 'udhcpd.conf'] } },
  { name: 'busybox-binsh', version: ALPINE_BUSYBOX.version, size: 1_563, installedSize: 8_192, description: 'busybox ash /bin/sh', url: 'https://busybox.net/', license: 'GPL-2.0-only', origin: 'busybox', builtAt: ALPINE_BUSYBOX.builtAt, depends: ['busybox=1.37.0-r12'], provides: ['/bin/sh', 'cmd:sh=1.37.0-r12'], files: { bin: ['sh'] } },
  { name: 'ca-certificates-bundle', version: '20241121-r1', size: 128_051, installedSize: 241_664, description: 'Pre generated bundle of Mozilla certificates', url: 'https://www.mozilla.org/en-US/about/governance/policies/security-group/certs/', license: 'MPL-2.0 AND MIT', origin: 'ca-certificates', builtAt: 1733736916, provides: ['ca-certificates-cacert=20241121-r1'], files: { 'etc/ssl/certs': ['ca-certificates.crt'] } },
  { name: 'libcrypto3', version: '3.3.3-r0', size: 1_745_104, installedSize: 4_775_936, description: 'Crypto library from openssl', url: 'https://www.openssl.org/', license: 'Apache-2.0', origin: 'openssl', builtAt: 1739297830, depends: ['so:libc.musl-x86_64.so.1'], provides: ['so:libcrypto.so.3=3'], files: { 'etc/ssl': ['openssl.cnf'], 'usr/lib': ['libcrypto.so.3'] } },
  { name: 'libssl3', version: '3.3.3-r0', size: 355_021, installedSize: 815_104, description: 'SSL shared libraries', url: 'https://www.openssl.org/', license: 'Apache-2.0', origin: 'openssl', builtAt: 1739297830, depends: ['so:libc.musl-x86_64.so.1', 'so:libcrypto.so.3'], provides: ['so:libssl.so.3=3'], files: { 'usr/lib': ['libssl.so.3'] } },
  { name: 'musl', version: '1.2.5-r9', size: 407_574, installedSize: 667_648, description: 'the musl c library (libc) implementation', url: 'https://musl.libc.org/', license: 'MIT', origin: 'musl', builtAt: 1736952587, provides: ['so:libc.musl-x86_64.so.1=1'], files: { lib: ['ld-musl-x86_64.so.1', 'libc.musl-x86_64.so.1'] } },
  { name: 'musl-utils', version: '1.2.5-r9', size: 36_897, installedSize: 98_304, description: 'the musl c library (libc) implementation', url: 'https://musl.libc.org/', license: 'MIT AND BSD-2-Clause AND GPL-2.0-or-later', origin: 'musl', builtAt: 1736952587, depends: ['scanelf', 'so:libc.musl-x86_64.so.1'], provides: ['cmd:getconf=1.2.5-r9', 'cmd:getent=1.2.5-r9', 'cmd:iconv=1.2.5-r9', 'cmd:ldconfig=1.2.5-r9', 'cmd:ldd=1.2.5-r9'], files: { sbin: ['ldconfig'], 'usr/bin': ['getconf', 'getent', 'iconv', 'ldd'] } },
  { name: 'scanelf', version: '1.3.8-r1', size: 36_745, installedSize: 86_016, description: 'Scan ELF binaries for stuff', url: 'https://wiki.gentoo.org/wiki/Hardened/PaX_Utilities', license: 'GPL-2.0-only', origin: 'pax-utils', builtAt: 1726586449, depends: ['so:libc.musl-x86_64.so.1'], provides: ['cmd:scanelf=1.3.8-r1'], files: { 'usr/bin': ['scanelf'] } },
  { name: 'ssl_client', version: ALPINE_BUSYBOX.version, size: 4_924, installedSize: 16_384, description: 'EXternal ssl_client for busybox wget', url: 'https://busybox.net/', license: 'GPL-2.0-only', origin: 'busybox', builtAt: ALPINE_BUSYBOX.builtAt, depends: ['so:libc.musl-x86_64.so.1', 'so:libcrypto.so.3', 'so:libssl.so.3'], provides: ['cmd:ssl_client=1.37.0-r12'], installIf: ['busybox=1.37.0-r12', 'libssl3'], files: { 'usr/bin': ['ssl_client'] } },
  { name: 'zlib', version: '1.3.1-r2', size: 53_697, installedSize: 102_400, description: 'A compression/decompression Library', url: 'https://zlib.net/', license: 'Zlib', origin: 'zlib', builtAt: 1727198627, depends: ['so:libc.musl-x86_64.so.1'], provides: ['so:libz.so.1=1.3.1'], files: { lib: ['libz.so.1', 'libz.so.1.3.1'] } },
  { name: 'libc-utils', version: '0.7.2-r5', size: 1_485, installedSize: 4_096, description: 'Meta package to pull in correct libc', url: 'https://alpinelinux.org', license: 'BSD-2-Clause AND BSD-3-Clause', origin: 'libc-dev', builtAt: 1694013066, depends: ['musl-utils'] },
];

/** One package's entry in /lib/apk/db/installed (blank line after it). */
function apkDbEntry(p: ApkPackage): string {
  const lines = [
    `P:${p.name}`, `V:${p.version}`, 'A:x86_64', `S:${p.size}`, `I:${p.installedSize}`, `T:${p.description}`, `U:${p.url}`,
    `L:${p.license}`, `o:${p.origin}`, `m:${NCOPA}`, `t:${p.builtAt}`,
  ];
  if (p.depends?.length) lines.push(`D:${p.depends.join(' ')}`);
  if (p.provides?.length) lines.push(`p:${p.provides.join(' ')}`);
  if (p.installIf?.length) lines.push(`i:${p.installIf.join(' ')}`);
  for (const [dir, names] of Object.entries(p.files ?? {})) {
    lines.push(`F:${dir}`);
    for (const n of names) lines.push(`R:${n}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** The installed database text for `packages`, in the order given. */
export function apkInstalledDb(packages: readonly ApkPackage[]): string {
  return packages.map(apkDbEntry).join('');
}
