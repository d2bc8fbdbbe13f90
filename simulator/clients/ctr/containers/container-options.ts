// Turns the shared container flags into the client's NewContainer options, the way ctr's
// run_unix.go reads them: --mount specs, --env-file lines, labels, capabilities.

import { DEFAULT_SNAPSHOTTER, type NewContainerOptions, type SpecMount } from '../../../containerd/client/index';
import { plain } from '../../../errdefs/errdefs';
import { isVfsError, normalizePath, readFile } from '../../../host/vfs';
import type { CtrContext } from '../ctr-env';
import { clientOf } from '../ctr-env';
import { defaultMatcher, onlyPlatforms, parsePlatform } from '../../../oci/platform';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { labelArgs } from '../namespaces/label-args';
import { seccompProfileFile } from './seccomp-file';
import { checkSpecBuildFlags } from './spec-extras';

/**
 * The first half of run_unix.go NewContainer: the image is looked up, and unpacked when it is
 * not yet, BEFORE ctr checks its other flags — so `--cap-add NET_ADMIN` fails with the image
 * already unpacked, as on a real node.
 */
export function unpackForNewContainer(c: CtrContext, ref: string, runOnly: boolean): void {
  const images = clientOf(c).images;
  const image = images.get(ref);
  const platform = runOnly ? c.string('platform') : '';
  const matcher = platform ? onlyPlatforms([parsePlatform(platform)]) : defaultMatcher;
  const snapshotter = c.string('snapshotter') || DEFAULT_SNAPSHOTTER;
  // image.Unpack (image.go @v1.6.20) takes a lease of its own.
  if (!images.isUnpacked(image, snapshotter, matcher)) clientOf(c).leases.withLease(() => images.unpack(image, snapshotter, matcher));
}

/** commands.AnnotationArgs: each --annotation must be key=value (the value may be empty). */
function annotationArgs(args: readonly string[]): Record<string, string> {
  for (const a of args) if (!a.includes('=')) throw plain(`invalid key=value format annotation: ${a}`);
  return labelArgs(args);
}

/** run_unix.go: --cap-add and --cap-drop values must carry the `CAP_` prefix. */
function capabilities(c: CtrContext, flag: 'cap-add' | 'cap-drop'): string[] {
  const caps = c.stringSlice(flag);
  if (caps.some((cap) => !cap.startsWith('CAP_'))) throw plain("capabilities must be specified with 'CAP_' prefix");
  return caps;
}

/** run_unix.go: --apparmor-default-profile, else --apparmor-profile (both at once are refused). */
function apparmorFlags(c: CtrContext): { profile: string; loadDefault: boolean } | undefined {
  const byDefault = c.string('apparmor-default-profile');
  const profile = c.string('apparmor-profile');
  if (profile !== '' && byDefault !== '') throw plain('apparmor-profile conflicts with apparmor-default-profile');
  if (byDefault !== '') return { profile: byDefault, loadDefault: true };
  return profile !== '' ? { profile, loadDefault: false } : undefined;
}

/** Flags whose effect this simulator does not model: refused by name rather than ignored. */
const NOT_SIMULATED_FLAGS = ['runtime-config-path', 'runc-binary', 'runc-root', 'runc-systemd-cgroup'];
// Not refused: --no-pivot (runc's --no-pivot changes how the root is entered, nothing a
// learner sees), --log-uri and --fifo-dir (run/task-io.ts; ctr c create ignores all three);
// --with-ns, --rdt-class, --gpus and --device (spec-extras.ts) and --uidmap, --gidmap and
// --remap-labels (run/id-mapping.ts) are checked as ctr checks them.

