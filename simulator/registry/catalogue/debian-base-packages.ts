// Packages of the debian:bookworm base (amd64) as /var/lib/dpkg/status lists them: a faithful
// subset of the 80-odd entries (the essential and required ones a learner meets), in dpkg's
// own field order (dpkg lib/dpkg/dump.c: Package, Essential, Status, Priority, Section,
// Installed-Size, Architecture, Version, Depends, Description).

/** One installed package: [name, version, section, priority, installed KiB, essential, description, depends]. */
type DpkgPackage = readonly [string, string, string, string, number, boolean, string, string?];

export const BOOKWORM_BASE: readonly DpkgPackage[] = [
  ['adduser', '3.134', 'admin', 'important', 849, false, 'add and remove users and groups', 'passwd'],
  ['apt', '2.6.1', 'admin', 'required', 4148, false, 'commandline package manager', 'adduser, gpgv | gpgv2 | gpgv1, libapt-pkg6.0 (>= 2.6.1), debian-archive-keyring, libc6 (>= 2.34)'],
  ['base-files', '12.4+deb12u10', 'admin', 'required', 343, true, 'Debian base system miscellaneous files'],
  ['base-passwd', '3.6.1', 'admin', 'required', 257, true, 'Debian base system master password and group files', 'libc6 (>= 2.34), libdebconfclient0 (>= 0.145)'],
  ['bash', '5.2.15-2+b7', 'shells', 'required', 7163, true, 'GNU Bourne Again SHell', 'base-files (>= 2.1.12), debianutils (>= 5.6-0.1)'],
  ['bsdutils', '1:2.38.1-5+deb12u3', 'utils', 'required', 355, true, 'basic utilities from 4.4BSD-Lite'],
  ['coreutils', '9.1-1', 'utils', 'required', 18062, true, 'GNU core utilities'],
  ['dash', '0.5.12-2', 'shells', 'required', 191, true, 'POSIX-compliant shell', 'debianutils (>= 5.6-0.1), dpkg (>= 1.19.1)'],
  ['debconf', '1.5.82', 'admin', 'required', 520, false, 'Debian configuration management system'],
  ['debian-archive-keyring', '2023.3+deb12u1', 'misc', 'important', 257, false, 'GnuPG archive keys of the Debian archive'],
  ['debianutils', '5.7-0.5~deb12u1', 'utils', 'required', 243, true, 'Miscellaneous utilities specific to Debian', 'libc6 (>= 2.34)'],
  ['diffutils', '1:3.8-4', 'utils', 'required', 1597, true, 'File comparison utilities'],
  ['dpkg', '1.21.22', 'admin', 'required', 6375, true, 'Debian package management system', 'tar (>= 1.28-1)'],
  ['findutils', '4.9.0-4', 'utils', 'required', 1704, true, 'utilities for finding files--find, xargs'],
  ['gcc-12-base', '12.2.0-14+deb12u1', 'libs', 'required', 72, false, 'GCC, the GNU Compiler Collection (base package)'],
  ['gpgv', '2.2.40-1.1', 'utils', 'important', 917, false, 'GNU privacy guard - signature verification tool'],
  ['grep', '3.8-5', 'utils', 'required', 1092, true, 'GNU grep, egrep and fgrep'],
  ['gzip', '1.12-1', 'utils', 'required', 242, true, 'GNU compression utilities'],
  ['hostname', '3.23+nmu1', 'admin', 'required', 49, true, 'utility to set/show the host name or domain name'],
  ['init-system-helpers', '1.65.2', 'admin', 'required', 131, true, 'helper tools for all init systems'],
  ['libapt-pkg6.0', '2.6.1', 'libs', 'important', 3304, false, 'package management runtime library'],
  ['libc-bin', '2.36-9+deb12u10', 'libs', 'required', 2612, true, 'GNU C Library: Binaries'],
  ['libc6', '2.36-9+deb12u10', 'libs', 'required', 12986, false, 'GNU C Library: Shared libraries'],
  ['login', '1:4.13+dfsg1-1+b1', 'admin', 'required', 2697, true, 'system login tools'],
  ['mawk', '1.3.4.20200120-3.1', 'interpreters', 'required', 239, false, 'Pattern scanning and text processing language'],
  ['mount', '2.38.1-5+deb12u3', 'admin', 'required', 481, false, 'tools for mounting and manipulating filesystems'],
  ['ncurses-base', '6.4-4', 'misc', 'required', 393, true, 'basic terminal type definitions'],
  ['ncurses-bin', '6.4-4', 'utils', 'required', 648, true, 'terminal-related programs and man pages'],
  ['passwd', '1:4.13+dfsg1-1+b1', 'admin', 'required', 2819, false, 'change and administer password and group data'],
  ['perl-base', '5.36.0-7+deb12u1', 'perl', 'required', 7672, true, 'minimal Perl system'],
  ['sed', '4.9-1', 'utils', 'required', 1015, true, 'GNU stream editor for filtering/transforming text'],
  ['sysvinit-utils', '3.06-4', 'admin', 'required', 96, true, 'System-V-like utilities'],
  ['tar', '1.34+dfsg-1.2+deb12u1', 'utils', 'required', 3152, true, 'GNU version of the tar archiving utility'],
  ['tzdata', '2025a-0+deb12u1', 'localization', 'required', 3280, false, 'time zone and daylight-saving time data', 'debconf (>= 0.5) | debconf-2.0'],
  ['util-linux', '2.38.1-5+deb12u3', 'utils', 'required', 4786, true, 'miscellaneous system utilities'],
  ['zlib1g', '1:1.2.13.dfsg-1', 'libs', 'required', 168, false, 'compression library - runtime'],
];

/** Packages built once for every architecture. */
const ARCH_ALL = new Set(['adduser', 'debconf', 'debian-archive-keyring', 'ncurses-base', 'tzdata']);

/** One package's stanza in /var/lib/dpkg/status (blank line after it). */
function dpkgStatusEntry([name, version, section, priority, size, essential, description, depends]: DpkgPackage, arch = 'amd64'): string {
  const lines = [`Package: ${name}`];
  if (essential) lines.push('Essential: yes');
  lines.push('Status: install ok installed', `Priority: ${priority}`, `Section: ${section}`, `Installed-Size: ${size}`, `Architecture: ${ARCH_ALL.has(name) ? 'all' : arch}`, `Version: ${version}`);
  if (depends) lines.push(`Depends: ${depends}`);
  lines.push(`Description: ${description}`);
  return `${lines.join('\n')}\n\n`;
}

export function dpkgStatus(packages: readonly DpkgPackage[]): string {
  return packages.map((p) => dpkgStatusEntry(p)).join('');
}
