// The packages `apt-get install` can install in ctrlab's Debian bookworm images: the ones
// Dockerfiles ask for most (curl, wget, ca-certificates, vim, nano, git, python3, procps,
// iputils-ping, net-tools, jq, unzip, less), with a faithful subset of their dependencies as
// bookworm (12.10, amd64) has them. Sizes are the .deb's (download) and Installed-Size (KiB).

export interface DebEntry {
  version: string;
  section: string;
  /** Download size of the .deb in bytes. */
  size: number;
  /** Installed-Size in KiB. */
  installedKib: number;
  description: string;
  depends: string[];
  /** Installed unless --no-install-recommends. */
  recommends?: string[];
  /** Suggests, as apt lists them (an alternative's second half as `| name`). */
  suggests?: string[];
  /**
   * Files it installs: path → size (binaries), text, or a program's stand-in binary (the node's
   * own docker: a file that runs the node's program, host/releases/apparent-size.ts).
   */
  files: Record<string, number | string | { program: string; size: number }>;
  /** Architecture `all` (default amd64). */
  arch?: 'all';
  /** Multi-Arch: same (dpkg then names it `name:amd64`); absent: guessed from a lib prefix. */
  multiArch?: 'same';
  /** The systemd unit its maintainer scripts enable and start (docker.io: docker). */
  unit?: string;
  /** Asks debconf questions (apt-get prints debconf's apt-utils notice once). */
  debconf?: boolean;
  /** What its postinst prints after `Setting up …`. */
  postinst?: string;
  /**
   * Its conffiles: a removed (not purged) package with some stays in dpkg's database as `rc`
   * (config-files); one without any is forgotten at once.
   */
  conffiles?: readonly string[];
  /** Priority: important (nftables): apt orders such packages before optional ones. */
  important?: boolean;
  /** Where apt finds this version: the main archive (default), the security one, or both. */
  origin?: 'security' | 'both';
}

/** The packages an apt can install (its lists) and the links their maintainer scripts make. */
export interface AptIndex {
  packages: Readonly<Record<string, DebEntry>>;
  links: Readonly<Record<string, Record<string, string>>>;
}

const lib = (name: string, size: number): Record<string, number> => ({ [`/usr/lib/x86_64-linux-gnu/${name}`]: size });
const bin = (name: string, size: number): Record<string, number> => ({ [`/usr/bin/${name}`]: size });