/** Throws NotSimulatedError for the first flag given that the simulator would silently ignore. */
export function refuseUnsimulatedFlags(c: CtrContext): void {
  // getRuncOptions (run_unix.go @v1.6.20) checks this pair before anything uses the options.
  if (c.isSet('runc-systemd-cgroup') && c.bool('runc-systemd-cgroup') && c.string('cgroup') === '') {
    throw plain('option --runc-systemd-cgroup requires --cgroup to be set, e.g. "machine.slice:foo:deadbeef"');
  }
  for (const name of NOT_SIMULATED_FLAGS) {
    // getRuntimeOptions builds runc's options for io.containerd.runc.v2 and reads
    // --runtime-config-path only for another runtime: with runc it changes nothing.
    if (name === 'runtime-config-path' && c.string('runtime') === 'io.containerd.runc.v2') continue;
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

/**
 * --env-file: oci.WithEnvFile hands every line (bufio.Scanner's, a trailing \r dropped) to
 * WithEnv as is. Nothing is skipped here: a line without `=` (blank, `# note`) only unsets a
 * key of that name, so it vanishes in the merge, while `#c=4` is a variable like any other.
 */
function envFile(c: CtrContext): string[] {
  const path = c.string('env-file');
  if (!path) return [];
  const full = normalizePath(path, c.io.cwd);
  let text: string;
  try {
    text = readFile(c.env.node.state.host.files, full);
  } catch (err) {
    // os.Open opens a directory fine; the scanner's first read fails.
    if (isVfsError(err, 'EISDIR')) throw plain(`read ${path}: is a directory`);
    throw plain(`open ${path}: ${isVfsError(err, 'ENOTDIR') ? 'not a directory' : 'no such file or directory'}`);
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** The options of `ctr run` / `ctr c create` for image `ref`, container `id` and `args`. */
export function containerOptions(c: CtrContext, ref: string, id: string, args: string[], runOnly: boolean): NewContainerOptions {
  // The checks in run_unix.go's order: annotations, capabilities, seccomp, cpus.
  const annotations = annotationArgs(c.stringSlice('annotation'));
  const capAdd = capabilities(c, 'cap-add');
  const capDrop = capabilities(c, 'cap-drop');
  const seccompFile = c.string('seccomp-profile');
  if (!c.bool('seccomp') && seccompFile !== '') {
    throw plain('seccomp must be set to true, if using a custom seccomp-profile');
  }
  // The profile file is read when the spec is built (after the snapshot), as WithProfile is.
  const readProfile = () => seccompProfileFile(c.env.node.state.host.files, c.io.cwd, seccompFile);
  const seccomp = !c.bool('seccomp') ? undefined : seccompFile === '' ? 'default' : readProfile;
  const apparmor = apparmorFlags(c);
  const cpus = runOnly ? c.float('cpus') : 0;
  if ((c.int('cpu-quota') !== -1 || c.int('cpu-period') !== 0) && cpus > 0) {
    throw plain('cpus and quota/period should be used separately');
  }
  const options: NewContainerOptions = {
    ref,
    id,
    snapshotter: c.string('snapshotter'),
    snapshotterLabels: labelArgs(c.stringSlice('snapshotter-label')),
    labels: labelArgs(c.stringSlice('label')),
    annotations,
    env: [],
    args,
    cwd: c.string('cwd'),
    terminal: c.bool('tty'),
    netHost: c.bool('net-host'),
    mounts: [],
    readOnly: c.bool('read-only'),
    allowNewPrivileges: c.bool('allow-new-privs'),
    capAdd,
    capDrop,
    privileged: c.bool('privileged'),
    ...(seccomp ? { seccomp } : {}),
    ...(apparmor ? { apparmor } : {}),
    rootfsPropagation: c.string('rootfs-propagation'),
    user: '',
    runtime: c.string('runtime'),
    platform: runOnly ? c.string('platform') : '',
    // run_unix.go: `if shares := context.Int("cpu-shares"); shares > 0` (zero and negatives leave the spec alone).
    cpuShares: runOnly && c.int('cpu-shares') > 0 ? c.int('cpu-shares') : undefined,
    cpus: runOnly ? c.float('cpus') : undefined,
    memoryLimit: c.int('memory-limit'),
    cpuQuota: c.int('cpu-quota'),
    cpuPeriod: c.int('cpu-period'),
    cgroupsPath: runOnly && c.isSet('cgroup') ? c.string('cgroup') : undefined,
  };
  return readWhenSpecIsBuilt(options, c);
}

/**
 * oci.WithEnvFile and ctr's withMounts are spec options: the real ctr reads the env file and
 * parses --mount only while NewContainer builds the spec, after WithNewSnapshot prepared the
 * container's snapshot. So a missing env file or a bad --mount fails after a duplicate id
 * (`snapshot "c1": already exists`) would have, and uses up a snapshot id as the real one does
 * (the snapshot itself goes with the client's lease). Getters defer the reads to that moment.
 */
function readWhenSpecIsBuilt(options: NewContainerOptions, c: CtrContext): NewContainerOptions {
  let file: string[] | undefined;
  let mounts: SpecMount[] | undefined;
  return Object.defineProperties(options, {
    // WithEnvFile and WithEnv are two merges (new-container.ts): a flag replaces what the file
    // set, while entries one merge appends are not indexed (`--env X=1 --env X=` keeps both).
    envFile: { get: () => (file ??= envFile(c)), enumerable: true },
    env: { get: () => (file ??= envFile(c), c.stringSlice('env')), enumerable: true },
    mounts: { get: () => (mounts ??= specBuildMounts(c)), enumerable: true },
  });
}

/** withMounts, then the later spec options that can fail (WithGPUs, WithDevices), in order. */
function specBuildMounts(c: CtrContext): SpecMount[] {
  const mounts = c.stringSlice('mount').map(parseMount);
  checkSpecBuildFlags(c);
  return mounts;
}
