// The OCI spec dockerd 20.10 gives containerd for one of its containers (moby v20.10.24
// daemon/oci_linux.go createSpec, oci/defaults.go DefaultLinuxSpec), as `ctr -n moby c info`
// showed it on a private real dockerd 20.10.24: root.path the overlay2 merged dir, the hostname,
// the default mounts then the container's resolv.conf, hostname and hosts bind-mounted from
// /var/lib/docker/containers/<id>/, cgroupsPath /docker/<id>. Left out: the seccomp profile
// (hundreds of syscall names the simulated runc does not enforce).

import type { OciSpec } from '../../containerd/client/index';
import type { Node } from '../../node';
import { DOCKER_ROOT } from '../daemon';
import { invalidParameter } from '../errors';
import { findLayer } from '../images/layers';
import type { DockerContainerRecord } from '../store/container-record';

/** oci/caps/defaults.go DefaultCapabilities, in its order. */
const DEFAULT_CAPS = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID',
  'CAP_SETUID', 'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE',
];

const MASKED = ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'];
const READONLY = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

export function containerDir(id: string): string {
  return `${DOCKER_ROOT}/containers/${id}`;
}

/** The image's /etc/passwd or /etc/group text, from its topmost layer that has it. */
function imageFile(node: Node, diffIds: readonly string[], path: string): string | undefined {
  for (let i = diffIds.length - 1; i >= 0; i--) {
    const f = findLayer(node, diffIds[i] ?? '')?.files[path];
    if (f?.kind === 'file') return f.content ?? '';
  }
  return undefined;
}

/**
 * getUser (daemon/oci_linux.go, libcontainer/user): `name|uid[:group|gid]` against the image's
 * passwd and group files. invalidParameter-like 500s as the daemon words them.
 */
function resolveUser(node: Node, diffIds: readonly string[], user: string): { uid: number; gid: number } {
  if (user === '') return { uid: 0, gid: 0 };
  const [who = '', group] = user.split(':');
  const passwd = (imageFile(node, diffIds, '/etc/passwd') ?? '').split('\n').map((l) => l.split(':'));
  const entry = passwd.find((f) => f[0] === who || (/^\d+$/.test(who) && f[2] === who));
  let uid: number;
  let gid: number;
  if (entry) {
    uid = Number(entry[2]);
    gid = Number(entry[3]);
  } else if (/^\d+$/.test(who)) {
    uid = Number(who);
    gid = 0;
  } else throw invalidParameter(`unable to find user ${who}: no matching entries in passwd file`);
  if (group !== undefined) {
    const groups = (imageFile(node, diffIds, '/etc/group') ?? '').split('\n').map((l) => l.split(':'));
    const g = groups.find((f) => f[0] === group || (/^\d+$/.test(group) && f[2] === group));
    if (g) gid = Number(g[2]);
    else if (/^\d+$/.test(group)) gid = Number(group);
    else throw invalidParameter(`unable to find group ${group}: no matching entries in group file`);
  }
  return { uid, gid };
}

function bind(destination: string, source: string): Record<string, unknown> {
  return { destination, type: 'bind', source, options: ['rbind', 'rprivate'] };
}

/**
 * The spec; `netns`: the sandbox's namespace the task joins (absent: --network host, the node's).
 * A real 20.10 leaves the path out and libnetwork's setkey hook moves the process there; here
 * the path says it, as the simulated runc reads it.
 */
export function containerSpec(node: Node, record: DockerContainerRecord, rootPath: string, diffIds: readonly string[], extraMounts: Array<Record<string, unknown>> = [], netns?: string): OciSpec {
  const config = record.config as { Env?: string[]; WorkingDir?: string; User?: string; Tty?: boolean; Hostname?: string };
  const host = record.hostConfig as { Memory?: number; NanoCpus?: number; CpuShares?: number; ReadonlyRootfs?: boolean };
  const { uid, gid } = resolveUser(node, diffIds, config.User ?? '');
  const dir = containerDir(record.id);
  const caps = () => [...DEFAULT_CAPS];
  const process: Record<string, unknown> = {
    ...(config.Tty ? { terminal: true } : {}),
    user: { uid, gid, additionalGids: [gid] },
    args: [record.path, ...record.args],
    env: [...(config.Env ?? []).filter((e) => !e.startsWith('HOSTNAME=')), `HOSTNAME=${config.Hostname ?? record.id.slice(0, 12)}`, ...(config.Tty ? ['TERM=xterm'] : [])],
    cwd: config.WorkingDir || '/',
    capabilities: { bounding: caps(), effective: caps(), permitted: caps() },
    oomScoreAdj: 0,
  };
  // The env in the order createSpec builds it: PATH and the image's, then HOSTNAME (and TERM).
  const resources: Record<string, unknown> = {
    devices: [{ allow: false, access: 'rwm' }],
    memory: { ...(host.Memory ? { limit: host.Memory } : {}), disableOOMKiller: false },
    cpu: { shares: host.CpuShares ?? 0, ...(host.NanoCpus ? { quota: Math.round(host.NanoCpus / 1e4), period: 100000 } : {}) },
    blockIO: { weight: 0 },
  };
  return {
    ociVersion: '1.0.2-dev',
    process,
    root: { path: rootPath, ...(host.ReadonlyRootfs ? { readonly: true } : {}) },
    hostname: config.Hostname ?? record.id.slice(0, 12),
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
      { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
      { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['ro', 'nosuid', 'noexec', 'nodev'] },
      { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=67108864'] },
      ...extraMounts,
      bind('/etc/resolv.conf', `${dir}/resolv.conf`),
      bind('/etc/hostname', `${dir}/hostname`),
      bind('/etc/hosts', `${dir}/hosts`),
    ],
    hooks: {},
    linux: {
      sysctl: { 'net.ipv4.ip_unprivileged_port_start': '0', 'net.ipv4.ping_group_range': '0 2147483647' },
      resources,
      cgroupsPath: `/docker/${record.id}`,
      namespaces: [{ type: 'mount' }, ...(netns !== undefined ? [{ type: 'network', path: netns }] : []), { type: 'uts' }, { type: 'pid' }, { type: 'ipc' }],
      maskedPaths: [...MASKED],
      readonlyPaths: [...READONLY],
    },
  } as unknown as OciSpec;
}
