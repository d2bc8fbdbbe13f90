// createContainer (cmd/nerdctl/run.go:372-686@v0.22.2), shared by `nerdctl run` and `nerdctl
// create`, in the released order — which decides what is already on disk when a later step
// fails: a fresh 64-hex id (idgen), --cidfile, the state dir, the resource flags
// and the rest of setPlatformOptions (capabilities, security options, privileged, …), the image (pulled if missing),
// its command, env, -i/-t against -d, volumes, the json-file log config (only with -d), the
// restart labels, the stop signal, the hostname file, networking, the user and --group-add, labels, the name
// (namestore.Acquire), then client.NewContainer with the internal labels. A failing
// NewContainer removes the state dir and releases the name again (gcContainer); earlier
// failures leave what was written, as the real tool does.

import { NotSimulatedError } from '../../../cli/not-simulated';
import * as vfs from '../../../host/vfs';
import { withLinuxDevice, type Container, type NamespacedClient, type OciSpec, type SpecMount } from '../../../containerd/client/index';
import { dataStoreOf, globalOptions, type NerdctlContext } from '../nerdctl-env';
import { generateCgroupOpts, type CgroupOpts } from './cgroup-opts';
import { labelMap } from './label-file';
import { logConfigJson, parseLogOpts } from './log-opts';
import { generatePlatformOpts } from './platform-opts';
import { withGpus } from './gpu-opts';
import { runPlatform } from './run-platform';
import { ensureImage } from './ensure-image';
import { dedupe, generateId, readEnvFiles } from './idgen-env';
import { checkExtraHost } from '../../docker/containers/network-opts';
import { additionalGroups, withAdditionalGroups } from './group-add';
import { generateMountOpts } from './mount-opts';
import { withUserMounts } from './spec-mounts';
import { nameStore } from './name-store';
import { LABEL, RESTART_LABEL } from './nerdctl-labels';
import { generateNetOpts } from './network-opts';
import { initProcess, withInitProcess } from './init-process';
import { ociHooks } from './oci-hooks';
import { ensureRestartMonitor } from './restart-monitor';
import { containerStateDir, jsonLogPath, logConfigPath } from './state-paths';

const DOCS = 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md';

/** referenceutil.SuggestContainerName: `<basename of the repository>-<first 5 of the id>`. */
function suggestContainerName(ref: string, id: string): string {
  const name = ref.replace(/@.*$/, '').replace(/:[^:/]*$/, '');
  const base = name.split('/').at(-1) ?? '';
  return base !== '' ? `${base}-${id.slice(0, 5)}` : `untitled-${id.slice(0, 5)}`;
}

/** Go's json.Marshal of a []string (HTML characters escaped). */
function jsonStrings(values: readonly string[]): string {
  return JSON.stringify(values).replace(/[<>&]/g, (ch) => `\\u00${ch.charCodeAt(0).toString(16)}`);
}

export interface CreateFlags {
  interactive: boolean;
  tty: boolean;
  detach: boolean;
}

export interface Created {
  container: Container;
  id: string;
  name: string;
}

function refuseUnsimulated(c: NerdctlContext): void {
  if (c.bool('rootfs')) throw new NotSimulatedError('nerdctl run --rootfs', DOCS);
  if (c.string('verify') !== 'none') throw new NotSimulatedError(`nerdctl run --verify=${c.string('verify')}`, DOCS);
  if (c.string('log-driver') !== 'json-file') throw new NotSimulatedError(`the ${c.string('log-driver')} log driver`, DOCS);
  const runtime = c.string('runtime');
  if (runtime !== 'io.containerd.runc.v2') throw new NotSimulatedError(`nerdctl run --runtime ${runtime}`, DOCS);
}

/** The root flags the user changed, as globalFlags (main.go:300-321) passes them to the OCI hook. */
function changedGlobalFlags(c: NerdctlContext): string[] {
  const names = ['address', 'cgroup-manager', 'cni-netconfpath', 'cni-path', 'data-root', 'debug', 'debug-full', 'hosts-dir', 'insecure-registry', 'namespace', 'snapshotter'];
  const out: string[] = [];
  for (const name of names) {
    if (!c.isSet(name)) continue;
    if (name === 'debug' || name === 'debug-full' || name === 'insecure-registry') out.push(`--${name}=${c.bool(name)}`);
    else if (name === 'hosts-dir') out.push(`--${name}=[${c.stringSlice(name).join(',')}]`);
    else out.push(`--${name}=${c.string(name)}`);
  }
  return out;
}

