// The base layer of Debian-family images (debian:bookworm and the first layer of the Debian-based
// nginx images): bash and dash, coreutils and friends, apt with its sources, the
// dpkg status database, and the release files (/etc/os-release, /etc/debian_version).

import { BOOKWORM_BASE, dpkgStatus } from './debian-base-packages';
import { TreeBuilder, type FileTree } from './file-tree';

const COREUTILS = [
  'bash', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dir', 'echo', 'false', 'grep', 'gunzip',
  'gzip', 'hostname', 'ln', 'login', 'ls', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mv', 'pwd', 'readlink',
  'rm', 'rmdir', 'sed', 'sleep', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname',
];
const USR_BIN = [
  'apt', 'apt-cache', 'apt-config', 'apt-get', 'apt-mark', 'awk', 'basename', 'cut', 'diff', 'dirname', 'dpkg', 'dpkg-query', 'du', 'env', 'find', 'head', 'id', 'install',
  'mawk', 'md5sum', 'nproc', 'od', 'perl', 'printf', 'seq', 'sha256sum', 'sort', 'stat', 'tail', 'tee', 'test',
  'timeout', 'tr', 'uniq', 'wc', 'which', 'whoami', 'xargs', 'yes',
];

/** A Debian-family release: what /etc/os-release and /etc/debian_version say. */
interface DebianRelease {
  osRelease: string;
  debianVersion: string;
  /** The apt sources file (deb822) at its path. */
  sources: { path: string; text: string };
}

const BOOKWORM: DebianRelease = {
  osRelease: [
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
    'NAME="Debian GNU/Linux"',
    'VERSION_ID="12"',
    'VERSION="12 (bookworm)"',
    'VERSION_CODENAME=bookworm',
    'ID=debian',
    'HOME_URL="https://www.debian.org/"',
    'SUPPORT_URL="https://www.debian.org/support"',
    'BUG_REPORT_URL="https://bugs.debian.org/"',
    '',
  ].join('\n'),
  debianVersion: '12.10\n',
  sources: {
    path: '/etc/apt/sources.list.d/debian.sources',
    // The mirror the image's apt reads (and prints in `Get:` lines). The project never names the
    // real Debian mirror hosts, so the images point apt at a local mirror name instead.
    text: [
      'Types: deb', 'URIs: http://mirror.lan/debian', 'Suites: bookworm bookworm-updates', 'Components: main',
      'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg', '',
      'Types: deb', 'URIs: http://mirror.lan/debian-security', 'Suites: bookworm-security', 'Components: main',
      'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg', '',
    ].join('\n'),
  },
};

export const DEBIAN_PASSWD =
  'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nsync:x:4:65534:sync:/bin:/bin/sync\ngames:x:5:60:games:/usr/games:/usr/sbin/nologin\nman:x:6:12:man:/var/cache/man:/usr/sbin/nologin\nlp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin\nmail:x:8:8:mail:/var/mail:/usr/sbin/nologin\nnews:x:9:9:news:/var/spool/news:/usr/sbin/nologin\nuucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin\nproxy:x:13:13:proxy:/bin:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nbackup:x:34:34:backup:/var/backups:/usr/sbin/nologin\nlist:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin\nirc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin\n_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';

export const DEBIAN_GROUP =
  'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nnews:x:9:\nuucp:x:10:\nman:x:12:\nproxy:x:13:\nkmem:x:15:\ndialout:x:20:\nfax:x:21:\nvoice:x:22:\ncdrom:x:24:\nfloppy:x:25:\ntape:x:26:\nsudo:x:27:\naudio:x:29:\ndip:x:30:\nwww-data:x:33:\nbackup:x:34:\noperator:x:37:\nlist:x:38:\nirc:x:39:\nsrc:x:40:\nshadow:x:42:\nutmp:x:43:\nvideo:x:44:\nsasl:x:45:\nplugdev:x:46:\nstaff:x:50:\ngames:x:60:\nusers:x:100:\nnogroup:x:65534:\n';

/** Built once per release: four images share the same base layer. */
const built = new Map<DebianRelease, FileTree>();

export function debianRootfs(release: DebianRelease = BOOKWORM): FileTree {
  const cached = built.get(release);
  if (cached) return cached;
  const t = new TreeBuilder();
  for (const d of ['/boot', '/dev', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/var/cache/apt/archives/partial', '/var/lib/apt/lists/partial', '/var/lib/dpkg/info', '/var/log/apt', '/usr/local/bin', '/usr/share/keyrings', '/etc/apt/apt.conf.d', '/etc/apt/preferences.d', '/etc/apt/trusted.gpg.d']) t.dir(d);
  t.dir('/root', 0o700).dir('/tmp', 0o1777).dir('/var/tmp', 0o1777);
  t.link('/bin', 'usr/bin').link('/sbin', 'usr/sbin').link('/lib', 'usr/lib').link('/lib64', 'usr/lib64');
  for (const b of COREUTILS) t.binary(`/usr/bin/${b}`, b === 'bash' ? 1_265_648 : 68_000);
  t.link('/usr/bin/sh', 'dash');
  t.binary('/usr/bin/dash', 125_640);
  for (const b of USR_BIN) t.binary(`/usr/bin/${b}`, 60_000);
  t.binary('/usr/sbin/useradd', 147_160).binary('/usr/sbin/groupadd', 84_448).binary('/usr/sbin/ldconfig', 1_014_408);
  t.binary('/usr/lib/x86_64-linux-gnu/libc.so.6', 1_922_136);
  t.binary('/usr/lib64/ld-linux-x86-64.so.2', 210_968);
  t.file('/etc/os-release', release.osRelease);
  t.link('/usr/lib/os-release', '../../etc/os-release');
  t.file('/etc/debian_version', release.debianVersion);
  t.file('/etc/hostname', '');
  t.file('/etc/passwd', DEBIAN_PASSWD);
  t.file('/etc/group', DEBIAN_GROUP);
  t.file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n');
  t.file('/etc/bash.bashrc', '# System-wide .bashrc file for interactive bash(1) shells.\n');
  t.file('/root/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n');
  t.file(release.sources.path, release.sources.text);
  t.file('/etc/apt/apt.conf.d/docker-clean', 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\n');
  t.file('/var/lib/dpkg/status', dpkgStatus(BOOKWORM_BASE));
  t.file('/var/lib/dpkg/available', '');
  built.set(release, t.files);
  return t.files;
}
