// The OCI spec dockerd 20.10 gives containerd for one of its containers (moby v20.10.24
// daemon/oci_linux.go createSpec, oci/defaults.go DefaultLinuxSpec), as `ctr -n moby c info`
// showed it on a private real dockerd 20.10.24: root.path the overlay2 merged dir, the hostname,
// the default mounts then the container's resolv.conf, hostname and hosts bind-mounted from
// /var/lib/docker/containers/<id>/, cgroupsPath /docker/<id>, and docker's default seccomp
// profile (daemon/seccomp_linux.go WithSeccomp) unless --security-opt says otherwise.

import type { OciSpec } from '../../containerd/client/index';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import type { DockerContainerRecord } from '../store/container-record';
import { resolveUser } from './user';
import { specResources } from './resources';
import { effectiveCapabilities } from '../containers/capabilities';
import { securitySettings } from '../containers/security-opts';
import { seccompOf } from './seccomp';
import { withGroupAdd } from './group-add';
import { checkIpcMode } from '../containers/namespace-modes';
import { KERNEL_CAPABILITIES } from '../../host/kernel-capabilities';
import { invalidParameter } from '../errors';
import { linkedEnvironment } from '../containers/legacy-links';
import { allHostDevices, specDevices, throttleDevices } from './host-devices';

/** oci/caps/defaults.go DefaultCapabilities, in its order. */
const DEFAULT_CAPS = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID',
  'CAP_SETUID', 'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE',
];

const MASKED = ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'];
const READONLY = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/**
 * --init (WithCommonOptions): the process runs under docker-init, found on the daemon's PATH
 * (exec.LookPath: docker.io's /usr/bin/docker-init) and bind-mounted read-only here.
 */
const INIT_PATH = '/sbin/docker-init';
const INIT_BINARY = '/usr/bin/docker-init';

export function containerDir(id: string): string {
  return `${DOCKER_ROOT}/containers/${id}`;
}

/**
 * WithMounts (moby v20.10.24 daemon/oci_linux.go): after the defaults (and docker-init's bind,
 * which WithCommonOptions added to them), the container's own mounts — its volumes and binds,
 * then the network files (NetworkMounts: read-only with --read-only), then its tmpfs mounts —
 * in a stable sort by depth, so /data comes before /etc/hosts and /a/b/c after it.
 */
function userMounts(extra: Array<Record<string, unknown>>, readOnly: boolean, dir: string): Array<Record<string, unknown>> {
  const bind = (destination: string, source: string) => ({ destination, type: 'bind', source, options: ['rbind', ...(readOnly ? ['ro'] : []), 'rprivate'] });
  const network = [bind('/etc/resolv.conf', `${dir}/resolv.conf`), bind('/etc/hostname', `${dir}/hostname`), bind('/etc/hosts', `${dir}/hosts`)];
  const isTmpfs = (m: Record<string, unknown>) => m.type === 'tmpfs';
  const all = [...extra.filter((m) => !isTmpfs(m)), ...network, ...extra.filter(isTmpfs)];
  const depth = (m: Record<string, unknown>) => String(m.destination).split('/').filter(Boolean).length;
  return all.map((m, i) => ({ m, i })).sort((a, b) => depth(a.m) - depth(b.m) || a.i - b.i).map((x) => x.m);
}

/** The HostConfig fields the spec reads. */
interface SpecHostConfig {
  ReadonlyRootfs?: boolean;
  ShmSize?: number;
  Init?: boolean;
  GroupAdd?: string[] | null;
  SecurityOpt?: string[] | null;
  MaskedPaths?: string[];
  ReadonlyPaths?: string[];
  Ulimits?: Array<{ Name: string; Hard: number; Soft: number }> | null;
  Sysctls?: Record<string, string>;
  IpcMode?: string;
  PidMode?: string;
  UTSMode?: string;
  Privileged?: boolean;
  OomScoreAdj?: number;
  CgroupParent?: string;
  CgroupnsMode?: string;
  Devices?: Array<{ PathOnHost: string; PathInContainer: string; CgroupPermissions: string }>;
  DeviceCgroupRules?: string[] | null;
  DeviceRequests?: Array<{ Driver: string; Capabilities: string[][] }> | null;
  BlkioDeviceReadBps?: Array<{ Path: string; Rate: number }> | null;
  BlkioDeviceWriteBps?: Array<{ Path: string; Rate: number }> | null;
  BlkioDeviceReadIOps?: Array<{ Path: string; Rate: number }> | null;
  BlkioDeviceWriteIOps?: Array<{ Path: string; Rate: number }> | null;
}

