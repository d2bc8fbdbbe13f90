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
import { criCgroupsPath } from './cgroups-path';

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

/**
 * generateUserString (container_create_linux.go @v1.6.20): run_as_username over run_as_user,
 * `:<run_as_group>` appended; a group without a user is refused. "" when neither is set.
 */
export function generateUserString(config: ContainerConfig): string {
  const sc = config.linux?.securityContext;
  let userstr = sc?.runAsUser ? String(Number(sc.runAsUser.value ?? 0)) : '';
  if (sc?.runAsUsername) userstr = sc.runAsUsername;
  const groupstr = sc?.runAsGroup ? String(Number(sc.runAsGroup.value ?? 0)) : '';
  if (userstr === '') {
    if (groupstr !== '') throw plain(`user group ${JSON.stringify(groupstr)} is specified without user`);
    return '';
  }
  return groupstr === '' ? userstr : `${userstr}:${groupstr}`;
}

/**
 * The process user as far as it can be known without the container's files: numbers as given.
 * A name, or a uid whose primary group /etc/passwd holds, is settled once the container's
 * snapshot exists (oci.WithUser runs inside NewContainer; create.ts).
 */
function user(inputs: SpecInputs): { uid: number; gid: number } {
  let userstr = '';
  try {
    userstr = generateUserString(inputs.config);
  } catch {
    // refused after the spec is made, by containerSpecOpts (create.ts)
  }
  userstr ||= inputs.image.User || '';
  const [who = '', group] = userstr.split(':');
  const num = (x: string | undefined) => (x !== undefined && /^\d+$/.test(x) ? Number(x) : 0);
  return { uid: num(who), gid: num(group) };
}

/**
 * WithAdditionalGIDs then WithSupplementalGroups (pkg/cri/opts @v1.6.20): the primary group
 * (kept since the CVE-2023-25173 fix) and the config's supplemental groups, deduplicated and
 * sorted as mergeGids leaves them.
 */
export function additionalGids(gid: number, config: ContainerConfig): number[] {
  const supplemental = (config.linux?.securityContext?.supplementalGroups ?? []).map((g) => Number(g) >>> 0);
  return [...new Set([gid, ...supplemental])].sort((a, b) => a - b);
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
  // The pod's hostname, hosts and resolv.conf are read-only with a read-only rootfs; /dev/shm never.
  const readonly = inputs.config.linux?.securityContext?.readonlyRootfs === true;
  const out: Mount[] = [];
  if (wanted('/etc/hostname')) out.push({ containerPath: '/etc/hostname', hostPath: `${dir}/hostname`, readonly });
  if (wanted('/etc/hosts')) out.push({ containerPath: '/etc/hosts', hostPath: `${dir}/hosts`, readonly });
  if (wanted('/etc/resolv.conf')) out.push({ containerPath: '/etc/resolv.conf', hostPath: `${dir}/resolv.conf`, readonly });
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
  process.user = { uid, gid, additionalGids: additionalGids(gid, config) };
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
    linux: { resources, cgroupsPath: criCgroupsPath(inputs.sandboxConfig.linux?.cgroupParent, inputs.id), namespaces: namespaces(inputs) },
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
