// The OCI runtime spec ctr 1.6 generates (oci.GenerateSpec plus the With… options of
// cmd/ctr/commands/run/run_unix.go). Keys are inserted in the order of the Go structs of
// runtime-spec v1.0.2, because `ctr c info` prints them in that order and JSON.stringify
// keeps insertion order. Optional Go fields (omitempty) are left out when empty.

import type { OciSpec } from '../metadata/schema';
import { hostDevices } from '../../host/host-devices';
import { ALL_CURRENT_CAPS, ALL_DEVICES_ALLOWED, writeableSysfs } from './privileged';
import { defaultSeccompProfile } from './seccomp-profile';
import { plain } from '../../errdefs/errdefs';

export const DEFAULT_PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * The capabilities containerd grants by default (oci/spec.go defaultUnixCaps): ctr's specs and
 * the CRI plugin's (sandbox and container specs) start from them.
 */
export const DEFAULT_UNIX_CAPS: readonly string[] = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FSETID',
  'CAP_FOWNER',
  'CAP_MKNOD',
  'CAP_NET_RAW',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETFCAP',
  'CAP_SETPCAP',
  'CAP_NET_BIND_SERVICE',
  'CAP_SYS_CHROOT',
  'CAP_KILL',
  'CAP_AUDIT_WRITE',
];

export interface SpecMount {
  destination: string;
  type: string;
  source: string;
  options?: string[];
}

/**
 * What ctr's flags decide about the spec as they are, with no image config mixed in:
 * newContainer takes these from the caller and passes them on unchanged.
 */
export interface SpecFlags {
  terminal: boolean;
  /** --net-host: no network namespace, the host's /etc/hosts and resolv.conf, HOSTNAME env. */
  netHost: boolean;
  /** --mount entries in order. */
  mounts: SpecMount[];
  readOnly: boolean;
  allowNewPrivileges: boolean;
  capAdd: string[];
  capDrop: string[];
  /**
   * nerdctl's `--cap-drop ALL` (oci.WithCapabilities(nil)) and `--cap-add ALL`
   * (oci.WithAllCurrentCapabilities), applied in that order before capAdd and capDrop.
   */
  dropAllCaps?: boolean;
  addAllCaps?: boolean;
  /** --privileged: oci.WithPrivileged, WithAllDevicesAllowed, WithHostDevices (privileged.ts). */
  privileged?: boolean;
  /**
   * --seccomp: 'default' for contrib/seccomp DefaultProfile (built from the capabilities the
   * spec ends with), the profile a --seccomp-profile file gave, already decoded, or the reader
   * of that file: contrib/seccomp WithProfile is a spec option, so ctr reads the file only while
   * the spec is built, after the container's snapshot was prepared (a missing file still costs
   * the snapshotter an id).
   */
  seccomp?: 'default' | Record<string, unknown> | (() => Record<string, unknown>);
  /**
   * --apparmor-default-profile (contrib/apparmor WithDefaultProfile, which first reads the
   * kernel's loaded profiles) or --apparmor-profile (WithProfile): process.apparmorProfile.
   */
  apparmor?: { profile: string; loadDefault: boolean };
  /** --rootfs-propagation: linux.rootfsPropagation as typed ("" leaves it out); runc checks it. */
  rootfsPropagation?: string;
  /** ctr run only: --cpu-shares (1024 by default); c create leaves cpu unset. */
  cpuShares?: number;
  /** --cpus as a CFS quota with a 100ms period; 0 leaves it unset. */
  cpus?: number;
  /** --memory-limit in bytes; 0 leaves it unset. */
  memoryLimit?: number;
  /** --cpu-quota (-1 leaves it unset) and --cpu-period (0 leaves it unset). */
  cpuQuota?: number;
  cpuPeriod?: number;
  /** ctr run --cgroup: replaces /<namespace>/<id>; "" leaves cgroupsPath out, undefined keeps it. */
  cgroupsPath?: string;
}

/** Everything ctr's flags and the image config decide about the spec. */
export interface SpecOptions extends SpecFlags {
  namespace: string;
  id: string;
  /** Image config Env, then --env-file, then --env (later entries replace earlier keys). */
  env: string[];
  args: string[];
  cwd: string;
  uid: number;
  gid: number;
  /** The node's hostname (HOSTNAME env under --net-host). */
  hostHostname: string;
  /** --label and --annotation values (ctr 1.6 puts both into the spec's annotations). */
  annotations: Record<string, string>;
}

