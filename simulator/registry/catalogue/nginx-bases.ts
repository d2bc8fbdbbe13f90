// The account and package-database files of nginx's two flavours once the nginx package is
// installed on their base (docker-nginx's Dockerfiles: stable/alpine and mainline/debian):
// the nginx user (uid 101) and the package's entry in apk's or dpkg's database.

import { ALPINE_3_21_BASE, apkInstalledDb, type ApkPackage } from './alpine-base-packages';
import { BOOKWORM_BASE, dpkgStatus } from './debian-base-packages';
import type { NginxBase } from './rootfs-apps';
import { ALPINE_GROUP, ALPINE_PASSWD } from './rootfs-alpine';
import { DEBIAN_GROUP, DEBIAN_PASSWD } from './rootfs-debian';


export function alpineNginxBase(version: string): NginxBase {
  const extra: ApkPackage[] = [
    { name: 'pcre2', version: '10.43-r0', size: 277_442, installedSize: 712_704, description: 'Perl-compatible regular expression library', url: 'https://pcre.org/', license: 'BSD-3-Clause', origin: 'pcre2', builtAt: 1718612458, depends: ['so:libc.musl-x86_64.so.1'], provides: ['so:libpcre2-8.so.0=0.12.0'], files: { 'usr/lib': ['libpcre2-8.so.0', 'libpcre2-8.so.0.12.0'] } },
    { name: 'nginx', version: `${version}-r1`, size: 1_000_612, installedSize: 2_768_896, description: 'High performance web server', url: 'https://nginx.org/', license: '2-clause BSD-like license', origin: 'nginx', builtAt: 1738786036, depends: ['so:libc.musl-x86_64.so.1', 'so:libcrypto.so.3', 'so:libpcre2-8.so.0', 'so:libssl.so.3', 'so:libz.so.1'], provides: ['cmd:nginx=' + `${version}-r1`], files: { 'usr/sbin': ['nginx', 'nginx-debug'], 'etc/nginx': ['nginx.conf', 'mime.types', 'fastcgi_params'], 'etc/nginx/conf.d': ['default.conf'], 'usr/share/nginx/html': ['50x.html', 'index.html'] } },
  ];
  return {
    passwd: ALPINE_PASSWD,
    group: ALPINE_GROUP,
    nginxUser: 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin',
    nginxGroup: 'nginx:x:101:nginx',
    packageDb: ['/lib/apk/db/installed', apkInstalledDb([...ALPINE_3_21_BASE, ...extra])],
  };
}

export function debianNginxBase(version: string): NginxBase {
  const nginx = ['nginx', `${version}-1~bookworm`, 'httpd', 'optional', 3465, false, 'high performance web server', 'libc6 (>= 2.34), libcrypt1 (>= 1:4.1.0), libpcre2-8-0 (>= 10.22), libssl3 (>= 3.0.0), zlib1g (>= 1:1.1.4), lsb-base, adduser'] as const;
  return {
    passwd: DEBIAN_PASSWD,
    group: DEBIAN_GROUP,
    nginxUser: 'nginx:x:101:101:nginx user:/nonexistent:/bin/false',
    nginxGroup: 'nginx:x:101:',
    packageDb: ['/var/lib/dpkg/status', dpkgStatus([...BOOKWORM_BASE, nginx].sort((a, b) => (a[0] < b[0] ? -1 : 1)))],
  };
}
