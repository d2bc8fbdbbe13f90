// Turns the shared container flags into the client's NewContainer options, the way ctr's
// run_unix.go reads them: --mount specs, --env-file lines, labels, capabilities.

import type { NewContainerOptions, SpecMount } from '../../../containerd/client/index';
import { plain } from '../../../errdefs/errdefs';
import { normalizePath, readFile } from '../../../host/vfs';
import type { CtrContext } from '../ctr-env';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { labelArgs } from '../namespaces/label-args';

/** Flags whose effect this simulator does not model: refused by name rather than ignored. */
const NOT_SIMULATED_FLAGS = [
  'privileged', 'with-ns', 'gpus', 'device', 'seccomp', 'seccomp-profile', 'apparmor-default-profile',
  'apparmor-profile', 'rdt-class', 'no-pivot', 'rootfs-propagation', 'runtime-config-path',
  'uidmap', 'gidmap', 'remap-labels', 'runc-binary', 'runc-root', 'runc-systemd-cgroup', 'log-uri', 'fifo-dir',
];

/** Throws NotSimulatedError for the first flag given that the simulator would silently ignore. */
export function refuseUnsimulatedFlags(c: CtrContext): void {
  for (const name of NOT_SIMULATED_FLAGS) {
    if (c.isSet(name)) throw new NotSimulatedError(`ctr's --${name} flag`, "ctr's help and containerd's docs/getting-started.md");
  }
}

/** ctr's parseMountFlag: comma-separated key=value, options joined by ':'. */
function parseMount(text: string): SpecMount {
  const mount: SpecMount = { destination: '', type: '', source: '' };
  for (const field of text.split(',')) {
    const eq = field.indexOf('=');
    if (eq < 0) throw plain('invalid mount specification: expected key=val');
    const key = field.slice(0, eq);
    const val = field.slice(eq + 1);
    if (key === 'type') mount.type = val;
    else if (key === 'source' || key === 'src') mount.source = val;
    else if (key === 'destination' || key === 'dst') mount.destination = val;
    else if (key === 'options') mount.options = val.split(':');
    else throw plain(`mount option ${JSON.stringify(key)} not supported`);
  }
  return mount;
}

/** --env-file: one KEY=value a line, taken as is; only empty lines and lines starting with # are skipped. */
function envFile(c: CtrContext): string[] {
  const path = c.string('env-file');
  if (!path) return [];
  const full = normalizePath(path, c.io.cwd);
  let text: string;
  try {
    text = readFile(c.env.node.state.host.files, full);
  } catch {
    throw plain(`open ${path}: no such file or directory`);
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.filter((l) => l !== '' && !l.startsWith('#'));
}

/** The options of `ctr run` / `ctr c create` for image `ref`, container `id` and `args`. */
export function containerOptions(c: CtrContext, ref: string, id: string, args: string[], runOnly: boolean): NewContainerOptions {
  return {
    ref,
    id,
    snapshotter: c.string('snapshotter'),
    snapshotterLabels: labelArgs(c.stringSlice('snapshotter-label')),
    labels: labelArgs(c.stringSlice('label')),
    annotations: labelArgs(c.stringSlice('annotation')),
    env: [...envFile(c), ...c.stringSlice('env')],
    args,
    cwd: c.string('cwd'),
    terminal: c.bool('tty'),
    netHost: c.bool('net-host'),
    mounts: c.stringSlice('mount').map(parseMount),
    readOnly: c.bool('read-only'),
    allowNewPrivileges: c.bool('allow-new-privs'),
    capAdd: c.stringSlice('cap-add'),
    capDrop: c.stringSlice('cap-drop'),
    user: '',
    runtime: c.string('runtime'),
    platform: runOnly ? c.string('platform') : '',
    cpuShares: runOnly ? c.int('cpu-shares') : undefined,
    cpus: runOnly ? c.float('cpus') : undefined,
    memoryLimit: c.int('memory-limit'),
    cpuQuota: c.int('cpu-quota'),
    cpuPeriod: c.int('cpu-period'),
    cgroupsPath: runOnly && c.isSet('cgroup') ? c.string('cgroup') : undefined,
  };
}

