// The busybox image's filesystem: one static binary and its applets in /bin, plus the few
// files of /etc a shell needs (passwd, group) — what `ls /bin` inside busybox shows.

import { TreeBuilder, type FileTree } from './file-tree';

/** Applets of busybox 1.36/1.37 that the notes and a learner are likely to type. */
const BUSYBOX_APPLETS = [
  '[', '[[', 'addgroup', 'adduser', 'ar', 'arch', 'ash', 'awk', 'base64', 'basename', 'bc', 'cal', 'cat',
  'chgrp', 'chmod', 'chown', 'chroot', 'clear', 'cmp', 'cp', 'cpio', 'crond', 'cut', 'date', 'dc', 'dd',
  'df', 'diff', 'dirname', 'dmesg', 'dnsdomainname', 'du', 'echo', 'ed', 'egrep', 'env', 'expr', 'false',
  'fgrep', 'find', 'free', 'fsync', 'getty', 'grep', 'groups', 'gunzip', 'gzip', 'halt', 'head', 'hexdump',
  'hostid', 'hostname', 'httpd', 'hwclock', 'id', 'ifconfig', 'init', 'install', 'ip', 'ipcs', 'kill',
  'killall', 'less', 'link', 'ln', 'logger', 'login', 'ls', 'lsof', 'md5sum', 'mkdir', 'mkfifo', 'mknod',
  'mktemp', 'more', 'mount', 'mv', 'nc', 'netstat', 'nice', 'nl', 'nohup', 'nproc', 'nslookup', 'od',
  'passwd', 'paste', 'pgrep', 'pidof', 'ping', 'pivot_root', 'pkill', 'poweroff', 'printenv', 'printf',
  'ps', 'pwd', 'readlink', 'realpath', 'reboot', 'renice', 'reset', 'rm', 'rmdir', 'route', 'sed', 'seq',
  'sh', 'sha1sum', 'sha256sum', 'sleep', 'sort', 'split', 'stat', 'strings', 'stty', 'su', 'sync',
  'sysctl', 'tac', 'tail', 'tar', 'tee', 'telnet', 'test', 'time', 'timeout', 'top', 'touch', 'tr',
  'traceroute', 'true', 'truncate', 'tty', 'umount', 'uname', 'uniq', 'unlink', 'unzip', 'uptime',
  'usleep', 'vi', 'watch', 'wc', 'wget', 'which', 'whoami', 'xargs', 'yes', 'zcat',
];

export const PASSWD = [
  'root:x:0:0:root:/root:/bin/sh',
  'daemon:x:1:1:daemon:/usr/sbin:/bin/false',
  'bin:x:2:2:bin:/bin:/bin/false',
  'sys:x:3:3:sys:/dev:/bin/false',
  'sync:x:100:65534:sync:/bin:/bin/sync',
  'mail:x:8:8:mail:/var/spool/mail:/bin/false',
  'www-data:x:33:33:www-data:/var/www:/bin/false',
  'operator:x:37:37:Operator:/var:/bin/false',
  'nobody:x:65534:65534:nobody:/home:/bin/false',
  '',
].join('\n');

export const GROUP = [
  'root:x:0:', 'daemon:x:1:', 'bin:x:2:', 'sys:x:3:', 'adm:x:4:', 'tty:x:5:', 'disk:x:6:', 'wheel:x:10:root',
  'mail:x:8:', 'www-data:x:33:', 'operator:x:37:', 'staff:x:50:', 'users:x:100:', 'nogroup:x:65534:', '',
].join('\n');

export function busyboxRootfs(binarySize: number): FileTree {
  const t = new TreeBuilder();
  t.dir('/root', 0o700).dir('/tmp', 0o1777);
  for (const d of ['/dev', '/home', '/usr/sbin', '/var/spool/mail', '/var/www']) t.dir(d);
  t.binary('/bin/busybox', binarySize);
  for (const applet of BUSYBOX_APPLETS) t.link(`/bin/${applet}`, 'busybox');
  t.file('/etc/passwd', PASSWD).file('/etc/group', GROUP).file('/etc/shadow', 'root:*:10933:0:99999:7:::\n', 0o600);
  t.file('/etc/localtime', 'TZif2\n').file('/etc/network/if-up.d/.keep', '');
  return t.files;
}