/**
 * WithDevices: --privileged gives every host device and one rule allowing all; otherwise the
 * default rules, then each --device and its rule, then --device-cgroup-rule's. No GPU driver is
 * registered on the node (no nvidia-container-runtime-hook), so a --gpus request fails here.
 */
function devicesOf(host: SpecHostConfig): { devices: Array<Record<string, unknown>>; rules: unknown[] } {
  for (const req of host.DeviceRequests ?? []) {
    throw invalidParameter(`could not select device driver ${JSON.stringify(req.Driver)} with capabilities: [${req.Capabilities.map((c) => `[${c.join(' ')}]`).join(' ')}]`);
  }
  if (host.Privileged) {
    const devices = allHostDevices().map(([path, d]) => ({ path, type: d.type, major: d.major, minor: d.minor, fileMode: (d.type === 'b' ? 0o60000 : 0o20000) | d.fileMode, uid: 0, gid: 0 }));
    return { devices, rules: [{ allow: true, access: 'rwm' }] };
  }
  const mapped = specDevices(host.Devices ?? []);
  const custom = (host.DeviceCgroupRules ?? []).map((rule) => {
    const [type = 'a', numbers = '*:*', access = ''] = rule.split(' ');
    const [major = '*', minor = '*'] = numbers.split(':');
    const num = (n: string) => (n === '*' ? -1 : Number(n));
    return { allow: true, type, major: num(major), minor: num(minor), access };
  });
  return { devices: mapped.devices, rules: [{ allow: false, access: 'rwm' }, ...mapped.rules, ...custom] };
}

/** getBlkioThrottleDevices for the four throttles, as specs.LinuxBlockIO names them. */
function throttles(host: SpecHostConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const add = (key: string, list: Array<{ Path: string; Rate: number }> | null | undefined) => {
    const devices = throttleDevices(list);
    if (devices.length > 0) out[key] = devices;
  };
  add('throttleReadBpsDevice', host.BlkioDeviceReadBps);
  add('throttleWriteBpsDevice', host.BlkioDeviceWriteBps);
  add('throttleReadIOPSDevice', host.BlkioDeviceReadIOps);
  add('throttleWriteIOPSDevice', host.BlkioDeviceWriteIOps);
  return out;
}

/** filepath.Join(parent, id): a relative parent stays relative (runc puts it under its own cgroup). */
function cgroupsPath(parent: string | undefined, id: string): string {
  const joined = `${parent || '/docker'}/${id}`.split('/').filter((p) => p !== '' && p !== '.');
  return `${(parent || '/docker').startsWith('/') ? '/' : ''}${joined.join('/')}`;
}

/** uint64 of a --ulimit value as the spec holds it (-1, unlimited, wraps to 2^64-1). */
const rlimitValue = (limit: number) => (limit < 0 ? 2 ** 64 + limit : limit);

/** system.DefaultPathEnv("linux"). */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * container.CreateDaemonEnvironment: PATH, HOSTNAME (and TERM with a tty) first, the links'
 * variables, then the
 * container's Env replacing those by key in place and appending the rest (`docker run -e A=1
 * busybox env`: PATH, HOSTNAME, A=1, as a real 20.10.24 prints it).
 */
function daemonEnvironment(env: readonly string[], hostname: string, tty: boolean, linked: readonly string[]): string[] {
  const out = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${hostname}`, ...(tty ? ['TERM=xterm'] : []), ...linked];
  for (const e of env) {
    const key = e.split('=')[0];
    const at = out.findIndex((x) => x.split('=')[0] === key);
    if (at >= 0) out[at] = e;
    else out.push(e);
  }
  return out;
}

/**
 * The spec; `netns`: the sandbox's namespace the task joins (absent: --network host, the node's).
 * A real 20.10 leaves the path out and libnetwork's setkey hook moves the process there; here
 * the path says it, as the simulated runc reads it.
 */
