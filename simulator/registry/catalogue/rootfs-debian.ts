// Debian bookworm's base layer (the first layer of the Debian-based nginx images): bash,
// coreutils and friends, apt, and /etc/os-release naming Debian GNU/Linux 12.

import { TreeBuilder, type FileTree } from './file-tree';

const COREUTILS = [
  'bash', 'cat', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dir', 'echo', 'false', 'grep', 'gunzip',
  'gzip', 'hostname', 'ln', 'login', 'ls', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mv', 'pwd', 'readlink',
  'rm', 'rmdir', 'sed', 'sh', 'sleep', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname',
];
const USR_BIN = [
  'apt', 'apt-get', 'awk', 'basename', 'cut', 'diff', 'dirname', 'du', 'env', 'find', 'head', 'id', 'install',
  'mawk', 'md5sum', 'nproc', 'od', 'perl', 'printf', 'seq', 'sha256sum', 'sort', 'stat', 'tail', 'tee', 'test',
  'timeout', 'tr', 'uniq', 'wc', 'which', 'whoami', 'xargs', 'yes',
];

const DEBIAN_OS_RELEASE = [
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
  'NAME="Debian GNU/Linux"',
  'VERSION_ID="12"',
  'VERSION="12 (bookworm)"',
  'VERSION_CODENAME=bookworm',
  'ID=debian',
  '',
].join('\n');

export function debianRootfs(): FileTree {
  const t = new TreeBuilder();
  for (const d of ['/boot', '/dev', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/var/cache', '/var/lib/dpkg', '/var/log', '/usr/local/bin', '/usr/share']) t.dir(d);
  t.dir('/root', 0o700).dir('/tmp', 0o1777);
  t.link('/bin', 'usr/bin').link('/sbin', 'usr/sbin').link('/lib', 'usr/lib').link('/lib64', 'usr/lib64');
  for (const b of COREUTILS) t.binary(`/usr/bin/${b}`, b === 'bash' ? 1_265_648 : 68_000);
  t.link('/usr/bin/sh', 'dash');
  t.binary('/usr/bin/dash', 125_640);
  for (const b of USR_BIN) t.binary(`/usr/bin/${b}`, 60_000);
  t.binary('/usr/lib/x86_64-linux-gnu/libc.so.6', 1_922_136);
  t.binary('/usr/lib64/ld-linux-x86-64.so.2', 210_968);
  t.file('/etc/os-release', DEBIAN_OS_RELEASE);
  t.file('/etc/debian_version', '12.10\n');
  t.file('/etc/hostname', '');
  t.file('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n');
  t.file('/etc/group', 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\nwww-data:x:33:\nnogroup:x:65534:\n');
  t.file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n');
  t.file('/etc/apt/sources.list.d/debian.sources', 'Types: deb\nSuites: bookworm bookworm-updates\nComponents: main\n');
  return t.files;
}