export async function createContainer(c: NerdctlContext, client: NamespacedClient, rawArgs: readonly string[], flags: CreateFlags): Promise<Created> {
  // "simulate the behavior of double dash"
  const args = rawArgs.length >= 2 && rawArgs[1] === '--' ? [rawArgs[0] ?? '', ...rawArgs.slice(2)] : [...rawArgs];
  // newClientWithPlatform runs first of all: its warning and parse error come before anything.
  const runOn = runPlatform(c);
  refuseUnsimulated(c);
  const node = c.env.node;
  const files = node.state.host.files;
  const at = () => ({ mtimeMs: node.nowMs() });
  const ns = globalOptions(c).namespace;
  const id = generateId(c);

  const cidfile = c.string('cidfile');
  if (cidfile !== '') {
    const abs = vfs.normalizePath(cidfile, c.io.cwd);
    if (vfs.exists(files, abs)) throw new Error(`container ID file found, make sure the other container isn't running or delete ${cidfile}`);
    vfs.writeFile(files, abs, id, at());
  }
  const dataStore = dataStoreOf(c);
  if (ns === '') throw new Error('namespace is required');
  if (ns.includes('/')) throw new Error("namespace with '/' is unsupported");
  const stateDir = containerStateDir(dataStore, ns, id);
  vfs.mkdir(files, stateDir, { ...at(), parents: true, mode: 0o700 });
  const cgroup = generateCgroupOpts(c);
  const platform = generatePlatformOpts(c, () => labelMap(c));

  const ensured = await ensureImage(c, client, args[0] ?? '', c.string('pull'), runOn.platform);
  const config = ensured.resolved.config.config ?? {};
  let processArgs: string[];
  if (!c.isSet('entrypoint')) {
    // oci.WithImageConfigArgs: the given args replace Cmd, the image's Entrypoint stays.
    processArgs = [...(config.Entrypoint ?? []), ...(args.length > 1 ? args.slice(1) : (config.Cmd ?? []))];
  } else {
    processArgs = [...c.stringSlice('entrypoint').filter((e) => e !== ''), ...args.slice(1)];
    if (processArgs.length === 0) throw new Error('no command or entrypoint provided, and no CMD or ENTRYPOINT from image');
  }
  if (processArgs.length === 0) throw new Error('no command or entrypoint provided, and no CMD or ENTRYPOINT from image');
  const init = initProcess(c);

  const env = [...readEnvFiles(c, dedupe(c.stringSlice('env-file'))), ...dedupe(c.stringSlice('env'))];
  if (flags.interactive && flags.detach) throw new Error('currently flag -i and -d cannot be specified together (FIXME)');
  if (flags.tty && flags.detach) throw new Error('currently flag -t and -d cannot be specified together (FIXME)');

  const mounts = generateMountOpts(c, dataStore, ns, config.Volumes ? Object.keys(config.Volumes) : []);

  let logUri = '';
  if (flags.detach) {
    // The log options, logging.GetDriver("json-file").Init's empty log file, then log-config.json.
    const logOpts = parseLogOpts(c);
    const logPath = jsonLogPath(dataStore, ns, id);
    if (!vfs.exists(files, logPath)) vfs.writeFile(files, logPath, '', { ...at(), mode: 0o600 });
    vfs.writeFile(files, logConfigPath(dataStore, ns, id), logConfigJson(logOpts), { ...at(), mode: 0o600 });
    logUri = `binary://${c.env.exePath}?_NERDCTL_INTERNAL_LOGGING=${encodeURIComponent(dataStore)}`;
  }

  const restartLabels = restartOpts(c, c.string('restart'), logUri);

  const labels: Record<string, string> = { ...restartLabels };
  labels['io.containerd.image.config.stop-signal'] = config.StopSignal || c.string('stop-signal');
  if (c.int('stop-timeout') !== 0) labels[LABEL.stopTimeout] = String(c.int('stop-timeout'));

  const hostname = c.string('hostname') || id.slice(0, 12);
  const hostnamePath = `${stateDir}/hostname`;
  vfs.writeFile(files, hostnamePath, `${hostname}\n`, { ...at(), mode: 0o644 });

  const net = generateNetOpts(c, client, dataStore, stateDir, ns, id);

  Object.assign(labels, labelMap(c));

  const names = nameStore(node, dataStore, ns);
  let name = c.string('name');
  if (name === '' && !c.isSet('name')) name = suggestContainerName(ensured.ref, id);
  if (name !== '') names.acquire(name, id);

  const pidFile = c.isSet('pidfile') ? c.string('pidfile') : '';
  const extraHosts = dedupe(c.stringSlice('add-host'));
  // docker/cli's opts.ValidateExtraHost, which nerdctl links (run.go:646@v0.22.2): `name:ip`,
  // the ip checked unless it is host-gateway.
  for (const host of extraHosts) {
    const problem = checkExtraHost(host);
    if (problem !== undefined) throw new Error(problem);
  }

  labels[LABEL.namespace] = ns;
  if (name !== '') labels[LABEL.name] = name;
  labels[LABEL.hostname] = hostname;
  labels[LABEL.extraHosts] = jsonStrings(extraHosts);
  labels[LABEL.stateDir] = stateDir;
  labels[LABEL.networks] = jsonStrings(net.networks);
  if (net.ports.length > 0) labels[LABEL.ports] = JSON.stringify(net.ports);
  if (logUri !== '') labels[LABEL.logUri] = logUri;
  if (mounts.anonymousVolumes.length > 0) labels[LABEL.anonymousVolumes] = jsonStrings(mounts.anonymousVolumes);
  if (pidFile !== '') labels[LABEL.pidFile] = pidFile;
  if (net.ipAddress !== '') labels[LABEL.ipAddress] = net.ipAddress;
  labels[LABEL.platform] = runOn.label;
  if (mounts.points.length > 0) labels[LABEL.mounts] = JSON.stringify(mounts.points);

  // setPlatformOptions (run_linux.go): the cgroupfs right after the default mounts, then the
  // volumes and the files nerdctl writes.
  const cgroupfs: SpecMount = { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['ro', 'nosuid', 'noexec', 'nodev'] };
  const extraMounts: SpecMount[] = [cgroupfs, ...mounts.specMounts, { destination: '/etc/hostname', type: 'bind', source: hostnamePath, options: ['bind', 'rprivate'] }, ...net.mounts];
  const groupAdd = c.stringSlice('group-add');
  let container: Container;
  try {
    container = client.containers.newContainer({
      ref: ensured.image.name,
      id,
      snapshotter: ensured.snapshotter,
      snapshotterLabels: {},
      labels,
      annotations: {},
      env,
      args: processArgs,
      cwd: c.string('workdir'),
      user: c.string('user'),
      runtime: 'io.containerd.runc.v2',
      platform: runOn.given,
      terminal: flags.tty,
      netHost: net.type === 'host',
      mounts: extraMounts,
      readOnly: c.bool('read-only'),
      // parseVolumeOptions' spec opts: a shared bind makes it shared, a slave one rslave.
      rootfsPropagation: mounts.rootfsPropagations.includes('shared') ? 'shared' : mounts.rootfsPropagations[0],
      ...platform.spec,
      // nerdctl's withStop: the image's stop signal or --stop-signal.
      stopSignal: labels['io.containerd.image.config.stop-signal'] || 'SIGTERM',
      // nerdctl's own spec options go into the one spec NewContainer stores (one /containers/create).
      specOpts: [
        // generateUserOpts' oci.WithUser (run_user.go@v0.22.2): a name the snapshot's /etc/passwd
        // lacks fails NewContainer (`mount callback failed on …: no users found`), as does a
        // USER value of three parts; the process user itself is newContainer's.
        (spec, _labels, snapshot) => {
          if (c.string('user') !== '') snapshot.user(c.string('user'));
          return spec;
        },
        // generateRootfsOpts' init option: /sbin/tini bind-mounted first, the args behind it.
        (spec) => withInitProcess(spec, init),
        (spec, final) => platform.edit(withNerdctlSpec(spec, mounts.specMounts, net.joined?.hostname ?? hostname, net.type, ociHooks(c, changedGlobalFlags(c)), final, cgroup)),
        // --network container:<c>: oci.WithLinuxNamespace puts the path on the spec's own entry.
        (spec) => (net.joined ? withNamespacePath(spec, 'network', net.joined.netnsPath) : spec),
        // generateCgroupOpts' oci.WithLinuxDevice: a host path that is no device fails NewContainer.
        (spec) => withDevices(files, spec, cgroup.devices, c.bool('privileged')),
        // nvidia.WithGPUs: its exec.LookPath of nvidia-container-cli fails NewContainer here.
        (spec) => {
          if (platform.gpus) withGpus(c);
          return spec;
        },
        // WithAppendAdditionalGroups reads the prepared snapshot's /etc/group; a failure fails
        // NewContainer, and the snapshot goes with it.
        (spec, _labels, snapshot) => withAdditionalGroups(spec, additionalGroups(snapshot, groupAdd)),
      ],
    });
  } catch (err) {
    // gcContainer: the state dir and the name go; the error is NewContainer's.
    vfs.rm(files, stateDir, { recursive: true, force: true, mtimeMs: node.nowMs() });
    if (name !== '') names.release(name, id);
    throw err;
  }
  if (labels[RESTART_LABEL.status] !== undefined) ensureRestartMonitor(node);
  return { container, id, name };
}

