// What `docker run` and `docker create` send to POST /containers/create (docker/cli 20.10
// cli/command/container/opts.go parse): Config, HostConfig and NetworkingConfig from the flags,
// with the client's own refusals worded as it words them (they end up as
// `docker: <text>.\nSee 'docker run --help'.`, exit 125).

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { ContainerConfig, CreateRequest, HealthConfig, HostConfig } from '../../../dockerd/index';
import type { DockerContext } from '../docker-env';
import { UNSIMULATED_FLAGS } from './container-flags';
import { ramInBytes } from '../../../go/units-size';
import { resourceFlags } from './resource-flags';
import { parseMountOpt } from './mount-opt';
import { parsePortSpecs, type PortBinding } from '../../../go/nat-port-spec';
import { parseSecurityOpts } from './security-opts';
import { checkFlagValues, type NamespaceFlags, NamespaceOptError, namespaceSettings } from './namespace-opts';
import { exposedPorts, kernelHostConfig } from './kernel-host-config';
import { platformParseError, requireNodePlatform } from './platform-opt';
import { EnvFileError, readEnvFile } from './env-file';

const DOCS = 'https://docs.docker.com/engine/reference/commandline/run/';

/** A --platform that does not parse: run words it as its other refusals, create prints it bare (exit 1). */
export class PlatformParseError extends Error {}

/** A refusal of the client before any request (opts.go): run words it `docker: <msg>.` + help hint. */
export class RunOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunOptionError';
  }
}

/** opts.ParseRestartPolicy. */
function restartPolicy(raw: string): { Name: string; MaximumRetryCount: number } {
  if (raw === '') return { Name: '', MaximumRetryCount: 0 };
  const parts = raw.split(':');
  if (parts.length > 2) throw new RunOptionError('invalid restart policy format');
  let count = 0;
  if (parts.length === 2) {
    if (!/^[+-]?\d+$/.test(parts[1] ?? '')) throw new RunOptionError('maximum retry count must be an integer');
    count = Number(parts[1]);
  }
  return { Name: parts[0] ?? '', MaximumRetryCount: count };
}

/** The entries of every file a flag names (env-file.ts), its error as a run option's. */
function kvFiles(c: DockerContext, flag: string, lookup: boolean): string[] {
  try {
    return c.stringSlice(flag).flatMap((f) => readEnvFile(c, f, lookup));
  } catch (err) {
    if (err instanceof EnvFileError) throw new RunOptionError(err.message);
    throw err;
  }
}

/**
 * A variable named without a value takes the CLI's own (opts.ValidateEnv for -e, ParseEnvFile's
 * os.LookupEnv for --env-file): `FOO=bar docker run -e FOO …` passes FOO=bar. Not set there, -e
 * keeps the bare name (the container then has no FOO) and an env file drops the line.
 */
function passThrough(c: DockerContext, entry: string): string[] {
  if (entry.includes('=')) return [entry];
  const value = Object.hasOwn(c.io.environ, entry) ? c.io.environ[entry] : undefined;
  return value !== undefined ? [`${entry}=${value}`] : [entry];
}

/** -p through nat.ParsePortSpecs (port-spec.ts): its ports join `exposed`; nat's error is the CLI's. */
function publish(specs: readonly string[], exposed: Record<string, Record<string, never>>): Record<string, PortBinding[]> {
  try {
    const parsed = parsePortSpecs(specs);
    Object.assign(exposed, parsed.exposed);
    return parsed.bindings;
  } catch (err) {
    throw new RunOptionError(err instanceof Error ? err.message : String(err));
  }
}

/** --mount values, checked as the flag was parsed (mount-opt.ts). */
function mountsOf(values: readonly string[]): Array<Record<string, unknown>> {
  return values.flatMap((raw) => {
    const parsed = parseMountOpt(raw);
    return 'mount' in parsed ? [parsed.mount] : [];
  });
}

/** opts.go parse's --tmpfs: `path[:options]` into HostConfig.Tmpfs. */
function tmpfsOf(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of values) {
    const colon = t.indexOf(':');
    if (colon >= 0) out[t.slice(0, colon)] = t.slice(colon + 1);
    else out[t] = '';
  }
  return out;
}

/**
 * --log-opt as opts.ConvertKVStringsToMap makes it (`key` alone: an empty value); the daemon
 * checks the keys at create and the values at each start (dockerd/runtime/log-drivers.ts).
 */
function logOpts(c: DockerContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of c.stringSlice('log-opt')) {
    const i = kv.indexOf('=');
    out[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? '' : kv.slice(i + 1);
  }
  return out;
}

