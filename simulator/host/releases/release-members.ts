// What the release tarballs of the notes hold (nerdctl's three, and crictl's for a node without
// cri-tools): member names, modes and sizes.
//
// - nerdctl-0.22.2-linux-amd64.tar.gz: `make artifacts` (Makefile@v0.22.2) tars _output/nerdctl
//   and extras/rootless/* flattened, owner 0 — three files, no directories. The sizes of
//   nerdctl (27807744), the two scripts (21562, 7032: their bytes at the tag) and of the tarball
//   (10685899) are the real ones, as the notes' `ls -l` shows them.
// - nerdctl-full-0.22.2-linux-amd64.tar.gz: BuildKit's tar exporter of the Dockerfile's
//   out-full stage (Dockerfile@v0.22.2): bin/ (nerdctl, containerd v1.6.6, runc v1.1.3,
//   BuildKit v0.10.3 without qemu/runc, stargz, imgcrypt, RootlessKit, slirp4netns,
//   bypass4netns, fuse-overlayfs, kubo's ipfs, tini, buildg), lib/systemd/system/ (containerd,
//   buildkit — converted from containerd's with sed — and stargz-snapshotter units),
//   libexec/cni/ (CNI plugins v1.1.1), share/doc/nerdctl/ (README and docs at the tag: real
//   sizes) and share/doc/nerdctl-full/ (README.md, SHA256SUMS).
// - buildkit-v0.10.4.linux-amd64.tar.gz: bin/ with buildctl, buildkitd, buildkit-runc and the
//   qemu emulators.
//
// Sizes not named above as real are estimates of the same order (no release asset could be
// measured here); each is marked `estimated` so a later reading can replace it.

export interface ReleaseMember {
  /** Path inside the archive; directories end with "/". */
  name: string;
  mode: number;
  /** Bytes of the real file (0 for directories). */
  size: number;
  /** Real content when it is small and ours to write (unit files, READMEs we generate). */
  content?: string;
  /** True when `size` is not a measured size of the real asset. */
  estimated?: boolean;
}

export interface Release {
  /** The archive's own file name. */
  file: string;
  url: string;
  /** The .tar.gz's size on a real download. */
  size: number;
  sizeEstimated?: boolean;
  /** Member mtimes (seconds): when the release was built. */
  mtime: number;
  /** Owner as `tar -tv` shows it: names, or numeric ids only. */
  owner: { uid: number; gid: number; uname: string; gname: string };
  members: ReleaseMember[];
}

const dir = (name: string): ReleaseMember => ({ name, mode: 0o755, size: 0 });
const exe = (name: string, size: number, estimated = true): ReleaseMember => ({ name, mode: 0o755, size, ...(estimated ? { estimated } : {}) });
const doc = (name: string, size: number): ReleaseMember => ({ name, mode: 0o644, size });
const text = (name: string, content: string, mode = 0o644): ReleaseMember => ({ name, mode, size: content.length, content });

/** Aug 1 2022 16:59:28 UTC: the v0.22.2 tag, when the artifacts were built. */
const NERDCTL_BUILT = 1_659_373_168;
/** Aug 22 2022 20:01:41 UTC: the v0.10.4 tag. */
const BUILDKIT_BUILT = 1_661_198_501;

const NERDCTL_SIZE = 27_807_744;
const ROOTLESS_SETUPTOOL_SIZE = 21_562;
const ROOTLESS_SIZE = 7_032;

/** containerd v1.6.6's containerd.service (the full bundle's lib/systemd/system/containerd.service). */
const CONTAINERD_SERVICE = `# Copyright The containerd Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

[Unit]
Description=containerd container runtime
Documentation=https://containerd.io
After=network.target local-fs.target

[Service]
ExecStartPre=-/sbin/modprobe overlay
ExecStart=/usr/local/bin/containerd

Type=notify
Delegate=yes
KillMode=process
Restart=always
RestartSec=5
# Having non-zero Limit*s causes performance problems due to accounting overhead
# in the kernel. We recommend using cgroups to do container-local accounting.
LimitNPROC=infinity
LimitCORE=infinity
LimitNOFILE=infinity
# Comment TasksMax if your systemd version does not supports it.
# Only systemd 226 and above support this version.
TasksMax=infinity
OOMScoreAdjust=-999

[Install]
WantedBy=multi-user.target
`;

const SED = "s@bin/containerd@bin/buildkitd@g; s@(Description|Documentation)=.*@@";

/** The Dockerfile's `sed -E` of containerd.service, plus its two appended lines. */
const FULL_BUILDKIT_SERVICE = `${CONTAINERD_SERVICE.replace(/bin\/containerd/g, 'bin/buildkitd').replace(/(Description|Documentation)=.*/g, '')}\n# This file was converted from containerd.service, with \`sed -E '${SED}'\`\n`;

