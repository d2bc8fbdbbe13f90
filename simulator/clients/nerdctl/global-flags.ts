// The root's flags, as initRootCmdFlags declares them (cmd/nerdctl/main.go:124-146@v0.22.2).
// AddPersistentStringFlag gives a flag its long aliases as persistent flags (`--host`,
// `--storage-driver`) and its one-letter aliases as root-only ones (`-a`, `-H`, `-n`: pflag has
// no short-only flags, so each is also a long flag of that one letter, `--n`); all share one
// variable. Defaults come from pkg/defaults/defaults_linux.go; the CNI path is the first of its
// candidate directories that exists on the node.

import type { FlagSpec } from '../../cli/spec';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';
import { CONTAINERD_SOCKET } from '../../host/installed-versions';

/** defaults.CNIPath()'s candidates, in order; /opt/cni/bin (gocni.DefaultCNIDir) when none exists. */
const CNI_PATH_CANDIDATES = ['/usr/local/libexec/cni', '/usr/local/lib/cni', '/usr/libexec/cni', '/usr/lib/cni'];

function defaultCniPath(node: Node | undefined): string {
  if (!node) return '/opt/cni/bin';
  const files = node.state.host.files;
  return CNI_PATH_CANDIDATES.find((dir) => vfs.exists(files, dir) && vfs.stat(files, dir).kind === 'dir') ?? '/opt/cni/bin';
}

/** AddPersistentStringFlag: `[$ENV]` after the usage, the environment's value as the default. */
function stringFlag(
  name: string,
  persistentAliases: readonly string[],
  rootAliases: readonly string[],
  value: string,
  envVar: string,
  usage: string,
): FlagSpec[] {
  const aliasUsage = `Alias of --${name}`;
  const flags: FlagSpec[] = [{ names: [name], kind: 'string', usage: `${usage} [$${envVar}]`, value, envVar, persistent: true }];
  for (const a of persistentAliases) flags.push({ names: [a], kind: 'string', usage: aliasUsage, value, envVar, persistent: true, aliasOf: name });
  for (const a of rootAliases) flags.push({ names: [a, a], kind: 'string', usage: aliasUsage, value, envVar, aliasOf: name });
  return flags;
}

export function rootFlags(node: Node | undefined): FlagSpec[] {
  return [
    { names: ['debug'], kind: 'bool', usage: 'debug mode', persistent: true },
    { names: ['debug-full'], kind: 'bool', usage: 'debug mode (with full output)', persistent: true },
    ...stringFlag('address', ['host'], ['a', 'H'], CONTAINERD_SOCKET, 'CONTAINERD_ADDRESS', 'containerd address, optionally with "unix://" prefix'),
    ...stringFlag('namespace', [], ['n'], 'default', 'CONTAINERD_NAMESPACE', 'containerd namespace, such as "moby" for Docker, "k8s.io" for Kubernetes'),
    ...stringFlag('snapshotter', ['storage-driver'], [], 'overlayfs', 'CONTAINERD_SNAPSHOTTER', 'containerd snapshotter'),
    ...stringFlag('cni-path', [], [], defaultCniPath(node), 'CNI_PATH', 'cni plugins binary directory'),
    ...stringFlag('cni-netconfpath', [], [], '/etc/cni/net.d', 'NETCONFPATH', 'cni config directory'),
    {
      names: ['data-root'],
      kind: 'string',
      usage: 'Root directory of persistent nerdctl state (managed by nerdctl, not by containerd)',
      value: '/var/lib/nerdctl',
      persistent: true,
    },
    // ncdefaults.CgroupManager(): cgroupfs on a cgroup v1 host such as node1.
    { names: ['cgroup-manager'], kind: 'string', usage: 'Cgroup manager to use ("cgroupfs"|"systemd")', value: 'cgroupfs', persistent: true },
    { names: ['insecure-registry'], kind: 'bool', usage: 'skips verifying HTTPS certs, and allows falling back to plain HTTP', persistent: true },
    {
      names: ['hosts-dir'],
      kind: 'stringSlice',
      usage: 'A directory that contains <HOST:PORT>/hosts.toml (containerd style) or <HOST:PORT>/{ca.cert, cert.pem, key.pem} (docker style)',
      value: ['/etc/containerd/certs.d', '/etc/docker/certs.d'],
      persistent: true,
    },
  ];
}
