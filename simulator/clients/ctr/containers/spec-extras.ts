// Spec options of `ctr run` / `ctr c create` that run_unix.go applies but the containerd
// layer's spec builder (NewContainerOptions) has no field for: --with-ns
// (oci.WithLinuxNamespace), --rdt-class (oci.WithRdt), --gpus (contrib/nvidia WithGPUs) and
// --device (oci.WithDevices). Each check fails where ctr's does; the options that only add
// to the spec go to NewContainer as spec options, so `ctr c info` shows the spec a real ctr
// would have sent and the container is stored once.

import { plain } from '../../../errdefs/errdefs';
import { withLinuxDevice, type OciSpec } from '../../../containerd/client/index';
import { hostDevices } from '../../../host/host-devices';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { isVfsError, normalizePath, stat } from '../../../host/vfs';
import type { CtrContext } from '../ctr-env';

/** What the stored spec gains. */
export interface SpecExtras {
  /** --with-ns in order: each replaces the default namespace of its type, or is appended. */
  namespaces: Array<{ type: string; path: string }>;
  /** --rdt-class: linux.intelRdt.closID ("" adds nothing). */
  rdtClass: string;
  /** --device: host device nodes, each added with access rwm (oci.WithDevices(path, "", "rwm")). */
  devices: string[];
}

/** run_unix.go validNamespace: the namespace types of the runtime spec. */
const NAMESPACE_TYPES = new Set(['pid', 'network', 'uts', 'mount', 'user', 'ipc', 'cgroup']);

/** The namespaces the default spec already makes new (oci/spec.go defaultUnixNamespaces). */
const FRESH_BY_DEFAULT = new Set(['pid', 'ipc', 'uts', 'mount', 'network']);

/**
 * NewContainer's --with-ns checks, made before anything is created. A task that joins another
 * process's namespaces is not modelled: `ctr run` with a valid --with-ns says so (a container
 * made by `c create` only stores the paths, as the real one does).
 */
export function specExtras(c: CtrContext, runOnly: boolean): SpecExtras {
  const namespaces = c.stringSlice('with-ns').map((value) => {
    const parts = value.split(':');
    if (parts.length !== 2) throw plain("joining a Linux namespace using --with-ns requires the format 'nstype:path'");
    const [type = '', path = ''] = parts;
    if (!NAMESPACE_TYPES.has(type)) throw plain(`the Linux namespace type specified in --with-ns is not valid: ${type}`);
    return { type, path };
  });
  // An empty path asks for a new namespace of that type, which is what the default spec gives
  // pid, ipc, uts, mount and network anyway: such a task runs as without the flag.
  if (runOnly && namespaces.some((ns) => ns.path !== '' || !FRESH_BY_DEFAULT.has(ns.type))) {
    throw new NotSimulatedError('a task joining existing Linux namespaces (--with-ns)', "ctr's help");
  }
  const devices = c.stringSlice('device').map((d) => normalizePath(d, c.io.cwd));
  return { namespaces, rdtClass: c.string('rdt-class'), devices };
}

/**
 * The spec options that fail while the spec is built, after the container's snapshot was
 * prepared: WithGPUs looks for nvidia-container-cli (no node here has one), then WithDevices
 * stats each --device path (getDevices): a file that is no device node is ErrNotADevice. A
 * directory, whose device nodes WithDevices would walk, is not modelled.
 */
export function checkSpecBuildFlags(c: CtrContext): void {
  if (c.isSet('gpus')) throw plain('exec: "nvidia-container-cli": executable file not found in $PATH');
  for (const device of c.stringSlice('device')) {
    try {
      stat(c.env.node.state.host.files, normalizePath(device, c.io.cwd));
    } catch (err) {
      const why = isVfsError(err, 'ENOTDIR') ? 'not a directory' : 'no such file or directory';
      throw plain(`error stating device path: stat ${device}: ${why}`);
    }
    const path = normalizePath(device, c.io.cwd);
    if (hostDevices().some((d) => d.path === path)) continue;
    if (c.env.node.state.host.files[path]?.kind !== 'dir') throw plain('not a device node');
    throw new NotSimulatedError("ctr's --device with a directory of devices", "ctr's help");
  }
}

/** oci.WithLinuxNamespace and oci.WithRdt, as a spec option of NewContainer. */
export function specExtrasOpt(extras: SpecExtras): (spec: OciSpec) => OciSpec {
  return (built) => {
    if (extras.namespaces.length === 0 && extras.rdtClass === '' && extras.devices.length === 0) return built;
    const spec = structuredClone(built);
    const linux = (spec.linux ??= {}) as Record<string, unknown> & { namespaces?: Array<{ type: string; path?: string }> };
    for (const ns of extras.namespaces) {
      const list = (linux.namespaces ??= []);
      const at = list.findIndex((n) => n.type === ns.type);
      // specs.LinuxNamespace's path is omitempty.
      const entry = ns.path === '' ? { type: ns.type } : { ...ns };
      if (at >= 0) list[at] = entry;
      else list.push(entry);
    }
    // specs.Linux puts IntelRdt after readonlyPaths and mountLabel: last, as appended here.
    if (extras.rdtClass !== '') linux.intelRdt = { closID: extras.rdtClass };
    return extras.devices.reduce((s, path) => withLinuxDevice({}, s, path, 'rwm'), spec);
  };
}
