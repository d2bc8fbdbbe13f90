// The packages `apk add` can install in ctrlab: the ones Dockerfiles ask for most, with their
// dependencies as alpine v3.21's main and community repositories have them (versions of
// February 2025, x86_64). Each carries the files it puts on disk (a binary is a stand-in of the
// real size) and what apk runs after installing it. Installed sizes are apk's I: (bytes).

export interface ApkIndexEntry {
  version: string;
  installedSize: number;
  description: string;
  license: string;
  /** Names of packages it needs (besides the base system's). */
  depends: string[];
  /** Files it installs: path → size (binaries) or text (a config file). */
  files: Record<string, number | string>;
  /** apk runs this package's post-install script (`Executing bash-5.2.37-r0.post-install`). */
  postInstall?: boolean;
  /** The package has a trigger of its own (`Executing ca-certificates-….trigger`). */
  trigger?: boolean;
  /** Lives in community (only for apk's own messages; both repositories are fetched). */
  community?: boolean;
}

const lib = (name: string, size: number): Record<string, number> => ({ [`/usr/lib/${name}`]: size });

export const APK_INDEX: Readonly<Record<string, ApkIndexEntry>> = {
  'brotli-libs': { version: '1.1.0-r2', installedSize: 950_272, description: 'Generic lossless compressor (libraries)', license: 'MIT', depends: [], files: lib('libbrotlicommon.so.1', 137_296) },
  'c-ares': { version: '1.34.5-r0', installedSize: 233_472, description: 'Asynchronous DNS/names resolver library', license: 'MIT', depends: [], files: lib('libcares.so.2', 186_232) },
  libunistring: { version: '1.2-r0', installedSize: 1_843_200, description: 'Library for manipulating Unicode strings and C strings', license: 'GPL-2.0-or-later OR LGPL-3.0-or-later', depends: [], files: lib('libunistring.so.5', 1_826_336) },
  libidn2: { version: '2.3.7-r0', installedSize: 229_376, description: 'Encode/Decode library for internationalized domain names', license: 'GPL-2.0-or-later OR LGPL-3.0-or-later', depends: ['libunistring'], files: lib('libidn2.so.0', 207_288) },
  'nghttp2-libs': { version: '1.64.0-r0', installedSize: 176_128, description: 'Experimental HTTP/2 client, server and proxy (libraries)', license: 'MIT', depends: [], files: lib('libnghttp2.so.14', 166_536) },
  libpsl: { version: '0.21.5-r3', installedSize: 81_920, description: 'C library for the Publix Suffix List', license: 'MIT', depends: ['libidn2', 'libunistring'], files: lib('libpsl.so.5', 76_520) },
  'zstd-libs': { version: '1.5.6-r2', installedSize: 720_896, description: 'Zstandard - Fast real-time compression algorithm (libraries)', license: 'BSD-3-Clause OR GPL-2.0-or-later', depends: [], files: lib('libzstd.so.1', 714_336) },
  libcurl: { version: '8.12.1-r1', installedSize: 729_088, description: 'The multiprotocol file transfer library', license: 'curl', depends: ['brotli-libs', 'c-ares', 'libidn2', 'nghttp2-libs', 'libpsl', 'zstd-libs'], files: lib('libcurl.so.4', 717_064) },
  curl: { version: '8.12.1-r1', installedSize: 262_144, description: 'URL retrival utility and library', license: 'curl', depends: ['libcurl'], files: { '/usr/bin/curl': 259_224 } },
  'ncurses-terminfo-base': { version: '6.5_p20241006-r3', installedSize: 217_088, description: 'Descriptions of common terminals', license: 'X11', depends: [], files: { '/etc/terminfo/x/xterm': 3_853 } },
  libncursesw: { version: '6.5_p20241006-r3', installedSize: 442_368, description: 'Console display library (libncursesw)', license: 'X11', depends: ['ncurses-terminfo-base'], files: lib('libncursesw.so.6', 433_632) },
  readline: { version: '8.2.13-r0', installedSize: 303_104, description: 'GNU readline library', license: 'GPL-3.0-or-later', depends: ['libncursesw'], files: lib('libreadline.so.8', 293_280) },
  bash: { version: '5.2.37-r0', installedSize: 1_310_720, description: 'The GNU Bourne Again shell', license: 'GPL-3.0-or-later', depends: ['readline'], files: { '/bin/bash': 1_297_816, '/etc/bash/bashrc': '# /etc/bash/bashrc\n' }, postInstall: true },
  xxd: { version: '9.1.1105-r0', installedSize: 28_672, description: 'Hexdump utility from vim', license: 'Vim', depends: [], files: { '/usr/bin/xxd': 22_320 } },
  'vim-common': { version: '9.1.1105-r0', installedSize: 10_203_136, description: 'Vi IMproved (common files)', license: 'Vim', depends: [], files: { '/usr/share/vim/vim91/defaults.vim': '" The default vimrc file.\n' } },
  libsodium: { version: '1.0.20-r0', installedSize: 356_352, description: 'P(ortable|ackageable) NaCl-based crypto library', license: 'ISC', depends: [], files: lib('libsodium.so.26', 352_080) },
  vim: { version: '9.1.1105-r0', installedSize: 3_796_992, description: 'Improved vi-style text editor', license: 'Vim', depends: ['libncursesw', 'libsodium', 'vim-common', 'xxd'], files: { '/usr/bin/vim': 3_788_112 } },
  libexpat: { version: '2.7.0-r0', installedSize: 192_512, description: 'XML Parser library written in C', license: 'MIT', depends: [], files: lib('libexpat.so.1', 184_024) },
  pcre2: { version: '10.43-r0', installedSize: 712_704, description: 'Perl-compatible regular expression library', license: 'BSD-3-Clause', depends: [], files: lib('libpcre2-8.so.0', 599_864) },
  git: { version: '2.47.2-r0', installedSize: 14_823_424, description: 'Distributed version control system', license: 'GPL-2.0-or-later', depends: ['libcurl', 'libexpat', 'pcre2', 'zlib'], files: { '/usr/bin/git': 3_709_528, '/usr/libexec/git-core/git-remote-http': 1_598_456 } },
  tzdata: { version: '2025b-r0', installedSize: 1_507_328, description: 'Timezone data', license: 'Public-Domain', depends: [], files: { '/usr/share/zoneinfo/UTC': 'TZif2\n', '/usr/share/zoneinfo/Asia/Shanghai': 'TZif2\n', '/usr/share/zoneinfo/Europe/Berlin': 'TZif2\n', '/usr/share/zoneinfo/America/New_York': 'TZif2\n' } },
  'ca-certificates': { version: '20241121-r1', installedSize: 696_320, description: 'Common CA certificates PEM files from Mozilla', license: 'MPL-2.0 AND MIT', depends: [], files: { '/usr/bin/c_rehash': 6_284, '/usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt': '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n' }, trigger: true },
  libbz2: { version: '1.0.8-r6', installedSize: 86_016, description: 'Shared library for bz2', license: 'bzip2-1.0.6', depends: [], files: lib('libbz2.so.1', 74_096) },
  libffi: { version: '3.4.7-r0', installedSize: 45_056, description: 'portable, high level programming interface to various calling conventions.', license: 'MIT', depends: [], files: lib('libffi.so.8', 39_152) },
  gdbm: { version: '1.24-r0', installedSize: 245_760, description: 'GNU dbm is a set of database routines that use extensible hashing', license: 'GPL-3.0-or-later', depends: [], files: lib('libgdbm.so.6', 63_712) },
  'xz-libs': { version: '5.6.3-r1', installedSize: 233_472, description: 'Library and CLI tools for XZ and LZMA compressed files (libraries)', license: '0BSD', depends: [], files: lib('liblzma.so.5', 219_752) },
  mpdecimal: { version: '4.0.0-r0', installedSize: 221_184, description: 'complete implementation of the General Decimal Arithmetic Specification', license: 'BSD-2-Clause', depends: [], files: lib('libmpdec.so.4', 215_608) },
  libpanelw: { version: '6.5_p20241006-r3', installedSize: 20_480, description: 'Console display library (libpanelw)', license: 'X11', depends: ['libncursesw'], files: lib('libpanelw.so.6', 14_296) },
  'sqlite-libs': { version: '3.48.0-r0', installedSize: 1_511_424, description: 'Sqlite3 library', license: 'blessing', depends: [], files: lib('libsqlite3.so.0', 1_505_032) },
  python3: { version: '3.12.9-r0', installedSize: 34_525_184, description: 'A high-level scripting language', license: 'PSF-2.0', depends: ['gdbm', 'libbz2', 'libffi', 'libpanelw', 'mpdecimal', 'readline', 'sqlite-libs', 'xz-libs'], files: { '/usr/bin/python3.12': 14_200, '/usr/lib/libpython3.12.so.1.0': 6_044_704 } },
  wget: { version: '1.25.0-r0', installedSize: 528_384, description: 'Network utility to retrieve files from the Web', license: 'GPL-3.0-or-later WITH OpenSSL-Exception', depends: ['libidn2', 'libunistring', 'pcre2'], files: { '/usr/bin/wget': 516_440 } },
  oniguruma: { version: '6.9.9-r0', installedSize: 651_264, description: 'a regular expressions library', license: 'BSD-2-Clause', depends: [], files: lib('libonig.so.5', 645_176) },
  jq: { version: '1.7.1-r0', installedSize: 323_584, description: 'A lightweight and flexible command-line JSON processor', license: 'MIT', depends: ['oniguruma'], files: { '/usr/bin/jq': 317_040 } },
  openssl: { version: '3.3.3-r0', installedSize: 708_608, description: 'Toolkit for Transport Layer Security (TLS)', license: 'Apache-2.0', depends: [], files: { '/usr/bin/openssl': 704_400 } },
  tini: { version: '0.19.0-r3', installedSize: 28_672, description: 'A tiny but valid init for containers', license: 'MIT', depends: [], files: { '/sbin/tini': 22_632 }, community: true },
  'su-exec': { version: '0.2-r3', installedSize: 20_480, description: 'switch user and group id, setgroups and exec', license: 'MIT', depends: [], files: { '/sbin/su-exec': 14_072 } },
};

/** The binaries some packages add as links: python3 → python3.12, vim → vi is busybox's. */
export const APK_LINKS: Readonly<Record<string, Record<string, string>>> = {
  python3: { '/usr/bin/python3': 'python3.12' },
};