const FULL_README = `# nerdctl (full distribution)
- nerdctl: v0.22.2
- containerd: v1.6.6
- runc: v1.1.3
- CNI plugins: v1.1.1
- BuildKit: v0.10.3
- Stargz Snapshotter: v0.12.0
- imgcrypt: v1.1.6
- RootlessKit: v1.0.1
- slirp4netns: v1.2.0
- bypass4netns: v0.2.2
- fuse-overlayfs: v1.9
- containerd-fuse-overlayfs: v1.0.4
- Kubo (IPFS): v0.14.0
- Tini: v0.19.0
- buildg: v0.3.0

## License
- bin/slirp4netns:    [GNU GENERAL PUBLIC LICENSE, Version 2](https://github.com/rootless-containers/slirp4netns/blob/v1.2.0/COPYING)
- bin/fuse-overlayfs: [GNU GENERAL PUBLIC LICENSE, Version 3](https://github.com/containers/fuse-overlayfs/blob/v1.9/COPYING)
- bin/ipfs: [Combination of MIT-only license and dual MIT/Apache-2.0 license](https://github.com/ipfs/kubo/blob/v0.14.0/LICENSE)
- bin/{runc,bypass4netns,bypass4netnsd}: Apache License 2.0, statically linked with libseccomp ([LGPL 2.1](https://github.com/seccomp/libseccomp/blob/main/LICENSE), source code available at https://github.com/seccomp/libseccomp/)
- bin/tini: [MIT License](https://github.com/krallin/tini/blob/v0.19.0/LICENSE)
- Other files: [Apache License 2.0](https://www.apache.org/licenses/LICENSE-2.0)
`;

/** CNI plugins v1.1.1 (containernetworking/plugins), as the bundle's libexec/cni has them. */
const CNI_PLUGINS: Array<[string, number]> = [
  ['bandwidth', 3_859_475],
  ['bridge', 4_013_283],
  ['dhcp', 10_103_176],
  ['firewall', 4_169_126],
  ['host-device', 3_708_839],
  ['host-local', 3_178_707],
  ['ipvlan', 3_704_522],
  ['loopback', 3_215_115],
  ['macvlan', 3_748_779],
  ['portmap', 3_830_659],
  ['ptp', 4_067_567],
  ['sbr', 3_465_331],
  ['static', 2_785_711],
  ['tuning', 3_594_819],
  ['vlan', 3_704_492],
  ['vrf', 3_447_835],
];

/** The docs at v0.22.2 (README.md and docs/*.md): their sizes at the tag. */
const DOCS: Array<[string, number]> = [
  ['docs/build.md', 3_953],
  ['docs/builder-debug.md', 2_570],
  ['docs/cni.md', 3_996],
  ['docs/compose.md', 1_846],
  ['docs/config.md', 3_062],
  ['docs/cosign.md', 3_192],
  ['docs/dir.md', 2_435],
  ['docs/experimental.md', 598],
  ['docs/faq.md', 13_802],
  ['docs/freebsd.md', 1_197],
  ['docs/gpu.md', 2_439],
  ['docs/ipfs.md', 13_268],
  ['docs/multi-platform.md', 1_748],
  ['docs/nydus.md', 1_509],
  ['docs/ocicrypt.md', 3_277],
  ['docs/overlaybd.md', 1_308],
  ['docs/registry.md', 15_626],
  ['docs/rootless.md', 5_368],
  ['docs/stargz.md', 4_918],
];

const BASE = 'https://github.com/containerd/nerdctl/releases/download/v0.22.2';

const NERDCTL_RELEASE: Release = {
  file: 'nerdctl-0.22.2-linux-amd64.tar.gz',
  url: `${BASE}/nerdctl-0.22.2-linux-amd64.tar.gz`,
  size: 10_685_899,
  mtime: NERDCTL_BUILT,
  owner: { uid: 0, gid: 0, uname: 'root', gname: 'root' },
  members: [exe('nerdctl', NERDCTL_SIZE, false), exe('containerd-rootless-setuptool.sh', ROOTLESS_SETUPTOOL_SIZE, false), exe('containerd-rootless.sh', ROOTLESS_SIZE, false)],
};

