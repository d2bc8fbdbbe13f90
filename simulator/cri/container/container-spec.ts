// The OCI spec containerd 1.6's CRI plugin generates for a container (container_create_linux.go
// containerSpec and pkg/cri/opts): the CRI default mounts, the image's Env/Cmd/Entrypoint/
// WorkingDir/User under the config's, HOSTNAME, the sandbox's hostname/hosts/resolv.conf/shm
// files, the pod's namespaces by the pause process's PID, the CRI annotations, resources.
// Keys are inserted in the order of runtime-spec's Go structs, as the fixture of a real node
// shows them (tests/oracle/cri/fixtures/pod-lifecycle.json, ContainerStatus runtimeSpec).

import { DEFAULT_UNIX_CAPS, mergeEnv, type OciSpec } from '../../containerd/client/index';
import { plain } from '../../errdefs/errdefs';
import type { OciRunConfig } from '../../oci/documents';
import type { ContainerConfig, LinuxContainerResources, Mount, PodSandboxConfig } from '../api/runtime-v1';

const DEFAULT_PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const CRI_ROOT = '/var/lib/containerd/io.containerd.grpc.v1.cri';
const CRI_STATE = '/run/containerd/io.containerd.grpc.v1.cri';

interface SpecMount {
  destination: string;
  type: string;
  source: string;
  options?: string[];
}

