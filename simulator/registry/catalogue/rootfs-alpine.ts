// Alpine's base layer as alpine-minirootfs ships it: busybox as /bin/busybox with its applet
// links spread over /bin, /sbin, /usr/bin and /usr/sbin (busybox.links of the alpine build,
// absolute targets), musl, apk with its installed database, and the release files
// (`cat /etc/os-release` says "Alpine Linux v3.21").

import { ALPINE_3_21_BASE, apkInstalledDb } from './alpine-base-packages';
import { TreeBuilder, type FileTree } from './file-tree';

/** Where alpine's busybox puts each applet (a subset of busybox.links, the common ones). */
const ALPINE_APPLETS: Readonly<Record<string, readonly string[]>> = {
  '/bin': [
    'arch', 'ash', 'base64', 'bbconfig', 'cat', 'chattr', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dmesg',
    'dnsdomainname', 'echo', 'egrep', 'false', 'fgrep', 'fsync', 'getopt', 'grep', 'gunzip', 'gzip', 'hostname', 'ionice',
    'ipcalc', 'kill', 'link', 'ln', 'login', 'ls', 'lsattr', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mountpoint',
    'mv', 'netstat', 'nice', 'pidof', 'ping', 'ping6', 'printenv', 'ps', 'pwd', 'rev', 'rm', 'rmdir', 'run-parts', 'sed',
    'setpriv', 'sleep', 'stat', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname', 'usleep', 'watch', 'zcat',
  ],
  '/sbin': [
    'arp', 'blkid', 'fdisk', 'getty', 'halt', 'hwclock', 'ifconfig', 'ifdown', 'ifup', 'init', 'ip', 'klogd', 'logread',
    'losetup', 'lsmod', 'mdev', 'mkswap', 'modprobe', 'nologin', 'pivot_root', 'poweroff', 'reboot', 'route', 'swapoff',
    'swapon', 'switch_root', 'sysctl', 'syslogd', 'udhcpc',
  ],
  '/usr/bin': [
    '[', '[[', 'awk', 'basename', 'bc', 'bunzip2', 'bzcat', 'bzip2', 'cal', 'clear', 'cmp', 'comm', 'cpio', 'crontab',
    'cut', 'dc', 'diff', 'dirname', 'du', 'env', 'expr', 'find', 'flock', 'fold', 'free', 'fuser', 'groups', 'head',
    'hexdump', 'hostid', 'id', 'install', 'ipcs', 'killall', 'less', 'logger', 'lsof', 'md5sum', 'mkfifo', 'nc', 'nl',
    'nohup', 'nproc', 'nsenter', 'nslookup', 'od', 'paste', 'pgrep', 'pkill', 'printf', 'pstree', 'readlink', 'realpath',
    'renice', 'reset', 'seq', 'setsid', 'sha1sum', 'sha256sum', 'sha512sum', 'shuf', 'sort', 'split', 'strings', 'tac',
    'tail', 'tee', 'test', 'time', 'timeout', 'top', 'tr', 'traceroute', 'tree', 'truncate', 'tty', 'uniq', 'unlink',
    'unshare', 'unxz', 'unzip', 'uptime', 'vi', 'wc', 'wget', 'which', 'whoami', 'xargs', 'xxd', 'xzcat', 'yes',
  ],
  '/usr/sbin': ['addgroup', 'adduser', 'arping', 'brctl', 'chpasswd', 'chroot', 'crond', 'delgroup', 'deluser', 'killall5', 'ntpd', 'rdate'],
};

export const ALPINE_PASSWD = [
  'root:x:0:0:root:/root:/bin/sh', 'bin:x:1:1:bin:/bin:/sbin/nologin', 'daemon:x:2:2:daemon:/sbin:/sbin/nologin',
  'lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin', 'sync:x:5:0:sync:/sbin:/bin/sync', 'shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown',
  'halt:x:7:0:halt:/sbin:/sbin/halt', 'mail:x:8:12:mail:/var/mail:/sbin/nologin', 'news:x:9:13:news:/usr/lib/news:/sbin/nologin',
  'uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin', 'cron:x:16:16:cron:/var/spool/cron:/sbin/nologin',
  'ftp:x:21:21::/var/lib/ftp:/sbin/nologin', 'sshd:x:22:22:sshd:/dev/null:/sbin/nologin', 'games:x:35:35:games:/usr/games:/sbin/nologin',
  'ntp:x:123:123:NTP:/var/empty:/sbin/nologin', 'guest:x:405:100:guest:/dev/null:/sbin/nologin', 'nobody:x:65534:65534:nobody:/:/sbin/nologin', '',
].join('\n');