export const DEB_INDEX: Readonly<Record<string, DebEntry>> = {
  libbrotli1: { version: '1.0.9-2+b6', section: 'libs', size: 275_000, installedKib: 829, description: 'library implementing brotli encoder and decoder (shared libraries)', depends: [], files: lib('libbrotlicommon.so.1', 137_296) },
  libkeyutils1: { version: '1.6.3-2', section: 'misc', size: 8_808, installedKib: 41, description: 'Linux Key Management Utilities (library)', depends: [], files: lib('libkeyutils.so.1', 22_512) },
  libkrb5support0: { version: '1.20.1-2+deb12u2', section: 'libs', size: 32_924, installedKib: 113, description: 'MIT Kerberos runtime libraries - Support library', depends: [], files: lib('libkrb5support.so.0', 51_248) },
  libk5crypto3: { version: '1.20.1-2+deb12u2', section: 'libs', size: 78_988, installedKib: 293, description: 'MIT Kerberos runtime libraries - Crypto Library', depends: ['libkrb5support0'], files: lib('libk5crypto.so.3', 194_176) },
  'libkrb5-3': { version: '1.20.1-2+deb12u2', section: 'libs', size: 332_536, installedKib: 1_084, description: 'MIT Kerberos runtime libraries', depends: ['libk5crypto3', 'libkeyutils1', 'libkrb5support0', 'libssl3'], files: lib('libkrb5.so.3', 835_680) },
  'libgssapi-krb5-2': { version: '1.20.1-2+deb12u2', section: 'libs', size: 135_456, installedKib: 463, description: 'MIT Kerberos runtime libraries - krb5 GSS-API Mechanism', depends: ['libk5crypto3', 'libkrb5-3', 'libkrb5support0'], files: lib('libgssapi_krb5.so.2', 334_232) },
  'libsasl2-modules-db': { version: '2.1.28+dfsg-10', section: 'libs', size: 20_336, installedKib: 101, description: 'Cyrus SASL - pluggable authentication modules (DB)', depends: [], files: lib('sasl2/libsasldb.so.2', 26_664) },
  'libsasl2-2': { version: '2.1.28+dfsg-10', section: 'libs', size: 58_968, installedKib: 215, description: 'Cyrus SASL - authentication abstraction library', depends: ['libsasl2-modules-db'], files: lib('libsasl2.so.2', 121_664) },
  'libldap-2.5-0': { version: '2.5.13+dfsg-5', section: 'libs', size: 183_104, installedKib: 563, description: 'OpenLDAP libraries', depends: ['libsasl2-2'], files: lib('libldap-2.5.so.0', 379_136) },
  'libnghttp2-14': { version: '1.52.0-1+deb12u2', section: 'libs', size: 72_680, installedKib: 216, description: 'library implementing HTTP/2 protocol (shared library)', depends: [], files: lib('libnghttp2.so.14', 166_536) },
  libpsl5: { version: '0.21.2-1', section: 'libs', size: 58_616, installedKib: 95, description: 'Library for Public Suffix List (shared libraries)', depends: [], files: lib('libpsl.so.5', 76_520) },
  librtmp1: { version: '2.4+20151223.gitfa8646d.1-2+b2', section: 'libs', size: 60_820, installedKib: 146, description: 'toolkit for RTMP streams (shared library)', depends: [], files: lib('librtmp.so.1', 117_024) },
  'libssh2-1': { version: '1.10.0-3+b1', section: 'libs', size: 179_692, installedKib: 463, description: 'SSH2 client-side library', depends: [], files: lib('libssh2.so.1', 285_968) },
  libssl3: { version: '3.0.15-1~deb12u1', section: 'libs', size: 2_031_232, installedKib: 6_322, description: 'Secure Sockets Layer toolkit - shared libraries', depends: [], files: { ...lib('libssl.so.3', 680_296), ...lib('libcrypto.so.3', 4_709_248) }, debconf: true },
  libcurl4: { version: '7.88.1-10+deb12u12', section: 'libs', size: 391_380, installedKib: 983, description: 'easy-to-use client-side URL transfer library (OpenSSL flavour)', depends: ['libbrotli1', 'libgssapi-krb5-2', 'libldap-2.5-0', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh2-1', 'libssl3'], files: lib('libcurl.so.4', 717_064) },
  openssl: { version: '3.0.15-1~deb12u1', section: 'utils', size: 1_426_284, installedKib: 2_303, description: 'Secure Sockets Layer toolkit - cryptographic utility', depends: ['libssl3'], files: { ...bin('openssl', 1_001_920), '/etc/ssl/openssl.cnf': '# OpenSSL configuration file.\n' } },
  'ca-certificates': { version: '20230311', section: 'misc', size: 153_472, installedKib: 383, description: 'Common CA certificates', depends: ['openssl'], files: { '/usr/sbin/update-ca-certificates': 5_424, '/etc/ssl/certs/ca-certificates.crt': '# Common CA certificates (140)\n' }, debconf: true, postinst: 'Updating certificates in /etc/ssl/certs...\n140 added, 0 removed; done.\n' },
  curl: { version: '7.88.1-10+deb12u12', section: 'web', size: 315_296, installedKib: 500, description: 'command line tool for transferring data with URL syntax', depends: ['libcurl4'], recommends: ['ca-certificates'], files: bin('curl', 276_232) },
  wget: { version: '1.21.3-1+b2', section: 'web', size: 983_356, installedKib: 3_644, description: 'retrieves files from the web', depends: ['libpsl5', 'libssl3'], recommends: ['ca-certificates'], files: { ...bin('wget', 502_144), '/etc/wgetrc': '# wgetrc\n' } },
  'vim-common': { version: '2:9.0.1378-2', section: 'editors', size: 210_288, installedKib: 403, description: 'Vi IMproved - Common files', depends: [], files: { '/usr/share/vim/vimrc': '" All system-wide defaults are set in $VIMRUNTIME/debian.vim\n' } },
  'vim-runtime': { version: '2:9.0.1378-2', section: 'editors', size: 7_025_372, installedKib: 37_147, description: 'Vi IMproved - Runtime files', depends: [], files: { '/usr/share/vim/vim90/defaults.vim': '" The default vimrc file.\n' } },
  libgpm2: { version: '1.20.7-10+b1', section: 'libs', size: 14_208, installedKib: 58, description: 'General Purpose Mouse - shared library', depends: [], files: lib('libgpm.so.2', 26_936) },
  libsodium23: { version: '1.0.18-1', section: 'libs', size: 161_556, installedKib: 392, description: 'Network communication, cryptography and signaturing library', depends: [], files: lib('libsodium.so.23', 356_352) },
  xxd: { version: '2:9.0.1378-2', section: 'editors', size: 84_644, installedKib: 302, description: 'tool to make (or reverse) a hex dump', depends: [], files: bin('xxd', 18_664) },
  vim: { version: '2:9.0.1378-2', section: 'editors', size: 1_567_380, installedKib: 3_867, description: 'Vi IMproved - enhanced vi editor', depends: ['libgpm2', 'libsodium23', 'vim-common', 'vim-runtime'], recommends: ['xxd'], files: bin('vim.basic', 3_788_112) },
  nano: { version: '7.2-1+deb12u1', section: 'editors', size: 690_116, installedKib: 2_804, description: 'small, friendly text editor inspired by Pico', depends: [], files: bin('nano', 280_448) },
  less: { version: '590-2.1~deb12u2', section: 'text', size: 131_192, installedKib: 367, description: 'pager program similar to more', depends: [], files: bin('less', 182_552) },
  libexpat1: { version: '2.5.0-1+deb12u1', section: 'libs', size: 98_872, installedKib: 378, description: 'XML parsing C library - runtime library', depends: [], files: lib('libexpat.so.1', 184_024) },
  'libcurl3-gnutls': { version: '7.88.1-10+deb12u12', section: 'libs', size: 386_596, installedKib: 955, description: 'easy-to-use client-side URL transfer library (GnuTLS flavour)', depends: ['libbrotli1', 'libgssapi-krb5-2', 'libldap-2.5-0', 'libnghttp2-14', 'libpsl5', 'librtmp1', 'libssh2-1'], files: lib('libcurl-gnutls.so.4', 705_864) },
  'perl-modules-5.36': { version: '5.36.0-7+deb12u1', section: 'libs', size: 2_815_808, installedKib: 17_656, description: 'Core Perl modules', depends: [], files: { '/usr/share/perl/5.36/strict.pm': 'package strict;\n' } },
  perl: { version: '5.36.0-7+deb12u1', section: 'perl', size: 239_236, installedKib: 683, description: 'Larry Wall\'s Practical Extraction and Report Language', depends: ['perl-modules-5.36'], files: bin('perl5.36.0', 3_844_408) },
  'liberror-perl': { version: '0.17029-2', section: 'perl', size: 29_732, installedKib: 79, description: 'Perl module for error/exception handling in an OO-ish way', depends: ['perl'], files: { '/usr/share/perl5/Error.pm': 'package Error;\n' } },
  'git-man': { version: '1:2.39.5-0+deb12u2', section: 'doc', size: 2_053_184, installedKib: 2_029, description: 'fast, scalable, distributed revision control system (manual pages)', depends: [], files: { '/usr/share/man/man1/git.1.gz': 33_856 } },
  git: { version: '1:2.39.5-0+deb12u2', section: 'vcs', size: 7_264_896, installedKib: 38_791, description: 'fast, scalable, distributed revision control system', depends: ['git-man', 'libcurl3-gnutls', 'libexpat1', 'liberror-perl', 'perl'], recommends: ['ca-certificates', 'less'], files: { ...bin('git', 3_709_528), '/usr/lib/git-core/git-remote-http': 1_598_456 } },
  'libpython3.11-minimal': { version: '3.11.2-6+deb12u5', section: 'python', size: 817_032, installedKib: 5_058, description: 'Minimal subset of the Python language (version 3.11)', depends: ['libssl3'], files: { '/usr/lib/python3.11/os.py': '# os.py\n' } },
  'python3.11-minimal': { version: '3.11.2-6+deb12u5', section: 'python', size: 2_064_620, installedKib: 6_191, description: 'Minimal subset of the Python language (version 3.11)', depends: ['libpython3.11-minimal'], files: bin('python3.11', 6_044_704) },
  'python3-minimal': { version: '3.11.2-1+b1', section: 'python', size: 26_272, installedKib: 117, description: 'minimal subset of the Python language (default python3 version)', depends: ['python3.11-minimal'], files: {} },
  'libpython3.11-stdlib': { version: '3.11.2-6+deb12u5', section: 'python', size: 1_798_004, installedKib: 8_151, description: 'Interactive high-level object-oriented language (standard library, version 3.11)', depends: ['libpython3.11-minimal'], files: { '/usr/lib/python3.11/json/__init__.py': '"""JSON encoder and decoder"""\n' } },
  'python3.11': { version: '3.11.2-6+deb12u5', section: 'python', size: 573_920, installedKib: 621, description: 'Interactive high-level object-oriented language (version 3.11)', depends: ['libpython3.11-stdlib', 'python3.11-minimal'], files: {} },
  'libpython3-stdlib': { version: '3.11.2-1+b1', section: 'python', size: 9_312, installedKib: 37, description: 'interactive high-level object-oriented language (default python3 version)', depends: ['libpython3.11-stdlib'], files: {} },
  python3: { version: '3.11.2-1+b1', section: 'python', size: 26_148, installedKib: 91, description: 'interactive high-level object-oriented language (default python3 version)', depends: ['libpython3-stdlib', 'python3-minimal', 'python3.11'], files: {} },
  'libproc2-0': { version: '2:4.0.2-3', section: 'libs', size: 62_400, installedKib: 170, description: 'library for accessing process information from /proc', depends: [], files: lib('libproc2.so.0', 137_232) },
  procps: { version: '2:4.0.2-3', section: 'admin', size: 709_216, installedKib: 2_173, description: '/proc file system utilities', depends: ['libproc2-0'], files: { ...bin('ps', 145_032), ...bin('top', 133_888), ...bin('free', 22_976), ...bin('pgrep', 35_264), ...bin('kill', 22_912) } },
  'libcap2-bin': { version: '1:2.66-4+deb12u1', section: 'utils', size: 34_624, installedKib: 131, description: 'POSIX 1003.1e capabilities (utilities)', depends: [], files: { '/usr/sbin/setcap': 14_616 } },
  'iputils-ping': { version: '3:20221126-1+deb12u1', section: 'net', size: 47_104, installedKib: 122, description: 'Tools to test the reachability of network hosts', depends: [], recommends: ['libcap2-bin'], files: bin('ping', 90_632) },
  'net-tools': { version: '2.10-0.1', section: 'net', size: 243_208, installedKib: 1_007, description: 'NET-3 networking toolkit', depends: [], files: { '/usr/sbin/ifconfig': 80_384, '/usr/bin/netstat': 154_648, '/usr/sbin/route': 67_936 } },
  libonig5: { version: '6.9.8-1', section: 'libs', size: 188_492, installedKib: 614, description: 'regular expressions library', depends: [], files: lib('libonig.so.5', 645_176) },
  libjq1: { version: '1.6-2.1', section: 'libs', size: 135_296, installedKib: 395, description: 'lightweight and flexible command-line JSON processor - shared library', depends: ['libonig5'], files: lib('libjq.so.1', 347_816) },
  jq: { version: '1.6-2.1', section: 'utils', size: 64_864, installedKib: 102, description: 'lightweight and flexible command-line JSON processor', depends: ['libjq1'], files: bin('jq', 31_040) },
  unzip: { version: '6.0-28', section: 'utils', size: 166_424, installedKib: 529, description: 'De-archiver for .zip files', depends: [], files: bin('unzip', 182_888) },
};

/** Links a package's maintainer scripts make (update-alternatives): vim → vim.basic, python3 → python3.11. */
export const DEB_LINKS: Readonly<Record<string, Record<string, string>>> = {
  vim: { '/usr/bin/vim': '/etc/alternatives/vim', '/etc/alternatives/vim': '/usr/bin/vim.basic' },
  'python3-minimal': { '/usr/bin/python3': 'python3.11' },
  perl: { '/usr/bin/perl': 'perl5.36.0' },
};