export const NERDCTL_FULL_RELEASE: Release = {
  file: 'nerdctl-full-0.22.2-linux-amd64.tar.gz',
  url: `${BASE}/nerdctl-full-0.22.2-linux-amd64.tar.gz`,
  size: 228_319_465,
  sizeEstimated: true,
  mtime: NERDCTL_BUILT,
  // BuildKit's tar exporter writes numeric ids only.
  owner: { uid: 0, gid: 0, uname: '', gname: '' },
  members: [
    dir('bin/'),
    exe('bin/buildctl', 21_606_400),
    exe('bin/buildg', 45_006_848),
    exe('bin/buildkitd', 50_675_712),
    exe('bin/bypass4netns', 5_771_264),
    exe('bin/bypass4netnsd', 5_402_624),
    exe('bin/containerd', 50_851_840),
    exe('bin/containerd-fuse-overlayfs-grpc', 8_015_872),
    exe('bin/containerd-rootless-setuptool.sh', ROOTLESS_SETUPTOOL_SIZE, false),
    exe('bin/containerd-rootless.sh', ROOTLESS_SIZE, false),
    exe('bin/containerd-shim-runc-v2', 9_904_128),
    exe('bin/containerd-stargz-grpc', 32_579_584),
    exe('bin/ctd-decoder', 8_347_648),
    exe('bin/ctr', 26_763_264),
    exe('bin/ctr-enc', 26_890_240),
    exe('bin/ctr-remote', 39_448_576),
    exe('bin/fuse-overlayfs', 1_528_080),
    exe('bin/ipfs', 66_101_248),
    exe('bin/nerdctl', NERDCTL_SIZE, false),
    exe('bin/rootlessctl', 7_905_280),
    exe('bin/rootlesskit', 9_109_504),
    exe('bin/runc', 9_431_456),
    exe('bin/slirp4netns', 2_937_960),
    exe('bin/tini', 875_712),
    dir('lib/'),
    dir('lib/systemd/'),
    dir('lib/systemd/system/'),
    text('lib/systemd/system/buildkit.service', FULL_BUILDKIT_SERVICE),
    text('lib/systemd/system/containerd.service', CONTAINERD_SERVICE),
    { name: 'lib/systemd/system/stargz-snapshotter.service', mode: 0o644, size: 329, estimated: true },
    dir('libexec/'),
    dir('libexec/cni/'),
    ...CNI_PLUGINS.map(([n, s]) => exe(`libexec/cni/${n}`, s)),
    dir('share/'),
    dir('share/doc/'),
    dir('share/doc/nerdctl/'),
    doc('share/doc/nerdctl/README.md', 65_820),
    dir('share/doc/nerdctl/docs/'),
    ...DOCS.map(([n, s]) => doc(`share/doc/nerdctl/${n}`, s)),
    dir('share/doc/nerdctl-full/'),
    text('share/doc/nerdctl-full/README.md', FULL_README),
    { name: 'share/doc/nerdctl-full/SHA256SUMS', mode: 0o644, size: 4_786, estimated: true },
  ],
};

const QEMU = ['aarch64', 'arm', 'i386', 'mips64', 'mips64el', 'ppc64le', 'riscv64', 's390x'];

export const BUILDKIT_RELEASE: Release = {
  file: 'buildkit-v0.10.4.linux-amd64.tar.gz',
  url: 'https://github.com/moby/buildkit/releases/download/v0.10.4/buildkit-v0.10.4.linux-amd64.tar.gz',
  size: 48_104_916,
  sizeEstimated: true,
  mtime: BUILDKIT_BUILT,
  owner: { uid: 0, gid: 0, uname: 'root', gname: 'root' },
  members: [
    dir('bin/'),
    exe('bin/buildctl', 21_610_496),
    ...QEMU.map((arch, i) => exe(`bin/buildkit-qemu-${arch}`, 6_200_000 + i * 131_072)),
    exe('bin/buildkit-runc', 9_431_456),
    exe('bin/buildkitd', 50_688_000),
  ],
};

/**
 * cri-tools v1.26.0's crictl tarball: one member, `crictl`, at the top, so the usual install is
 * `tar zxvf crictl-v1.26.0-linux-amd64.tar.gz -C /usr/local/bin` (cri-tools' README). Sizes,
 * owner and mtime (the tag's day, Dec 9 2022) are not measured here: all estimated.
 */
export const CRICTL_RELEASE: Release = {
  file: 'crictl-v1.26.0-linux-amd64.tar.gz',
  url: 'https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.26.0/crictl-v1.26.0-linux-amd64.tar.gz',
  size: 18_500_000,
  sizeEstimated: true,
  mtime: 1_670_544_000,
  owner: { uid: 0, gid: 0, uname: 'root', gname: 'root' },
  members: [exe('crictl', 48_000_000)],
};

export const RELEASES: readonly Release[] = [NERDCTL_RELEASE, NERDCTL_FULL_RELEASE, BUILDKIT_RELEASE, CRICTL_RELEASE];

/** `buildctl --version` of the buildkit release the notes install (v0.10.4 tag commit). */
const BUILDKIT_VERSION = { version: 'v0.10.4', revision: 'a2ba6869363812a210fcc3ded6926757ab780b5f' } as const;

/**
 * Which BuildKit a buildctl binary is, by its size: v0.10.4's own tarball, or v0.10.3 from
 * nerdctl-full 0.22.2 (its v0.10.3 tag commit).
 */
export function buildctlVersionBySize(size: number): { version: string; revision: string } | undefined {
  const of = (r: Release) => r.members.find((m) => m.name === 'bin/buildctl')?.size;
  if (size === of(BUILDKIT_RELEASE)) return BUILDKIT_VERSION;
  if (size === of(NERDCTL_FULL_RELEASE)) return { version: 'v0.10.3', revision: 'c8d25d9a103b70dc300a4fd55e7e576472284e31' };
  return undefined;
}