export const ALPINE_GROUP = [
  'root:x:0:root', 'bin:x:1:root,bin,daemon', 'daemon:x:2:root,bin,daemon', 'sys:x:3:root,bin', 'adm:x:4:root,daemon', 'tty:x:5:',
  'disk:x:6:root', 'lp:x:7:lp', 'kmem:x:9:', 'wheel:x:10:root', 'floppy:x:11:root', 'mail:x:12:mail', 'news:x:13:news',
  'uucp:x:14:uucp', 'cron:x:16:cron', 'audio:x:18:', 'cdrom:x:19:', 'dialout:x:20:root', 'ftp:x:21:', 'sshd:x:22:', 'input:x:23:',
  'tape:x:26:root', 'video:x:27:root', 'netdev:x:28:', 'kvm:x:34:kvm', 'games:x:35:', 'shadow:x:42:', 'www-data:x:82:',
  'users:x:100:games', 'ntp:x:123:', 'abuild:x:300:', 'utmp:x:406:', 'ping:x:999:', 'nogroup:x:65533:', 'nobody:x:65534:', '',
].join('\n');

function alpineOsRelease(version: string): string {
  const minor = version.split('.').slice(0, 2).join('.');
  return [
    'NAME="Alpine Linux"',
    'ID=alpine',
    `VERSION_ID=${version}`,
    `PRETTY_NAME="Alpine Linux v${minor}"`,
    'HOME_URL="https://alpinelinux.org/"',
    'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
    '',
  ].join('\n');
}

/** The repositories apk fetches from (apk add prints their APKINDEX URLs). */
function alpineRepositories(version: string): string {
  const minor = version.split('.').slice(0, 2).join('.');
  return `https://dl-cdn.alpinelinux.org/alpine/v${minor}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${minor}/community\n`;
}

/** Built once per version: four images share the same base layer. */
const built = new Map<string, FileTree>();

export function alpineRootfs(version: string): FileTree {
  const cached = built.get(version);
  if (cached) return cached;
  const t = new TreeBuilder();
  for (const d of ['/dev', '/home', '/media/cdrom', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/local/bin', '/usr/local/lib', '/usr/share', '/var/cache/apk', '/var/empty', '/var/lib/misc', '/var/local', '/var/lock/subsys', '/var/log', '/var/mail', '/var/opt', '/var/spool/cron', '/etc/apk/keys', '/etc/apk/protected_paths.d', '/etc/crontabs', '/etc/network/if-up.d', '/etc/periodic/daily', '/etc/profile.d', '/etc/ssl/certs']) t.dir(d);
  t.dir('/root', 0o700).dir('/tmp', 0o1777).dir('/var/tmp', 0o1777);
  t.binary('/bin/busybox', 808_712);
  for (const [dir, applets] of Object.entries(ALPINE_APPLETS)) for (const applet of applets) t.link(`${dir}/${applet}`, '/bin/busybox');
  t.link('/bin/sh', '/bin/busybox');
  t.binary('/lib/ld-musl-x86_64.so.1', 657_872);
  t.link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1');
  t.binary('/lib/libz.so.1.3.1', 100_312).link('/lib/libz.so.1', 'libz.so.1.3.1');
  t.binary('/usr/lib/libcrypto.so.3', 4_764_096).binary('/usr/lib/libssl.so.3', 806_424);
  t.binary('/sbin/apk', 70_520).binary('/sbin/ldconfig', 393);
  t.binary('/usr/bin/ssl_client', 14_288).binary('/usr/bin/scanelf', 79_336);
  for (const b of ['getconf', 'getent', 'iconv', 'ldd']) t.binary(`/usr/bin/${b}`, 30_000);
  t.file('/etc/alpine-release', `${version}\n`);
  t.file('/etc/os-release', alpineOsRelease(version));
  t.file('/etc/issue', `Welcome to Alpine Linux ${version.split('.').slice(0, 2).join('.')}\nKernel \\r on \\m (\\l)\n\n`);
  t.file('/etc/motd', 'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n');
  t.file('/etc/hostname', 'localhost\n');
  t.file('/etc/hosts', '127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n');
  t.file('/etc/passwd', ALPINE_PASSWD);
  t.file('/etc/group', ALPINE_GROUP);
  t.file('/etc/shadow', 'root:*::0:::::\nbin:!::0:::::\ndaemon:!::0:::::\nnobody:!::0:::::\n', 0o640);
  t.file('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n');
  t.file('/etc/apk/world', 'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nlibc-utils\n');
  t.file('/etc/apk/arch', 'x86_64\n');
  t.file('/etc/apk/repositories', alpineRepositories(version));
  t.file('/etc/apk/keys/alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub', '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n');
  t.file('/lib/apk/db/installed', apkInstalledDb(ALPINE_3_21_BASE));
  t.file('/lib/apk/db/lock', '', 0o600).file('/lib/apk/db/triggers', 'busybox Q1yXqvWrGH+mzG1Sw8DnMqBCr3jz4= /bin /sbin /usr/bin /usr/sbin\n');
  t.file('/etc/ssl/certs/ca-certificates.crt', '# Mozilla CA bundle (ca-certificates-bundle 20241121-r1)\n');
  t.file('/etc/profile', 'export CHARSET=UTF-8\nexport LANG=C.UTF-8\nexport LC_COLLATE=C\n\nexport PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nexport PAGER=less\numask 022\n\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n');
  built.set(version, t.files);
  return t.files;
}
