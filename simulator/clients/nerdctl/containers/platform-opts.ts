// The rest of setPlatformOptions (cmd/nerdctl/run_linux.go@v0.22.2) after the cgroup flags,
// in its order: the labels (read early, so a missing --label-file fails before the image), the
// capabilities (run_security_linux.go generateCapOpts: names upper-cased and given CAP_, ALL
// on either side), --security-opt (seccomp's default profile unless unconfined or a file,
// AppArmor — absent from this node's kernel, so a profile is ignored with a warning —,
// no-new-privileges), --privileged (which wins over all of them: every capability, no
// seccomp, writable sysfs and cgroupfs), --shm-size, --pid (host only), --ulimit, --sysctl,
// --gpus (checked; gpu-opts.ts), --rdt-class (linux.intelRdt), --ipc and
// --oom-score-adj; then --umask from createContainer's later user options.

import { KERNEL_CAPABILITIES } from '../../../host/kernel-capabilities';
import { withLinuxField, type OciSpec, type SpecMount } from '../../../containerd/client/index';
import { convertKvStringsToMap } from '../../kv-strings';
import { parseUlimit, rlimitValue } from '../../parse-ulimit';
import { ramInBytes } from '../../../go/units-size';
import { seccompProfileFile } from '../../ctr/containers/seccomp-file';
import type { NerdctlContext } from '../nerdctl-env';
import { dedupe } from './idgen-env';
import { parseGpuOpts } from './gpu-opts';

/** What newContainer builds into the spec from these flags. */
interface PlatformSpecFlags {
  capAdd: string[];
  capDrop: string[];
  dropAllCaps: boolean;
  addAllCaps: boolean;
  privileged: boolean;
  allowNewPrivileges: boolean;
  seccomp?: 'default' | (() => Record<string, unknown>);
}

export interface PlatformOpts {
  spec: PlatformSpecFlags;
  /** --gpus was given: nvidia.WithGPUs runs inside NewContainer (gpu-opts.ts withGpus). */
  gpus: boolean;
  /** The edits nerdctl's own spec options make after the spec is built. */
  edit: (spec: OciSpec) => OciSpec;
}


/** strconv.ParseBool. */
function parseBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new Error(`strconv.ParseBool: parsing ${JSON.stringify(s)}: invalid syntax`);
}

function capabilityOpts(c: NerdctlContext): Pick<PlatformSpecFlags, 'capAdd' | 'capDrop' | 'dropAllCaps' | 'addAllCaps'> {
  const add = dedupe(c.stringSlice('cap-add'));
  const drop = dedupe(c.stringSlice('cap-drop'));
  const canonical = (name: string) => {
    if (name === '') return '';
    const upper = name.toUpperCase();
    const full = upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
    // Not fatal in nerdctl: the runtime may know it.
    if (!KERNEL_CAPABILITIES.includes(full)) c.env.log.warn(`Unknown capability name ${JSON.stringify(full)}`);
    return full;
  };
  if (add.length === 0 && drop.length === 0) return { capAdd: [], capDrop: [], dropAllCaps: false, addAllCaps: false };
  const dropAllCaps = drop.includes('ALL');
  const addAllCaps = add.includes('ALL');
  const capAdd = addAllCaps ? [] : add.map(canonical);
  const capDrop = dropAllCaps ? [] : drop.map(canonical);
  return { capAdd, capDrop, dropAllCaps, addAllCaps };
}

function securityOpts(c: NerdctlContext): Pick<PlatformSpecFlags, 'seccomp' | 'allowNewPrivileges'> {
  const opts = convertKvStringsToMap(dedupe(c.stringSlice('security-opt')));
  for (const key of Object.keys(opts)) {
    if (key !== 'seccomp' && key !== 'apparmor' && key !== 'no-new-privileges') c.env.log.warn(`Unknown security-opt: ${JSON.stringify(key)}`);
  }
  let seccomp: PlatformSpecFlags['seccomp'] = 'default';
  const profile = opts['seccomp'];
  if (profile !== undefined) {
    if (profile === '') throw new Error('invalid security-opt "seccomp"');
    const files = c.env.node.state.host.files;
    const cwd = c.io.cwd;
    seccomp = profile === 'unconfined' ? undefined : () => seccompProfileFile(files, cwd, profile);
  }
  const apparmor = opts['apparmor'];
  if (apparmor !== undefined) {
    if (apparmor === '') throw new Error('invalid security-opt "apparmor"');
    if (apparmor !== 'unconfined') c.env.log.warn(`The host does not support AppArmor. Ignoring profile ${JSON.stringify(apparmor)}`);
  }
  let noNewPrivileges = false;
  const nnp = opts['no-new-privileges'];
  if (nnp !== undefined) {
    try {
      noNewPrivileges = nnp === '' ? true : parseBool(nnp);
    } catch (err) {
      throw new Error(`invalid "no-new-privileges" value: ${JSON.stringify(nnp)}: ${(err as Error).message}`);
    }
  }
  return { seccomp, allowNewPrivileges: !noNewPrivileges };
}

/** oci.WithDevShmSize: the shm tmpfs's size= option replaced by one at the end. */
function withShmSize(mounts: SpecMount[], kb: number): SpecMount[] {
  return mounts.map((m) =>
    m.destination === '/dev/shm' && m.source === 'shm' && m.type === 'tmpfs' ? { ...m, options: [...(m.options ?? []).filter((o) => !o.startsWith('size=')), `size=${kb}k`] } : m,
  );
}