function defaultMounts(): SpecMount[] {
  return [
    { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
    {
      destination: '/dev/pts',
      type: 'devpts',
      source: 'devpts',
      options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'],
    },
    { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] },
    { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
    { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
    { destination: '/run', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
  ];
}

/** The default device cgroup rules: deny all, then the usual character devices. */
function defaultDevices(): Array<Record<string, unknown>> {
  const allow = (major: number, minor?: number): Record<string, unknown> =>
    minor === undefined
      ? { allow: true, type: 'c', major, access: 'rwm' }
      : { allow: true, type: 'c', major, minor, access: 'rwm' };
  return [
    { allow: false, access: 'rwm' },
    allow(1, 3),
    allow(1, 8),
    allow(1, 7),
    allow(5, 0),
    allow(1, 5),
    allow(1, 9),
    allow(5, 1),
    allow(136),
    allow(5, 2),
  ];
}

/** The paths the default spec masks and makes read-only (oci/spec.go populateDefaultUnixSpec). */
export const DEFAULT_MASKED_PATHS: readonly string[] = [
  '/proc/acpi',
  '/proc/asound',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/sys/firmware',
  '/proc/scsi',
];

export const DEFAULT_READONLY_PATHS: readonly string[] = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** Replaces KEY=… entries in place or appends them, as containerd's replaceOrAppendEnvValues. */
export function mergeEnv(base: readonly string[], overrides: readonly string[]): string[] {
  // oci/spec_opts.go replaceOrAppendEnvValues: an index per key of the base (the last entry of
  // that name); an override replaces that entry or is appended, and a value without `=` unsets
  // the key and is never added itself. Appended entries are not indexed, so overrides of one
  // call never replace each other: `--env X=1 --env X=` keeps both, `--env X=1 --env X` keeps
  // X=1 (containerd 1.6.20).
  const out: (string | undefined)[] = [...base];
  const keyOf = (e: string) => e.split('=')[0] ?? e;
  const at = new Map<string, number>();
  base.forEach((e, i) => at.set(keyOf(e), i));
  for (const entry of overrides) {
    if (!entry.includes('=')) {
      const i = at.get(entry);
      if (i !== undefined) out[i] = undefined;
      continue;
    }
    const i = at.get(keyOf(entry));
    if (i !== undefined) out[i] = entry;
    else out.push(entry);
  }
  return out.filter((e): e is string => e !== undefined);
}

/**
 * oci.GenerateSpec with no options (oci/spec.go populateDefaultUnixSpec), as `ctr oci spec`
 * prints it: no args, no env, no additional gids, only the deny-all device rule, and
 * `/<namespace>/<id>` as the cgroups path.
 */
export function defaultUnixSpec(namespace: string, id: string): Record<string, unknown> {
  const caps = () => [...DEFAULT_UNIX_CAPS];
  return {
    ociVersion: '1.0.2-dev',
    process: {
      user: { uid: 0, gid: 0 },
      cwd: '/',
      capabilities: { bounding: caps(), effective: caps(), permitted: caps() },
      rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
      noNewPrivileges: true,
    },
    root: { path: 'rootfs' },
    mounts: defaultMounts(),
    linux: {
      resources: { devices: [{ allow: false, access: 'rwm' }] },
      cgroupsPath: ['', namespace, id].join('/').replace(/\/+/g, '/').replace(/(.)\/$/, '$1'),
      namespaces: ['pid', 'ipc', 'uts', 'mount', 'network'].map((type) => ({ type })),
      maskedPaths: [...DEFAULT_MASKED_PATHS],
      readonlyPaths: [...DEFAULT_READONLY_PATHS],
    },
  };
}

export function generateSpec(o: SpecOptions): OciSpec {
  // The caller merged the env already, in its spec options' order.
  let env = [...o.env];
  if (o.terminal) env = mergeEnv(env, ['TERM=xterm']);
  if (o.netHost) env = mergeEnv(env, [`HOSTNAME=${o.hostHostname}`]);
  // run_unix.go's order: --privileged sets every current capability, then --cap-add appends
  // what is missing and --cap-drop removes (so `--cap-add X --cap-drop X` leaves X out).
  let caps = [...(o.privileged ? ALL_CURRENT_CAPS : DEFAULT_UNIX_CAPS)];
  if (o.dropAllCaps) caps = [];
  if (o.addAllCaps) caps = [...ALL_CURRENT_CAPS];
  for (const c of o.capAdd) if (!caps.includes(c)) caps.push(c);
  for (const c of o.capDrop) while (caps.includes(c)) caps.splice(caps.indexOf(c), 1);

  const process: OciSpec['process'] = {} as OciSpec['process'];
  if (o.terminal) process.terminal = true;
  Object.assign(process, {
    user: { uid: o.uid, gid: o.gid, additionalGids: [o.gid] },
    args: o.args,
    env,
    cwd: o.cwd,
    // removeCap leaves a nil slice when every capability is dropped: omitempty hides it.
    capabilities: caps.length > 0 ? { bounding: [...caps], effective: [...caps], permitted: [...caps] } : {},
    rlimits: [{ type: 'RLIMIT_NOFILE', hard: 1024, soft: 1024 }],
  });
  if (!o.allowNewPrivileges) process.noNewPrivileges = true;
  if (o.apparmor) {
    // apparmor_linux.go LoadDefaultProfile: isLoaded reads the kernel's list of profiles, which a
    // node without AppArmor (the simulated one, like the recorded node) does not have.
    if (o.apparmor.loadDefault) throw plain('open /sys/kernel/security/apparmor/profiles: no such file or directory');
    process.apparmorProfile = o.apparmor.profile;
  }

  const base = defaultMounts().concat(o.mounts);
  const mounts = o.privileged ? writeableSysfs(base) : base;
  if (o.netHost) {
    mounts.push(
      { destination: '/etc/hosts', type: 'bind', source: '/etc/hosts', options: ['rbind', 'ro'] },
      { destination: '/etc/resolv.conf', type: 'bind', source: '/etc/resolv.conf', options: ['rbind', 'ro'] },
    );
  }

  const resources: Record<string, unknown> = { devices: o.privileged ? [...ALL_DEVICES_ALLOWED] : defaultDevices() };
  if (o.memoryLimit) resources.memory = { limit: o.memoryLimit };
  // ctr converts --cpus as Go does, int64(cpus * 100000.0): truncated, never rounded, and
  // only a positive value sets it (1.5 → 150000, 0.29 → 28999).
  // (Go turns +Inf into int64 -2^63 on amd64; not modelled: an infinite --cpus sets nothing here.)
  const byCpus = o.cpus !== undefined && o.cpus > 0 && Number.isFinite(o.cpus);
  // --cpu-quota/--cpu-period: oci.WithCPUCFS sets both as soon as either is given (a quota
  // alone stores period 0, a period alone quota -1).
  const cfs = !byCpus && ((o.cpuQuota ?? -1) !== -1 || (o.cpuPeriod ?? 0) !== 0);
  const quota = byCpus ? Math.trunc((o.cpus ?? 0) * 100000) : cfs ? (o.cpuQuota ?? -1) : undefined;
  const period = byCpus ? 100000 : cfs ? (o.cpuPeriod ?? 0) : undefined;
  if (o.cpuShares !== undefined || quota !== undefined || period !== undefined) {
    const cpu: Record<string, unknown> = {};
    if (o.cpuShares !== undefined) cpu.shares = o.cpuShares;
    if (quota !== undefined) cpu.quota = quota;
    if (period !== undefined) cpu.period = period;
    resources.cpu = cpu;
  }
  const namespaces = ['pid', 'ipc', 'uts', 'mount', ...(o.netHost ? [] : ['network'])].map((type) => ({ type }));

  const spec: OciSpec = {
    ociVersion: '1.0.2-dev',
    process,
    root: o.readOnly ? { path: 'rootfs', readonly: true } : { path: 'rootfs' },
    mounts,
  };
  if (Object.keys(o.annotations).length > 0) spec.annotations = { ...o.annotations };
  const cgroupsPath = o.cgroupsPath ?? `/${o.namespace}/${o.id}`;
  // Keys in specs.Linux order: resources, cgroupsPath, namespaces, devices, seccomp,
  // rootfsPropagation, maskedPaths, readonlyPaths (the privileged spec's nil paths are omitted).
  const linux: Record<string, unknown> = { resources };
  if (cgroupsPath) linux.cgroupsPath = cgroupsPath;
  linux.namespaces = namespaces;
  if (o.privileged) linux.devices = hostDevices();
  // WithPrivileged clears seccomp, but --seccomp is applied after it and sets it again.
  if (o.seccomp === 'default') linux.seccomp = defaultSeccompProfile(caps);
  else if (typeof o.seccomp === 'function') linux.seccomp = o.seccomp();
  else if (o.seccomp) linux.seccomp = o.seccomp;
  if (o.rootfsPropagation) linux.rootfsPropagation = o.rootfsPropagation;
  if (!o.privileged) {
    linux.maskedPaths = [...DEFAULT_MASKED_PATHS];
    linux.readonlyPaths = [...DEFAULT_READONLY_PATHS];
  }
  spec.linux = linux as OciSpec['linux'];
  return spec;
}