/** --shm-size (opts.MemBytes): the size of /dev/shm, in bytes. */
function shmSize(c: DockerContext): number {
  const raw = c.string('shm-size');
  try {
    return ramInBytes(raw);
  } catch (err) {
    throw new RunOptionError(`invalid argument "${raw}" for "--shm-size" flag: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** parse's health settings: --no-healthcheck is Test ["NONE"]; --health-* a HealthConfig (ns). */
function healthcheck(c: DockerContext): HealthConfig | undefined {
  const ns = (flag: string) => c.duration(flag) * 1e6;
  const have = c.string('health-cmd') !== '' || ns('health-interval') !== 0 || ns('health-timeout') !== 0 || ns('health-start-period') !== 0 || c.int('health-retries') !== 0;
  if (c.bool('no-healthcheck')) {
    if (have) throw new RunOptionError('--no-healthcheck conflicts with --health-* options');
    return { Test: ['NONE'] };
  }
  if (!have) return undefined;
  for (const flag of ['health-interval', 'health-timeout']) if (ns(flag) < 0) throw new RunOptionError(`--${flag} cannot be negative`);
  if (c.int('health-retries') < 0) throw new RunOptionError('--health-retries cannot be negative');
  if (ns('health-start-period') < 0) throw new RunOptionError('--health-start-period cannot be negative');
  return {
    ...(c.string('health-cmd') !== '' ? { Test: ['CMD-SHELL', c.string('health-cmd')] } : {}),
    Interval: ns('health-interval'),
    Timeout: ns('health-timeout'),
    StartPeriod: ns('health-start-period'),
    Retries: c.int('health-retries'),
  };
}

/** --security-opt through parseSecurityOpts; nothing in the request when the flag is not given. */
function securityOpts(c: DockerContext): Record<string, unknown> {
  const values = c.stringSlice('security-opt');
  if (values.length === 0) return {};
  try {
    return { ...parseSecurityOpts(values, c.env.node.state.host.files, c.io.cwd) };
  } catch (err) {
    throw new RunOptionError(err instanceof Error ? err.message : String(err));
  }
}

/** namespace-opts.ts's checks, their refusals as run's. */
function namespaceFlags(c: DockerContext): { flags: NamespaceFlags; values: ReturnType<typeof checkFlagValues> } {
  const flags: NamespaceFlags = {
    ulimit: c.stringSlice('ulimit'),
    sysctl: c.stringSlice('sysctl'),
    macAddress: c.string('mac-address'),
    pid: c.string('pid'),
    uts: c.string('uts'),
    ipc: c.string('ipc'),
    ip: c.string('ip'),
    ip6: c.string('ip6'),
    linkLocalIps: c.stringSlice('link-local-ip'),
    aliases: c.stringSlice('network-alias'),
    networkMode: c.string('network') || 'default',
  };
  return { flags, values: asRunError(() => checkFlagValues(flags)) };
}

function asRunError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof NamespaceOptError) throw new RunOptionError(err.message);
    throw err;
  }
}

/** opts.ValidateLabel, --label's validator: the key (leading spaces and tabs trimmed) must be there and unbroken. */
function labelError(label: string): string | undefined {
  const key = (label.split('=')[0] ?? '').replace(/^[ \t]+/, '');
  if (key === '') return `invalid label '${label}': empty name`;
  if (/[ \t]/.test(key)) return `label '${key}' contains whitespaces`;
  return undefined;
}

export function containerRequest(c: DockerContext, args: readonly string[], attach: { detach: boolean }): CreateRequest {
  for (const flag of UNSIMULATED_FLAGS) if (c.isSet(flag)) throw new NotSimulatedError(`docker run --${flag}`, DOCS);
  const platform = c.string('platform');
  const platformError = platform === '' ? undefined : platformParseError(platform);
  if (platformError) throw new PlatformParseError(`error parsing specified platform: ${platformError}`);
  requireNodePlatform(platform, 'docker run');
  // pflag refuses a bad --ulimit or --sysctl while it parses, before parse's own checks.
  const namespaces = namespaceFlags(c);
  for (const l of c.stringSlice('label')) {
    const why = labelError(l);
    if (why) throw new RunOptionError(`invalid argument "${l}" for "-l, --label" flag: ${why}`);
  }
  const logDriver = c.string('log-driver');
  // parseLoggingOpts (cli/command/container/opts.go): `none` takes no options.
  if (logDriver === 'none' && c.stringSlice('log-opt').length > 0) throw new RunOptionError('invalid logging opts for driver none');
  const image = args[0] ?? '';
  const cmd = args.slice(1);
  const env = [...kvFiles(c, 'env-file', true), ...c.stringSlice('env').flatMap((e) => passThrough(c, e))];
  const labels: Record<string, string> = {};
  // ReadKVStrings reads a label file with no lookup of bare names: a line without `=` is
  // dropped there, while `-l name` keeps the name with an empty value.
  for (const l of [...kvFiles(c, 'label-file', false), ...c.stringSlice('label')]) {
    const i = l.indexOf('=');
    if (i < 0) labels[l] = '';
    else labels[l.slice(0, i)] = l.slice(i + 1);
  }
  const resources = resourceFlags(c, (flag, raw, why) => new RunOptionError(`invalid argument "${raw}" for "${flag}" flag: ${why}`));
  const restart = restartPolicy(c.string('restart'));
  if (c.bool('rm') && restart.Name !== '' && restart.Name !== 'no') throw new RunOptionError('Conflicting options: --restart and --rm');
  const refuse = (message: string) => new RunOptionError(message);
  const exposed = exposedPorts(c.stringSlice('expose'), refuse);
  const bindings = publish(c.stringSlice('publish'), exposed);
  // opts.go parse: a -v with no source (`-v /data`, an anonymous volume) goes to Config.Volumes,
  // the others to HostConfig.Binds.
  const binds = c.stringSlice('volume').filter((v) => v.includes(':'));
  const anonymous = c.stringSlice('volume').filter((v) => !v.includes(':'));
  const kernel = kernelHostConfig(c, refuse);
  // parse: -a names the streams (stdin also with -i); without -a, stdout and stderr.
  const streams = c.stringSlice('attach').map((s) => s.toLowerCase());
  const attached = (s: string) => !attach.detach && (streams.length === 0 ? s !== 'stdin' : streams.includes(s));
  const config: ContainerConfig = {
    Image: image,
    ...(c.string('hostname') !== '' ? { Hostname: c.string('hostname') } : {}),
    ...(c.string('domainname') !== '' ? { Domainname: c.string('domainname') } : {}),
    User: c.string('user'),
    AttachStdin: !attach.detach && (c.bool('interactive') || attached('stdin')),
    AttachStdout: attached('stdout'),
    AttachStderr: attached('stderr'),
    Tty: c.bool('tty'),
    OpenStdin: c.bool('interactive'),
    StdinOnce: !attach.detach && c.bool('interactive'),
    Env: env,
    Cmd: cmd.length > 0 ? cmd : null,
    WorkingDir: c.string('workdir'),
    Entrypoint: c.isSet('entrypoint') ? (c.string('entrypoint') === '' ? [] : [c.string('entrypoint')]) : null,
    Labels: labels,
    ...(Object.keys(exposed).length > 0 ? { ExposedPorts: exposed } : {}),
    // The flag's default (SIGTERM) is only shown by --help: the CLI sends a stop signal when one was given.
    ...(c.isSet('stop-signal') && c.string('stop-signal') !== '' ? { StopSignal: c.string('stop-signal') } : {}),
    ...(c.isSet('stop-timeout') ? { StopTimeout: c.int('stop-timeout') } : {}),
    ...(anonymous.length > 0 ? { Volumes: Object.fromEntries(anonymous.map((v) => [v, {}])) } : {}),
  };
  const health = healthcheck(c);
  if (health) config.Healthcheck = health;
  const security = securityOpts(c);
  const ns = asRunError(() => namespaceSettings(namespaces.flags));
  Object.assign(config, ns.config);
  const hostConfig: HostConfig & Record<string, unknown> = {
    Binds: binds.length > 0 ? binds : null,
    ...(c.stringSlice('mount').length > 0 ? { Mounts: mountsOf(c.stringSlice('mount')) } : {}),
    ...(c.stringSlice('cap-add').length > 0 ? { CapAdd: c.stringSlice('cap-add') } : {}),
    ...(c.stringSlice('cap-drop').length > 0 ? { CapDrop: c.stringSlice('cap-drop') } : {}),
    Dns: c.stringSlice('dns').map((d) => d.trim()),
    DnsOptions: c.stringSlice('dns-option'),
    DnsSearch: c.stringSlice('dns-search').map((d) => d.replace(/^ +| +$/g, '')),
    ...(c.stringSlice('add-host').length > 0 ? { ExtraHosts: c.stringSlice('add-host') } : {}),
    ...(c.stringSlice('tmpfs').length > 0 ? { Tmpfs: tmpfsOf(c.stringSlice('tmpfs')) } : {}),
    ...(c.stringSlice('group-add').length > 0 ? { GroupAdd: c.stringSlice('group-add') } : {}),
    ...security,
    ...ns.host,
    ...namespaces.values,
    ...(c.bool('init') ? { Init: true } : {}),
    ...kernel,
    NetworkMode: c.string('network') || 'default',
    PortBindings: bindings,
    RestartPolicy: restart,
    AutoRemove: c.bool('rm'),
    PublishAllPorts: c.bool('publish-all'),
    ReadonlyRootfs: c.bool('read-only'),
    Memory: resources.Memory ?? 0,
    NanoCpus: resources.NanoCpus ?? 0,
    CpuShares: c.int('cpu-shares'),
    ...resources,
    // opts.go: a pointer only when the flag was given.
    ...(c.isSet('pids-limit') ? { PidsLimit: c.int('pids-limit') } : {}),
    LogConfig: { Type: c.string('log-driver'), Config: logOpts(c) },
    ...(c.isSet('shm-size') ? { ShmSize: shmSize(c) } : {}),
    ...(c.string('cidfile') !== '' ? { ContainerIDFile: c.string('cidfile') } : {}),
  };
  const name = c.string('name');
  return { ...(name !== '' ? { name } : {}), config, hostConfig, ...(ns.networking ? { networkingConfig: ns.networking } : {}) };
}