/** The restart labels (run_restart.go:30-60): the node's restart plugin offers only "always". */
function restartOpts(c: NerdctlContext, flag: string, logUri: string): Record<string, string> {
  const policy = flag.split(':')[0] ?? '';
  if (policy === '' || policy === 'no') return {};
  // containerd 1.6.20's restart plugin declares no capabilities, so nerdctl assumes ["always"];
  // %q of the plugin's empty list prints [].
  if (policy !== 'always') throw new Error(`unsupported restart policy ${JSON.stringify(policy)}, supported policies are: []`);
  if (flag.includes(':')) throw new Error(`restart policy ${JSON.stringify(policy)} not support max retry count`);
  const labels: Record<string, string> = { [RESTART_LABEL.policy]: 'always', [RESTART_LABEL.status]: 'running' };
  if (logUri !== '') labels[RESTART_LABEL.logUri] = logUri;
  return labels;
}

/**
 * What nerdctl's spec has beyond ctr's: the default mounts the user's cover dropped, no /run tmpfs, the hostname (oci.WithHostname), the OCI hooks, and
 * every container label as an annotation (propagateContainerdLabelsToOCIAnnotations). Keys in
 * runtime-spec's struct order (ociVersion, process, root, hostname, mounts, hooks, annotations, linux).
 */
