// The keys of /etc/docker/daemon.json as dockerd 20.10.24 knows them (moby v20.10.24
// cmd/dockerd/config*.go and options.go, daemon/config/config*.go, registry/config.go):
//
// - FLAGS: every flag of dockerd's command line. A file key passes the unknown-key check only
//   when it is a flag's long name (pflag's Lookup), the name of a flag's NamedOption
//   (`labels` for --label, `hosts` for -H, …) or one of skipValidateOptions. So
//   `containerd-plugin-namespace`, the struct's own json tag, is refused: its flag is
//   `containerd-plugins-namespace`.
// - FIELD_TYPES: the Go type of the Config field each json tag decodes into, for the second
//   decode's "json: cannot unmarshal X into Go struct field Config.<key> of type T".

/** A flag of dockerd, by long name; `named` is its NamedOption's file key where it has one. */
interface DaemonFlag {
  named?: string;
}

export const DAEMON_FLAGS: Readonly<Record<string, DaemonFlag>> = {
  'add-runtime': { named: 'runtimes' },
  'allow-nondistributable-artifacts': { named: 'allow-nondistributable-artifacts' },
  'api-cors-header': {},
  'authorization-plugin': { named: 'authorization-plugins' },
  bip: {},
  bridge: {},
  'cgroup-parent': {},
  'cluster-advertise': {},
  'cluster-store': {},
  'cluster-store-opt': { named: 'cluster-store-opts' },
  'config-file': {},
  containerd: {},
  'containerd-namespace': {},
  'containerd-plugins-namespace': {},
  'cpu-rt-period': {},
  'cpu-rt-runtime': {},
  'cri-containerd': {},
  'data-root': {},
  debug: {},
  'default-address-pool': { named: 'default-address-pools' },
  'default-cgroupns-mode': {},
  'default-gateway': {},
  'default-gateway-v6': {},
  'default-ipc-mode': {},
  'default-runtime': {},
  'default-shm-size': {},
  'default-ulimit': { named: 'default-ulimits' },
  dns: {},
  'dns-opt': { named: 'dns-opts' },
  'dns-search': {},
  'exec-opt': { named: 'exec-opts' },
  'exec-root': {},
  experimental: {},
  'fixed-cidr': {},
  'fixed-cidr-v6': {},
  graph: {},
  group: {},
  host: { named: 'hosts' },
  'host-gateway-ip': {},
  icc: {},
  init: {},
  'init-path': {},
  'insecure-registry': { named: 'insecure-registries' },
  ip: {},
  'ip-forward': {},
  'ip-masq': {},
  ip6tables: {},
  iptables: {},
  ipv6: {},
  label: { named: 'labels' },
  'live-restore': {},
  'log-driver': {},
  'log-level': {},
  'log-opt': { named: 'log-opts' },
  'max-concurrent-downloads': {},
  'max-concurrent-uploads': {},
  'max-download-attempts': {},
  'metrics-addr': {},
  mtu: {},
  'network-control-plane-mtu': {},
  'network-diagnostic-port': {},
  'no-new-privileges': {},
  'node-generic-resource': { named: 'node-generic-resources' },
  'oom-score-adjust': {},
  pidfile: {},
  'raw-logs': {},
  'registry-mirror': { named: 'registry-mirrors' },
  restart: {},
  rootless: {},
  'seccomp-profile': {},
  'selinux-enabled': {},
  'shutdown-timeout': {},
  'storage-driver': {},
  'storage-opt': { named: 'storage-opts' },
  'swarm-default-advertise-addr': {},
  tls: {},
  tlscacert: {},
  tlscert: {},
  tlskey: {},
  tlsverify: {},
  'userland-proxy': {},
  'userland-proxy-path': {},
  'userns-remap': {},
  version: {},
};

/** Keys whose object value is one option, not a group of options to flatten (flatOptions). */
export const FLAT_OPTIONS: ReadonlySet<string> = new Set(['cluster-store-opts', 'log-opts', 'runtimes', 'default-ulimits', 'features', 'builder']);

/** Keys the unknown-key check lets through without a flag (skipValidateOptions). */
export const SKIP_VALIDATE: ReadonlySet<string> = new Set(['features', 'builder', 'deprecated-key-path']);

