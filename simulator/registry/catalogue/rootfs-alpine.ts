// Alpine's base layer: busybox as /bin/busybox with its applets, musl, apk and the release
// files (`cat /etc/os-release` says "Alpine Linux").

import { BUSYBOX_APPLETS, GROUP } from './rootfs-busybox';
import { TreeBuilder, type FileTree } from './file-tree';

function alpineOsRelease(version: string): string {
  const minor = version.split('.').slice(0, 2).join('.');
  return [
    'NAME="Alpine Linux"',
    'ID=alpine',
    `VERSION_ID=${version}`,
    `PRETTY_NAME="Alpine Linux v${minor}"`,
    '',
  ].join('\n');
}

export function alpineRootfs(version: string): FileTree {
  const t = new TreeBuilder();
  for (const d of ['/dev', '/home', '/media/cdrom', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/var/cache/apk', '/var/log', '/var/spool/cron']) t.dir(d);
  t.dir('/root', 0o700).dir('/tmp', 0o1777);
  t.binary('/bin/busybox', 808_712);
  for (const applet of BUSYBOX_APPLETS) t.link(`/bin/${applet}`, '/bin/busybox');
  t.binary('/lib/ld-musl-x86_64.so.1', 657_872);
  t.link('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1');
  t.binary('/sbin/apk', 70_520);
  t.binary('/usr/bin/ssl_client', 14_288);
  t.file('/etc/alpine-release', `${version}\n`);
  t.file('/etc/os-release', alpineOsRelease(version));
  t.file('/etc/hostname', 'localhost\n');
  t.file('/etc/hosts', '127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n');
  t.file('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n');
  t.file('/etc/group', GROUP);
  t.file('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n');
  t.file('/etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n');
  t.file('/etc/apk/arch', 'x86_64\n');
  t.file('/etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n');
  return t.files;
}