function withNerdctlSpec(spec: OciSpec, userMounts: readonly SpecMount[], hostname: string, netType: string, hooks: Record<string, unknown>, labels: Readonly<Record<string, string>>, cgroup: CgroupOpts): OciSpec {
  const { ociVersion, process, root, mounts: all, linux, ...rest } = spec as OciSpec & Record<string, unknown>;
  const mounts = withUserMounts(all as OciSpec['mounts'], userMounts);
  delete rest.annotations;
  delete rest.hostname;
  const proc = { ...(process as Record<string, unknown>) };
  if (netType !== 'host') proc.env = ((proc.env as string[] | undefined) ?? []).filter((e) => !e.startsWith('HOSTNAME='));
  const annotations = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ociVersion, process: proc, root, hostname, mounts, hooks, annotations, ...rest, linux: withCgroupOpts(linux as Record<string, unknown> | undefined, cgroup) } as unknown as OciSpec;
}

/**
 * The --device opts, which nerdctl applies before --privileged's: under it the devices come
 * before the node's (WithHostDevices appends) and WithAllDevicesAllowed drops their rules.
 */
function withDevices(files: vfs.Files, spec: OciSpec, devices: ReadonlyArray<{ path: string; mode: string }>, privileged: boolean): OciSpec {
  const added = devices.reduce((s, d) => withLinuxDevice(files, s, d.path, d.mode), spec);
  if (!privileged || devices.length === 0) return added;
  const before = (spec.linux ?? {}) as { devices?: unknown[]; resources?: unknown };
  const all = ((added.linux ?? {}) as { devices?: unknown[] }).devices ?? [];
  const own = all.slice((before.devices ?? []).length);
  return { ...added, linux: { ...added.linux, devices: [...own, ...(before.devices ?? [])], resources: before.resources } as OciSpec['linux'] };
}

/** oci.WithLinuxNamespace: the entry of that type takes the path where it stands. */
function withNamespacePath(spec: OciSpec, type: string, path: string): OciSpec {
  const linux = spec.linux as (OciSpec['linux'] & { namespaces?: Array<{ type: string; path?: string }> }) | undefined;
  if (!linux?.namespaces) return spec;
  return { ...spec, linux: { ...linux, namespaces: linux.namespaces.map((n) => (n.type === type ? { type, path } : n)) } } as OciSpec;
}

/** The spec's linux part with generateCgroupOpts' resources after its devices (specs.LinuxResources' order) and its cgroup namespace. */
function withCgroupOpts(linux: Record<string, unknown> | undefined, cgroup: CgroupOpts): Record<string, unknown> | undefined {
  if (!linux) return linux;
  const { devices } = (linux.resources as Record<string, unknown> | undefined) ?? {};
  const resources = { ...(devices !== undefined ? { devices } : {}), ...cgroup.resources };
  // oci.WithLinuxNamespace appends a namespace the spec does not have yet.
  const namespaces = linux.namespaces as { type: string }[] | undefined;
  const withCgroupNs = cgroup.privateCgroupNs && namespaces && !namespaces.some((n) => n.type === 'cgroup') ? [...namespaces, { type: 'cgroup' }] : namespaces;
  return { ...linux, resources, ...(withCgroupNs ? { namespaces: withCgroupNs } : {}) };
}
