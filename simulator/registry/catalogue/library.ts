// The images the simulated registries serve: docker.io library images, registry.k8s.io's
// pause, and the private harbor project k8s. Sizes and layer counts follow the real images
// (amd64 figures; other platforms vary a little, as they do upstream).

import type { Platform } from '../../oci/descriptor';
import type { OciRunConfig } from '../../oci/documents';
import type { FileTree } from './file-tree';
import type { ImageDef, LayerDef, PlatformImageDef } from './build-image';
import { alpineRootfs } from './rootfs-alpine';
import { busyboxRootfs } from './rootfs-busybox';
import { debianRootfs } from './rootfs-debian';
import { alpineNginxBase, debianNginxBase } from './nginx-bases';
import { registryLayers } from './rootfs-registry';
import { httpdLayers } from './rootfs-httpd';
import { nginxEntrypointLayers, nginxPackageLayer, pauseLayer, redisLayers } from './rootfs-apps';

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const P = (os: string, architecture: string, variant?: string): Platform => (variant ? { os, architecture, variant } : { os, architecture });
const AMD64 = P('linux', 'amd64');
const ARM64 = P('linux', 'arm64', 'v8');
const DEBIAN_PLATFORMS = [AMD64, P('linux', 'arm', 'v5'), P('linux', 'arm', 'v7'), ARM64, P('linux', '386'), P('linux', 'mips64le'), P('linux', 'ppc64le'), P('linux', 's390x')];
const ALPINE_PLATFORMS = [AMD64, P('linux', 'arm', 'v6'), P('linux', 'arm', 'v7'), ARM64, P('linux', '386'), P('linux', 'ppc64le'), P('linux', 'riscv64'), P('linux', 's390x')];
const BUSYBOX_PLATFORMS = [AMD64, P('linux', 'arm', 'v5'), P('linux', 'arm', 'v6'), P('linux', 'arm', 'v7'), ARM64, P('linux', '386'), P('linux', 'mips64le'), P('linux', 'ppc64le'), P('linux', 'riscv64'), P('linux', 's390x')];
const PAUSE_PLATFORMS = [AMD64, P('linux', 'arm'), P('linux', 'arm64'), P('linux', 'ppc64le'), P('linux', 's390x')];

/** One layer as the amd64 build has it: (id suffix, compressed size, unpacked size, files). */
type LayerSpec = [string, number, number, FileTree];

/** Other architectures' builds differ a little in size; keep it deterministic per platform. */
function sizeFactor(p: Platform): number {
  const key = `${p.architecture}${p.variant ?? ''}`;
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return p.architecture === 'amd64' ? 1 : 0.9 + (h % 17) / 100;
}

function platformImage(name: string, p: Platform, specs: LayerSpec[], config: OciRunConfig, created: string, history: string[]): PlatformImageDef {
  const f = sizeFactor(p);
  const arch = `${p.os}-${p.architecture}${p.variant ?? ''}`;
  const layers: LayerDef[] = specs.map(([id, size, unpacked, files]) => ({
    id: `${name}/${id}/${arch}`,
    size: Math.round(size * f),
    unpackedSize: Math.round(unpacked * f),
    files,
  }));
  return { platform: p, layers, config, created, history };
}

function multi(name: string, format: 'oci' | 'docker', platforms: Platform[], specs: LayerSpec[], config: OciRunConfig, created: string, history: string[]): ImageDef {
  return { format, platforms: platforms.map((p) => platformImage(name, p, specs, config, created, history)) };
}

