// The node's files at first boot: a Debian 12 (bookworm) host with containerd installed from
// Debian's package, its stock config, and the private harbor registry's CA certificate the
// study notes configure. Paths follow a stock node (/var/lib/containerd, /run/containerd).

import { hostPackageFiles } from '../programs/apt/apt-host-files';
import { installedCrictl, installedReleaseFiles } from './releases/index';
import { CONTAINERD_DEFAULT_CONFIG } from './containerd-default-config';
import type { HostState, VfsEntry } from './host-state';
import { CONTAINERD_SOCKET } from './installed-versions';
import { KUBELET_DROP_IN, KUBELET_DROP_IN_DIR, KUBELET_DROP_IN_NAME, KUBELET_UNIT_FILE } from './kubelet-unit-files';

export const HOME = '/root';
export const HOSTNAME = 'node1';

/** Self-signed CA of the simulated harbor.mydomain.com (generated for ctrlab; no real key). */
export const HARBOR_CA_PEM = `-----BEGIN CERTIFICATE-----
MIIDeTCCAmGgAwIBAgIUWYMUV+xGIEofTHbloAokpSWQwFcwDQYJKoZIhvcNAQEL
BQAwPDELMAkGA1UEBhMCQ04xDzANBgNVBAoMBmN0cmxhYjEcMBoGA1UEAwwTaGFy
Ym9yLm15ZG9tYWluLmNvbTAeFw0yNjExMjgwNjAwNTVaFw0zNjExMjUwNjAwNTVa
MDwxCzAJBgNVBAYTAkNOMQ8wDQYDVQQKDAZjdHJsYWIxHDAaBgNVBAMME2hhcmJv
ci5teWRvbWFpbi5jb20wggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCa
3CdizrknaEyiXptYUiZbyFhhd2hL0x+bdw4BGX9M2IhRZ6qACw54I+kp7W/FE0O6
zktCOFram4l6E2H9HEdHZj7tleNV8p1hPKfKPI2RlEm+/Lq3Q5UpnqsVoEx4Xv4z
QtLBfblhQRI1H57a4aA+fpCcdw2Ct42AJF1FC43FzSZqjxy7Y0pH68NOTJvAjO9e
aYhAmeiGl6CXGLknTiTCshOt83xqIrCzgdzj8TUdbb1MwPoDa7pZxb/4Rpt+vMUf
WC9HpyyTb9JpirckrP5VJUQ2mvvyQ3RjS2xntWiZu5q0BdqUfyftZt7hpoT0HmwX
GwVNdkIMkE9dU0sS8+87AgMBAAGjczBxMB0GA1UdDgQWBBT4c96WcVTSg+O6uG/d
WGj0q+FRlTAfBgNVHSMEGDAWgBT4c96WcVTSg+O6uG/dWGj0q+FRlTAPBgNVHRMB
Af8EBTADAQH/MB4GA1UdEQQXMBWCE2hhcmJvci5teWRvbWFpbi5jb20wDQYJKoZI
hvcNAQELBQADggEBAIVZFpLlmHyM3iSiDel4UeqK2FwKWvyX8yw8aWlrnNi4Wb9b
woJr6/DBFxG1lKAgYO03TcST+KtBec0TL5/l8P6GZk8VKhffZHaTZEpjIXLh6ndC
ajkebrisEL705IqmruiNZzXZtKth++uPupVv3yka7mTHALYnv2ZpuBBSiVPjsiYq
tDLANN0elYbtNjRGtL8A+Jl96SxTCc8Qwh1xn4aZOQ4k2ga77qvYvfzTsRmWyFYu
wjFdTybAEaNxtcI6QxDrn9dI5AzZBxeG8dGz/+9yL1Ydt1FOKq5Vfg/bLIn0jjLy
UZxSyqccEcyt8wQh8yaq2YRNjCn9rxZ+n9UYizs=
-----END CERTIFICATE-----
`;

/**
 * The pod network of a node that runs pods: containerd's example bridge network
 * (10-containerd-net.conflist, bridge cni0 on 10.88.0.0/16, with portmap for hostPorts), as a
 * node prepared for Kubernetes has one. Without a file in /etc/cni/net.d the CRI plugin
 * reports NetworkReady false and every pod that is not on the host network fails with
 * `cni plugin not initialized`: a learner sees that by moving this file away.
 */
const CNI_CONFLIST = `{
  "cniVersion": "1.0.0",
  "name": "containerd-net",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "cni0",
      "isGateway": true,
      "ipMasq": true,
      "promiscMode": true,
      "ipam": {
        "type": "host-local",
        "ranges": [
          [{
            "subnet": "10.88.0.0/16"
          }]
        ],
        "routes": [
          { "dst": "0.0.0.0/0" }
        ]
      }
    },
    {
      "type": "portmap",
      "capabilities": {"portMappings": true}
    }
  ]
}
`;