export function containerSpec(node: Node, record: DockerContainerRecord, rootPath: string, diffIds: readonly string[], extraMounts: Array<Record<string, unknown>> = [], netns?: string): OciSpec {
  const config = record.config as { Env?: string[]; WorkingDir?: string; User?: string; Tty?: boolean; Hostname?: string };
  const host = record.hostConfig as SpecHostConfig;
  checkIpcMode(host.IpcMode);
  const init = host.Init === true;
  // --shm-size, else the daemon's default-shm-size (64 MiB).
  const shmSize = host.ShmSize || 67108864;
  const user = withGroupAdd(node, diffIds, resolveUser(node, diffIds, config.User ?? ''), host.GroupAdd ?? []);
  const security = securitySettings(host.SecurityOpt);
  const dir = containerDir(record.id);
  // WithCapabilities: --privileged is every capability the kernel has, --cap-add/--cap-drop aside.
  const caps = () => (host.Privileged ? [...KERNEL_CAPABILITIES] : effectiveCapabilities(DEFAULT_CAPS, record.hostConfig as { CapAdd?: string[]; CapDrop?: string[] }));
  const devices = devicesOf(host);
  const process: Record<string, unknown> = {
    ...(config.Tty ? { terminal: true } : {}),
    user,
    args: init ? [INIT_PATH, '--', record.path, ...record.args] : [record.path, ...record.args],
    env: daemonEnvironment(config.Env ?? [], config.Hostname ?? record.id.slice(0, 12), config.Tty === true, linkedEnvironment(node, record)),
    cwd: config.WorkingDir || '/',
    capabilities: { bounding: caps(), effective: caps(), permitted: caps() },
    ...(host.Ulimits && host.Ulimits.length > 0 ? { rlimits: host.Ulimits.map((u) => ({ type: `RLIMIT_${u.Name.toUpperCase()}`, hard: rlimitValue(u.Hard), soft: rlimitValue(u.Soft) })) } : {}),
    ...(security.noNewPrivileges ? { noNewPrivileges: true } : {}),
    oomScoreAdj: host.OomScoreAdj ?? 0,
  };
  // WithSeccomp: none for a privileged container.
  const seccomp = host.Privileged ? undefined : seccompOf(security.seccompProfile, caps());
  const base = specResources(record.hostConfig, devices.rules);
  const resources = { ...base, blockIO: { ...(base.blockIO as object), ...throttles(host) } };
  // WithMounts: a privileged container's /sys and its cgroup mount are read-write.
  const sysOptions = (options: string[]) => (host.Privileged ? options.filter((o) => o !== 'ro') : options);
  const domainname = (record.config as { Domainname?: string }).Domainname;
  return {
    ociVersion: '1.0.2-dev',
    process,
    root: { path: rootPath, ...(host.ReadonlyRootfs ? { readonly: true } : {}) },
    hostname: config.Hostname ?? record.id.slice(0, 12),
    ...(domainname ? { domainname } : {}),
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
      { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: sysOptions(['nosuid', 'noexec', 'nodev', 'ro']) },
      { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: sysOptions(['ro', 'nosuid', 'noexec', 'nodev']) },
      { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', `size=${shmSize}`] },
      ...(init ? [{ destination: INIT_PATH, type: 'bind', source: INIT_BINARY, options: ['bind', 'ro'] }] : []),
      ...userMounts(extraMounts, host.ReadonlyRootfs === true, dir),
    ],
    hooks: {},
    linux: {
      sysctl: { 'net.ipv4.ip_unprivileged_port_start': '0', 'net.ipv4.ping_group_range': '0 2147483647', ...(host.Sysctls ?? {}) },
      resources,
      // WithCgroups (cgroupfs driver): filepath.Join(--cgroup-parent or /docker, id).
      cgroupsPath: cgroupsPath(host.CgroupParent, record.id),
      ...(devices.devices.length > 0 ? { devices: devices.devices } : {}),
      // --uts/--pid/--ipc host: the node's namespace (no entry); --ipc none/shareable/container
      // are still a namespace of the container's own here (the simulated runc shares no IPC).
      namespaces: [
        { type: 'mount' },
        ...(netns !== undefined ? [{ type: 'network', path: netns }] : []),
        ...(host.UTSMode === 'host' ? [] : [{ type: 'uts' }]),
        ...(host.PidMode === 'host' ? [] : [{ type: 'pid' }]),
        ...(host.IpcMode === 'host' ? [] : [{ type: 'ipc' }]),
        ...(host.CgroupnsMode === 'private' ? [{ type: 'cgroup' }] : []),
      ],
      // specs.Linux's order: seccomp before the paths.
      ...(seccomp ? { seccomp } : {}),
      // --security-opt systempaths=unconfined: the client sends both lists empty.
      maskedPaths: host.Privileged ? [] : [...(host.MaskedPaths ?? MASKED)],
      readonlyPaths: host.Privileged ? [] : [...(host.ReadonlyPaths ?? READONLY)],
    },
  } as unknown as OciSpec;
}