/** withBindMountHostIPC: the host's /dev/shm and /dev/mqueue bound in place of the container's. */
function withHostIpcMounts(mounts: SpecMount[]): SpecMount[] {
  return mounts.map((m) =>
    m.destination === '/dev/shm' || m.destination === '/dev/mqueue' ? { destination: m.destination, type: 'bind', source: m.destination, options: ['rbind', 'nosuid', 'noexec', 'nodev'] } : m,
  );
}

/** The checks and spec options of the flags above, or the first error among them. */
export function generatePlatformOpts(c: NerdctlContext, readLabels: () => void): PlatformOpts {
  readLabels();
  const caps = capabilityOpts(c);
  const security = securityOpts(c);
  const privileged = c.bool('privileged');
  const shmSize = c.string('shm-size');
  const shmKb = shmSize !== '' ? Math.trunc(ramInBytes(shmSize) / 1024) : undefined;
  // v0.22.2 knows only the host's PID namespace (container:<c> came in 1.0).
  const pidNs = c.string('pid').toLowerCase();
  if (pidNs !== '' && pidNs !== 'host') throw new Error('invalid pid namespace. Set --pid=host to enable host pid namespace');
  const rlimits = dedupe(c.stringSlice('ulimit')).map((u) => {
    const l = parseUlimit(u);
    return { type: `RLIMIT_${l.name.toUpperCase()}`, hard: rlimitValue(l.hard), soft: rlimitValue(l.soft) };
  });
  const sysctls = Object.entries(convertKvStringsToMap(c.stringSlice('sysctl')));
  const gpus = parseGpuOpts(c);
  // oci.WithRdt(class, "", ""): linux.intelRdt with the CLOS id alone.
  const rdtClass = c.string('rdt-class');
  const ipc = c.string('ipc');
  if (ipc !== '' && ipc !== 'private' && ipc !== 'host') throw new Error("error: invalid ipc value, supported values are 'private' or 'host'");
  let oomScoreAdj: number | undefined;
  if (c.isSet('oom-score-adj')) {
    oomScoreAdj = c.int('oom-score-adj');
    if (oomScoreAdj < -1000 || oomScoreAdj > 1000) throw new Error(`invalid value ${oomScoreAdj}, range for oom score adj is [-1000, 1000]`);
  }
  let umask: number | undefined;
  const umaskText = c.string('umask');
  if (c.isSet('umask') && umaskText !== '') {
    if (!/^[0-7]+$/.test(umaskText) || Number.parseInt(umaskText, 8) > 0xffff_ffff) throw new Error(`invalid Umask Value:${umaskText}`);
    umask = Number.parseInt(umaskText, 8);
  }

  const edit = (spec: OciSpec): OciSpec => {
    const out = structuredClone(spec) as OciSpec & { linux: Record<string, unknown> };
    let mounts = out.mounts;
    // WithPrivileged's WithWriteableCgroupfs: the cgroup mount nerdctl adds turns rw.
    if (privileged) mounts = mounts.map((m) => (m.type === 'cgroup' ? { ...m, options: (m.options ?? []).map((o) => (o === 'ro' ? 'rw' : o)) } : m));
    if (shmKb !== undefined) mounts = withShmSize(mounts, shmKb);
    if (ipc === 'host') mounts = withHostIpcMounts(mounts);
    out.mounts = mounts;
    const proc = out.process as unknown as Record<string, unknown>;
    if (rlimits.length > 0) proc.rlimits = rlimits;
    if (umask !== undefined) {
      // specs.User's key order: uid, gid, umask, additionalGids, username.
      const { uid, gid, ...rest } = proc.user as Record<string, unknown>;
      proc.user = { uid, gid, umask, ...rest };
    }
    if (oomScoreAdj !== undefined) {
      // specs.Process's key order puts oomScoreAdj after apparmorProfile and before selinuxLabel.
      const { selinuxLabel, ...rest } = proc;
      out.process = { ...rest, oomScoreAdj, ...(selinuxLabel !== undefined ? { selinuxLabel } : {}) } as unknown as OciSpec['process'];
    }
    if (sysctls.length > 0) {
      // specs.Linux's key order: uidMappings, gidMappings, sysctl, resources, …; Go sorts map keys.
      const { uidMappings, gidMappings, ...rest } = out.linux;
      const sysctl = Object.fromEntries([...sysctls].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      out.linux = { ...(uidMappings ? { uidMappings } : {}), ...(gidMappings ? { gidMappings } : {}), sysctl, ...rest };
    }
    // oci.WithHostNamespace: the entry goes, runc makes no namespace of that type.
    const hostNamespaces = [...(pidNs === 'host' ? ['pid'] : []), ...(ipc === 'host' ? ['ipc'] : [])];
    if (hostNamespaces.length > 0) {
      const namespaces = (out.linux.namespaces as { type: string }[] | undefined) ?? [];
      out.linux.namespaces = namespaces.filter((n) => !hostNamespaces.includes(n.type));
    }
    return rdtClass !== '' ? withLinuxField(out, 'intelRdt', { closID: rdtClass }) : out;
  };

  return {
    gpus,
    spec: privileged ? { capAdd: [], capDrop: [], dropAllCaps: false, addAllCaps: false, privileged, allowNewPrivileges: true } : { ...caps, ...security, privileged },
    edit,
  };
}