/** The plugins the conflist names and the CRI plugin runs, in containerd's default bin_dir. */
const CNI_PLUGINS = ['bridge', 'host-local', 'loopback', 'portmap'];

const OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
`;

const DIRS: Array<[string, number]> = [
  ['/', 0o755],
  ['/bin', 0o755],
  ['/etc', 0o755],
  ['/etc/containerd', 0o755],
  ['/etc/containerd/certs.d', 0o755],
  ['/etc/containerd/harbor.mydomain.com', 0o755],
  ['/etc/cni', 0o755],
  ['/etc/cni/net.d', 0o755],
  // The kubelet's package: its static pod directory (empty: a learner writes the manifests).
  ['/etc/kubernetes', 0o755],
  ['/etc/kubernetes/manifests', 0o755],
  ['/etc/systemd', 0o755],
  ['/etc/systemd/system', 0o755],
  [KUBELET_DROP_IN_DIR, 0o755],
  ['/home', 0o755],
  ['/mnt', 0o755],
  ['/opt', 0o755],
  ['/opt/cni', 0o755],
  ['/opt/cni/bin', 0o755],
  ['/root', 0o700],
  ['/run', 0o755],
  ['/run/containerd', 0o711],
  ['/tmp', 0o1777],
  ['/usr', 0o755],
  ['/usr/bin', 0o755],
  ['/usr/lib', 0o755],
  ['/usr/lib/systemd', 0o755],
  ['/usr/lib/systemd/system', 0o755],
  ['/usr/sbin', 0o755],
  ['/var', 0o755],
  ['/var/lib', 0o755],
  ['/var/lib/containerd', 0o711],
  ['/var/lib/kubelet', 0o700],
  ['/var/log', 0o755],
];

const IPV6_HOSTS = '::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n';

const FILES: Array<[string, string, number]> = [
  ['/etc/hostname', `${HOSTNAME}\n`, 0o644],
  // Debian's installer writes the host's own name on 127.0.1.1, then the IPv6 names.
  ['/etc/hosts', `127.0.0.1\tlocalhost\n127.0.1.1\t${HOSTNAME}\n\n${IPV6_HOSTS}`, 0o644],
  // The recorded node resolves through systemd-resolved's stub (its errors name 127.0.0.53);
  // the stub file's header comment is left out.
  ['/etc/resolv.conf', 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n', 0o644],
  ['/etc/os-release', OS_RELEASE, 0o644],
  ['/etc/containerd/config.toml', CONTAINERD_DEFAULT_CONFIG, 0o644],
  ['/etc/containerd/harbor.mydomain.com/ca.crt', HARBOR_CA_PEM, 0o644],
  // A socket on a real node; a file here, so `ls -l /run/containerd` shows it while running.
  [CONTAINERD_SOCKET, '', 0o660],
  ['/usr/lib/systemd/system/kubelet.service', KUBELET_UNIT_FILE, 0o644],
  [`${KUBELET_DROP_IN_DIR}/${KUBELET_DROP_IN_NAME}`, KUBELET_DROP_IN, 0o644],
  ['/etc/cni/net.d/10-containerd-net.conflist', CNI_CONFLIST, 0o644],
  // Stand-ins for the plugin binaries: the CRI plugin checks they are there, never runs them.
  ...CNI_PLUGINS.map((name): [string, string, number] => [`/opt/cni/bin/${name}`, '', 0o755]),
];

/** The initial HostState.files of a fresh node, all stamped with `nowMs`. */
export function initialFiles(nowMs: number): HostState['files'] {
  const files: Record<string, VfsEntry> = {};
  for (const [path, mode] of DIRS) files[path] = { kind: 'dir', mode, mtimeMs: nowMs };
  for (const [path, content, mode] of FILES) files[path] = { kind: 'file', content, mode, mtimeMs: nowMs };
  // bookworm's merged /usr: /lib is a link to usr/lib (so /lib/systemd/system holds the units).
  files['/lib'] = { kind: 'symlink', content: 'usr/lib', mode: 0o777, mtimeMs: nowMs };
  // nerdctl-full 0.22.2 and BuildKit 0.10.4 as the notes install them (host/releases).
  Object.assign(files, installedReleaseFiles(nowMs));
  // Debian's packages as dpkg records them (docker.io's docker among their files), and crictl.
  Object.assign(files, hostPackageFiles(nowMs), installedCrictl());
  return files;
}