function nginxDebian(version: string, created: string): ImageDef {
  const [entry, ipv6, resolvers, envsubst, tune] = nginxEntrypointLayers();
  const specs: LayerSpec[] = [
    ['debian-bookworm', 29_126_328, 77_860_864, debianRootfs()],
    [`nginx-${version}-pkg`, 41_093_877, 110_305_280, nginxPackageLayer(version, debianNginxBase(version))],
    [`nginx-entry`, 627, 4_096, entry ?? {}],
    ['nginx-ipv6', 955, 4_096, ipv6 ?? {}],
    ['nginx-resolvers', 405, 4_096, resolvers ?? {}],
    ['nginx-envsubst', 1_211, 4_096, envsubst ?? {}],
    ['nginx-tune', 1_398, 8_192, tune ?? {}],
  ];
  const config: OciRunConfig = {
    ExposedPorts: { '80/tcp': {} },
    Env: [PATH_ENV, `NGINX_VERSION=${version}`, 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    StopSignal: 'SIGQUIT',
  };
  const history = ['ADD rootfs.tar.xz / # buildkit', 'RUN /bin/sh -c set -x && apt-get install nginx # buildkit', 'COPY docker-entrypoint.sh / # buildkit', 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit'];
  return multi(`nginx:${version}`, 'oci', DEBIAN_PLATFORMS, specs, config, created, history);
}

function nginxAlpine(): ImageDef {
  const [entry, ipv6, resolvers, envsubst, tune] = nginxEntrypointLayers();
  const specs: LayerSpec[] = [
    ['alpine-3.21.3', 3_642_247, 8_458_240, alpineRootfs('3.21.3')],
    ['nginx-alpine-pkg', 1_788_502, 5_341_184, nginxPackageLayer('1.27.4', alpineNginxBase('1.27.4'))],
    ['nginx-entry', 628, 4_096, entry ?? {}],
    ['nginx-ipv6', 955, 4_096, ipv6 ?? {}],
    ['nginx-resolvers', 405, 4_096, resolvers ?? {}],
    ['nginx-envsubst', 1_209, 4_096, envsubst ?? {}],
    ['nginx-tune', 1_398, 8_192, tune ?? {}],
    ['nginx-alpine-njs', 14_856_418, 42_106_880, {}],
  ];
  const config: OciRunConfig = {
    ExposedPorts: { '80/tcp': {} },
    Env: [PATH_ENV, 'NGINX_VERSION=1.27.4', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.8.9', 'NJS_RELEASE=1'],
    Entrypoint: ['/docker-entrypoint.sh'],
    Cmd: ['nginx', '-g', 'daemon off;'],
    StopSignal: 'SIGQUIT',
  };
  const history = ['ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit', 'RUN /bin/sh -c set -x && apk add nginx # buildkit', 'COPY docker-entrypoint.sh / # buildkit', 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', 'RUN /bin/sh -c set -x && apk add nginx-module-njs # buildkit'];
  return multi('nginx:alpine', 'oci', ALPINE_PLATFORMS, specs, config, '2025-02-05T21:27:16Z', history);
}

function redisAlpine(): ImageDef {
  const [user, deps, server, data, entry] = redisLayers('7.4.2');
  const specs: LayerSpec[] = [
    ['alpine-3.21.3', 3_642_247, 8_458_240, alpineRootfs('3.21.3')],
    ['redis-user', 970, 12_288, user ?? {}],
    ['redis-deps', 1_021_632, 2_510_848, deps ?? {}],
    ['redis-server-7.4.2', 11_276_519, 28_409_856, server ?? {}],
    ['redis-data', 97, 4_096, data ?? {}],
    ['redis-entry', 578, 4_096, entry ?? {}],
  ];
  const config: OciRunConfig = {
    ExposedPorts: { '6379/tcp': {} },
    Env: [PATH_ENV, 'REDIS_VERSION=7.4.2', 'REDIS_DOWNLOAD_SHA=4ddebbf09061cbb589011786febdb34f29767dd7f89dbe712d2b68e808af6a1f'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    Volumes: { '/data': {} },
    WorkingDir: '/data',
  };
  const history = ['ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit', 'RUN /bin/sh -c addgroup -S -g 1000 redis && adduser -S -G redis -u 999 redis # buildkit', 'RUN /bin/sh -c apk add --no-cache setpriv openssl tzdata # buildkit', 'RUN /bin/sh -c set -eux; make install # buildkit', 'RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit', 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'];
  return multi('redis:7-alpine', 'oci', ALPINE_PLATFORMS, specs, config, '2025-01-06T17:33:09Z', history);
}

function registry2(): ImageDef {
  const [certs, binary, config, entry] = registryLayers();
  const specs: LayerSpec[] = [
    ['alpine-3.21.3', 3_642_247, 8_458_240, alpineRootfs('3.21.3')],
    ['registry-ca-certificates', 161_386, 692_224, certs ?? {}],
    ['registry-2.8.3-bin', 6_150_912, 22_798_336, binary ?? {}],
    ['registry-config', 388, 4_096, config ?? {}],
    ['registry-entry', 392, 4_096, entry ?? {}],
  ];
  const config2: OciRunConfig = {
    ExposedPorts: { '5000/tcp': {} },
    Env: [PATH_ENV],
    Entrypoint: ['/entrypoint.sh'],
    Cmd: ['/etc/docker/registry/config.yml'],
    Volumes: { '/var/lib/registry': {} },
  };
  const history = ['ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit', 'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit', 'RUN /bin/sh -c set -eux; wget registry_2.8.3_linux_amd64.tar.gz; tar -xzf registry.tar.gz -C /bin registry # buildkit', 'COPY ./config-example.yml /etc/docker/registry/config.yml # buildkit', 'COPY docker-entrypoint.sh /entrypoint.sh # buildkit'];
  return multi('registry:2.8.3', 'oci', [AMD64, P('linux', 'arm', 'v6'), P('linux', 'arm', 'v7'), ARM64, P('linux', 'ppc64le'), P('linux', 's390x')], specs, config2, '2025-02-14T18:44:04Z', history);
}

function httpd24(): ImageDef {
  const [prefix, libs, server, entry] = httpdLayers();
  const specs: LayerSpec[] = [
    ['debian-bookworm', 28_227_259, 77_860_864, debianRootfs()],
    ['httpd-prefix', 145, 4_096, prefix ?? {}],
    ['httpd-libs', 4_205_338, 11_636_736, libs ?? {}],
    ['httpd-2.4.63-build', 26_162_130, 72_384_512, server ?? {}],
    ['httpd-foreground', 290, 4_096, entry ?? {}],
  ];
  const config: OciRunConfig = {
    ExposedPorts: { '80/tcp': {} },
    Env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.63', 'HTTPD_SHA256=88fc236ab99b2864b248de7d49a008ec2afd7551e64dce8b95f58f32f94c46ab', 'HTTPD_PATCHES='],
    Cmd: ['httpd-foreground'],
    WorkingDir: '/usr/local/apache2',
    StopSignal: 'SIGWINCH',
  };
  const history = ['# debian.sh --arch \'amd64\' out/ \'bookworm\' \'@1742169600\'', 'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" && chown www-data:www-data "$HTTPD_PREFIX" # buildkit', 'RUN /bin/sh -c set -eux; apt-get install -y --no-install-recommends libaprutil1-ldap # buildkit', 'RUN /bin/sh -c set -eux; ./configure; make; make install # buildkit', 'COPY httpd-foreground /usr/local/bin/ # buildkit'];
  return multi('httpd:2.4.63', 'oci', DEBIAN_PLATFORMS, specs, config, '2025-03-17T00:00:00Z', history);
}

function debianBookworm(): ImageDef {
  const specs: LayerSpec[] = [['debian-bookworm', 28_227_259, 77_860_864, debianRootfs()]];
  return multi('debian:bookworm', 'oci', DEBIAN_PLATFORMS, specs, { Env: [PATH_ENV], Cmd: ['bash'] }, '2025-03-17T00:00:00Z', ['# debian.sh --arch \'amd64\' out/ \'bookworm\' \'@1742169600\'']);
}

function pause(version: string, size: number): ImageDef {
  const config: OciRunConfig = { User: '65535:65535', Env: [PATH_ENV], Entrypoint: ['/pause'], WorkingDir: '/' };
  return multi(`pause:${version}`, 'docker', PAUSE_PLATFORMS, [[`pause-${version}`, size, 745_472, pauseLayer()]], config, '2021-08-04T18:08:47Z', ['ARG ARCH', 'ADD bin/pause-linux-amd64 /pause # buildkit']);
}

/** A registry's repositories: repository path → tag → definition. */
export type RepositoryDefs = Record<string, Record<string, ImageDef>>;

export function libraryDefinitions(): Record<string, RepositoryDefs> {
  const busybox = multi('busybox:1.37.0', 'oci', BUSYBOX_PLATFORMS, [['busybox-1.37.0-glibc', 2_152_290, 4_493_312, busyboxRootfs(1_130_504)]], { Env: [PATH_ENV], Cmd: ['sh'] }, '2024-09-26T21:31:42Z', ['BusyBox 1.37.0 (glibc), Debian 12']);
  const alpine = multi('alpine:3.21.3', 'oci', ALPINE_PLATFORMS, [['alpine-3.21.3', 3_642_247, 8_458_240, alpineRootfs('3.21.3')]], { Env: [PATH_ENV], Cmd: ['/bin/sh'] }, '2025-02-14T03:28:36Z', ['ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit', 'CMD ["/bin/sh"]']);
  const pause36 = pause('3.6', 301_463);
  const registry = registry2();
  const debian = debianBookworm();
  const httpd = httpd24();
  const harborPause: ImageDef = { ...pause('3.6', 301_463), single: true };
  harborPause.platforms = harborPause.platforms.slice(0, 1);
  return {
    'docker.io': {
      'library/nginx': { alpine: nginxAlpine(), '1.25': nginxDebian('1.25.5', '2024-04-16T23:13:27Z'), latest: nginxDebian('1.27.4', '2025-02-05T21:27:16Z') },
      'library/busybox': { latest: busybox, '1.37': busybox, '1.37.0': busybox },
      'library/alpine': { latest: alpine, '3.21': alpine, '3.21.3': alpine },
      'library/redis': { '7-alpine': redisAlpine() },
      'library/registry': { '2': registry, '2.8': registry, '2.8.3': registry, latest: registry },
      'library/debian': { bookworm: debian, '12': debian, latest: debian },
      'library/httpd': { '2.4': httpd, '2': httpd, '2.4.63': httpd, latest: httpd },
    },
    'registry.k8s.io': {
      pause: { '3.6': pause36, '3.8': pause('3.8', 311_286), '3.9': pause('3.9', 321_520) },
    },
    'harbor.mydomain.com': {
      'k8s/pause': { '1.25.1': harborPause },
    },
  };
}