function defaultMounts(): SpecMount[] {
  return [
    { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
    { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['nosuid', 'noexec', 'nodev', 'relatime', 'ro'] },
  ];
}

/** What the spec needs besides the two configs. */
export interface SpecInputs {
  id: string;
  sandboxId: string;
  /** The pause process's PID (its namespaces are the pod's). */
  sandboxPid: number;
  config: ContainerConfig;
  sandboxConfig: PodSandboxConfig;
  /** The image config's `config` part. */
  image: OciRunConfig;
  /** The containerd image the container is made from: its first reference (io.kubernetes.cri.image-name). */
  imageName: string;
  /** The node's hostname (HOSTNAME when the pod sets none). */
  nodeHostname: string;
  /** uid/gid of a user name, read from the container's /etc/passwd. */
  lookupUser(name: string): { uid: number; gid: number } | undefined;
}

/** getProcessArgs (from moby's commit.go): the config's command/args over the image's. */
function processArgs(config: ContainerConfig, image: OciRunConfig): string[] {
  let command = config.command ?? [];
  let args = config.args ?? [];
  if (command.length === 0) {
    if (args.length === 0) args = [...(image.Cmd ?? [])];
    const entrypoint = image.Entrypoint ?? [];
    if (!(entrypoint.length === 1 && entrypoint[0] === '')) command = [...entrypoint];
  }
  if (command.length === 0 && args.length === 0) throw plain('no command specified');
  return [...command, ...args];
}

function user(inputs: SpecInputs): { uid: number; gid: number } {
  const sc = inputs.config.linux?.securityContext;
  if (sc?.runAsUser) {
    const uid = Number(sc.runAsUser.value);
    const gid = sc.runAsGroup ? Number(sc.runAsGroup.value) : (inputs.lookupUser(String(uid))?.gid ?? 0);
    return { uid, gid };
  }
  const name = sc?.runAsUsername || inputs.image.User || '';
  if (name === '') return { uid: 0, gid: 0 };
  const [who = '', group] = name.split(':');
  const found = /^\d+$/.test(who) ? { uid: Number(who), gid: inputs.lookupUser(who)?.gid ?? 0 } : inputs.lookupUser(who);
  if (!found) throw plain(`no users found`);
  return { uid: found.uid, gid: group !== undefined && /^\d+$/.test(group) ? Number(group) : found.gid };
}

const PROPAGATION: Record<string, string> = {
  PROPAGATION_PRIVATE: 'rprivate',
  PROPAGATION_HOST_TO_CONTAINER: 'rslave',
  PROPAGATION_BIDIRECTIONAL: 'rshared',
};

function bindMount(m: Mount): SpecMount {
  return {
    destination: m.containerPath,
    type: 'bind',
    source: m.hostPath,
    options: ['rbind', PROPAGATION[m.propagation ?? 'PROPAGATION_PRIVATE'] ?? 'rprivate', m.readonly ? 'ro' : 'rw'],
  };
}

/** The sandbox files every container gets unless a config mount covers them (containerMounts). */
function sandboxMounts(inputs: SpecInputs): Mount[] {
  const dir = `${CRI_ROOT}/sandboxes/${inputs.sandboxId}`;
  const wanted = (path: string) => !(inputs.config.mounts ?? []).some((m) => m.containerPath === path);
  const out: Mount[] = [];
  if (wanted('/etc/hostname')) out.push({ containerPath: '/etc/hostname', hostPath: `${dir}/hostname` });
  if (wanted('/etc/hosts')) out.push({ containerPath: '/etc/hosts', hostPath: `${dir}/hosts` });
  if (wanted('/etc/resolv.conf')) out.push({ containerPath: '/etc/resolv.conf', hostPath: `${dir}/resolv.conf` });
  if (wanted('/dev/shm')) out.push({ containerPath: '/dev/shm', hostPath: `${CRI_STATE}/sandboxes/${inputs.sandboxId}/shm` });
  return out;
}

/**
 * WithMounts (pkg/cri/opts/spec_linux.go:95-200 @v1.6.20): the config's mounts, then the
 * sandbox's extra ones they do not override, ordered by path depth (Go's insertion sort for
 * these few: stable); the default mounts they cover (everything under /dev when /dev is one)
 * are dropped, the cgroup mount having been added to the defaults first.
 */
function mounts(inputs: SpecInputs): SpecMount[] {
  const clean = (p: string) => `/${p.split('/').filter((x) => x !== '' && x !== '.').join('/')}`;
  const cri = [...(inputs.config.mounts ?? [])];
  const criTargets = new Set(cri.map((m) => clean(m.containerPath)));
  const all = [...cri, ...sandboxMounts(inputs).filter((e) => !criTargets.has(clean(e.containerPath)))];
  // Depth is the clean path's slash count, worked out once per mount rather than per comparison.
  const depth = (p: string) => clean(p).split('/').length - 1;
  const ordered = all.map((m, i) => ({ m, i, d: depth(m.containerPath) })).sort((a, b) => a.d - b.d || a.i - b.i);
  const targets = new Set(all.map((m) => clean(m.containerPath)));
  const defaults = defaultMounts().filter((m) => !targets.has(m.destination) && !(targets.has('/dev') && m.destination.startsWith('/dev/')));
  return [...defaults, ...ordered.map(({ m }) => bindMount(m))];
}

function annotations(inputs: SpecInputs): Record<string, string> {
  const pod = inputs.sandboxConfig.metadata;
  return {
    'io.kubernetes.cri.container-name': inputs.config.metadata?.name ?? '',
    'io.kubernetes.cri.container-type': 'container',
    'io.kubernetes.cri.image-name': inputs.imageName,
    'io.kubernetes.cri.sandbox-id': inputs.sandboxId,
    'io.kubernetes.cri.sandbox-name': pod?.name ?? '',
    'io.kubernetes.cri.sandbox-namespace': pod?.namespace ?? '',
    'io.kubernetes.cri.sandbox-uid': pod?.uid ?? '',
  };
}

/** WithResources: the config's limits into linux.resources (swap follows the memory limit). */
export function applyResources(resources: Record<string, unknown>, r: LinuxContainerResources | undefined): void {
  if (!r) return;
  const n = (x: string | undefined) => Number(x ?? 0);
  // WithResources makes both structs first, so an unset side shows as `{}`.
  const cpu: Record<string, unknown> = { ...(resources.cpu as Record<string, unknown> | undefined) };
  const memory: Record<string, unknown> = { ...(resources.memory as Record<string, unknown> | undefined) };
  if (n(r.cpuPeriod) !== 0) cpu.period = n(r.cpuPeriod);
  if (n(r.cpuQuota) !== 0) cpu.quota = n(r.cpuQuota);
  if (n(r.cpuShares) !== 0) cpu.shares = n(r.cpuShares);
  if (r.cpusetCpus) cpu.cpus = r.cpusetCpus;
  if (r.cpusetMems) cpu.mems = r.cpusetMems;
  const limit = n(r.memoryLimitInBytes);
  const swap = n(r.memorySwapLimitInBytes);
  if (limit !== 0) {
    memory.limit = limit;
    // Swap follows the limit unless given, so the container does not swap by default.
    if (swap === 0) memory.swap = limit;
  }
  if (swap !== 0) memory.swap = swap;
  resources.memory = orderKeys(memory, ['limit', 'reservation', 'swap', 'kernel', 'kernelTCP', 'swappiness', 'disableOOMKiller', 'useHierarchy']);
  resources.cpu = orderKeys(cpu, ['shares', 'quota', 'period', 'realtimeRuntime', 'realtimePeriod', 'cpus', 'mems']);
  // Keys in runtime-spec's LinuxResources field order, as Go prints the struct.
  const ordered = Object.fromEntries(
    RESOURCE_ORDER.filter((k) => Object.hasOwn(resources, k))
      .map((k) => [k, resources[k]])
      .concat(Object.entries(resources).filter(([k]) => !RESOURCE_ORDER.includes(k))),
  );
  for (const k of Object.keys(resources)) delete resources[k];
  Object.assign(resources, ordered);
}

/** `o` with the keys of `order` first, in that order (a Go struct's field order). */
function orderKeys(o: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (Object.hasOwn(o, k)) out[k] = o[k];
  for (const [k, v] of Object.entries(o)) if (!Object.hasOwn(out, k)) out[k] = v;
  return out;
}

const RESOURCE_ORDER = ['devices', 'memory', 'cpu', 'pids', 'blockIO', 'hugepageLimits', 'network', 'rdma', 'unified'];

/** The namespaces of the pod the container joins (WithPodNamespaces over the default list). */
function namespaces(inputs: SpecInputs): Array<{ type: string; path?: string }> {
  const pid = inputs.config.linux?.securityContext?.namespaceOptions?.pid;
  const at = (type: string, ns: string) => ({ type, path: `/proc/${inputs.sandboxPid}/ns/${ns}` });
  return [pid === 'CONTAINER' ? { type: 'pid' } : at('pid', 'pid'), at('ipc', 'ipc'), at('uts', 'uts'), { type: 'mount' }, at('network', 'net')];
}

export function containerSpec(inputs: SpecInputs): OciSpec {
  const { config, image } = inputs;
  const args = processArgs(config, image);
  const hostname = inputs.sandboxConfig.hostname || inputs.nodeHostname;
  // WithTTY's TERM comes before the HOSTNAME env of containerSpec, then the config's envs.
  let env = mergeEnv([DEFAULT_PATH_ENV], image.Env ?? []);
  if (config.tty) env = mergeEnv(env, ['TERM=xterm']);
  env = mergeEnv(env, [`HOSTNAME=${hostname}`]);
  env = mergeEnv(env, (config.envs ?? []).map((e) => `${e.key}=${e.value}`));
  const { uid, gid } = user(inputs);
  const sc = config.linux?.securityContext;
  const caps = sc?.privileged
    ? [...DEFAULT_UNIX_CAPS]
    : DEFAULT_UNIX_CAPS.filter((c) => !(sc?.capabilities?.dropCapabilities ?? []).some((d) => `CAP_${d.replace(/^CAP_/, '')}` === c || d === 'ALL')).concat(
        (sc?.capabilities?.addCapabilities ?? []).map((a) => `CAP_${a.replace(/^CAP_/, '')}`).filter((a) => !DEFAULT_UNIX_CAPS.includes(a)),
      );
  const process: Record<string, unknown> = {};
  if (config.tty) process.terminal = true;
  process.user = { uid, gid, additionalGids: [gid] };
  process.args = args;
  process.env = env;
  process.cwd = config.workingDir || image.WorkingDir || '/';
  process.capabilities = { bounding: [...caps], effective: [...caps], permitted: [...caps] };
  if (sc?.noNewPrivs) process.noNewPrivileges = true;
  const resourcesIn = config.linux?.resources;
  // WithOOMScoreAdj: set whenever the config has resources, 0 included.
  if (resourcesIn) process.oomScoreAdj = Number(resourcesIn.oomScoreAdj ?? 0);

  const resources: Record<string, unknown> = { devices: [{ allow: false, access: 'rwm' }] };
  applyResources(resources, resourcesIn);
  return {
    ociVersion: '1.0.2-dev',
    process: process as OciSpec['process'],
    root: sc?.readonlyRootfs ? { path: 'rootfs', readonly: true } : { path: 'rootfs' },
    mounts: mounts(inputs),
    annotations: annotations(inputs),
    linux: { resources, cgroupsPath: `/k8s.io/${inputs.id}`, namespaces: namespaces(inputs) },
  } as OciSpec;
}

/** Status.Resources as the plugin copies them from the spec (copyResourcesToStatus). */
export function resourcesOfSpec(spec: OciSpec): LinuxContainerResources {
  const linux = (spec.linux ?? {}) as { resources?: { cpu?: Record<string, unknown>; memory?: Record<string, unknown> } };
  const cpu = linux.resources?.cpu ?? {};
  const memory = linux.resources?.memory ?? {};
  const s = (x: unknown) => String(typeof x === 'number' ? x : 0);
  const oom = (spec.process as { oomScoreAdj?: number }).oomScoreAdj;
  return {
    cpuPeriod: s(cpu.period),
    cpuQuota: s(cpu.quota),
    cpuShares: s(cpu.shares),
    memoryLimitInBytes: s(memory.limit),
    oomScoreAdj: s(oom),
    cpusetCpus: typeof cpu.cpus === 'string' ? cpu.cpus : '',
    cpusetMems: typeof cpu.mems === 'string' ? cpu.mems : '',
    hugepageLimits: [],
    unified: {},
    memorySwapLimitInBytes: s(memory.swap),
  };
}