/**
 * How a value decodes into its Config field. `scalar`: Go's bool/string/int kinds (the Go type
 * name as the error prints it); `list`/`map`: []string and map[string]string; `ip`: net.IP
 * (a string its UnmarshalText parses); `size`: opts.MemBytes (its own UnmarshalJSON); `object`:
 * a struct or map whose members are not checked here (their own Go errors are not simulated).
 */
export type FieldType =
  | { kind: 'bool' }
  | { kind: 'string' }
  | { kind: 'int'; go: 'int' | 'int64' | 'uint32' }
  | { kind: 'list' }
  | { kind: 'map'; go: 'map[string]string' | 'map[string]bool' }
  | { kind: 'ip' }
  | { kind: 'size' }
  | { kind: 'object'; go: string }
  | { kind: 'any' };

const bool = { kind: 'bool' } as const;
const str = { kind: 'string' } as const;
const int = { kind: 'int', go: 'int' } as const;
const list = { kind: 'list' } as const;
const ip = { kind: 'ip' } as const;

export const FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  'log-driver': str,
  'log-opts': { kind: 'map', go: 'map[string]string' },
  bridge: str,
  'fixed-cidr': str,
  // opts.PoolsOpt decodes its own JSON (a list of {base, size}).
  'default-address-pools': { kind: 'any' },
  'network-control-plane-mtu': int,
  tlscacert: str,
  tlscert: str,
  tlskey: str,
  dns: list,
  'dns-opts': list,
  'dns-search': list,
  'host-gateway-ip': ip,
  'authorization-plugins': list,
  'exec-opts': list,
  'storage-driver': str,
  'storage-opts': list,
  labels: list,
  mtu: int,
  'network-diagnostic-port': int,
  pidfile: str,
  'raw-logs': bool,
  graph: str,
  'data-root': str,
  'exec-root': str,
  group: str,
  'api-cors-header': str,
  'deprecated-key-path': str,
  'live-restore': bool,
  'cluster-store': str,
  'cluster-store-opts': { kind: 'map', go: 'map[string]string' },
  'cluster-advertise': str,
  'max-concurrent-downloads': int,
  'max-concurrent-uploads': int,
  'max-download-attempts': int,
  'shutdown-timeout': int,
  debug: bool,
  hosts: list,
  'log-level': str,
  tls: bool,
  tlsverify: bool,
  'swarm-default-advertise-addr': str,
  'swarm-raft-heartbeat-tick': { kind: 'int', go: 'uint32' },
  'swarm-raft-election-tick': { kind: 'int', go: 'uint32' },
  'metrics-addr': str,
  experimental: bool,
  'node-generic-resources': list,
  containerd: str,
  'cri-containerd': bool,
  features: { kind: 'map', go: 'map[string]bool' },
  builder: { kind: 'object', go: 'config.BuilderConfig' },
  'containerd-namespace': str,
  'containerd-plugin-namespace': str,
  'cgroup-parent': str,
  'selinux-enabled': bool,
  'userns-remap': str,
  'default-ulimits': { kind: 'object', go: 'map[string]*units.Ulimit' },
  'cpu-rt-period': { kind: 'int', go: 'int64' },
  'cpu-rt-runtime': { kind: 'int', go: 'int64' },
  'oom-score-adjust': int,
  init: bool,
  'init-path': str,
  'seccomp-profile': str,
  'default-shm-size': { kind: 'size' },
  'no-new-privileges': bool,
  'default-ipc-mode': str,
  'default-cgroupns-mode': str,
  'resolv-conf': str,
  rootless: bool,
  ipv6: bool,
  iptables: bool,
  ip6tables: bool,
  'ip-forward': bool,
  'ip-masq': bool,
  'userland-proxy': bool,
  'userland-proxy-path': str,
  'fixed-cidr-v6': str,
  runtimes: { kind: 'object', go: 'map[string]types.Runtime' },
  'default-runtime': str,
  'default-init': str,
  ip,
  bip: str,
  'default-gateway': ip,
  'default-gateway-v6': ip,
  icc: bool,
  'allow-nondistributable-artifacts': list,
  'registry-mirrors': list,
  'insecure-registries': list,
};
