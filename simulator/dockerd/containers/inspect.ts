// GET /containers/{id}/json (moby 20.10 daemon/inspect.go ContainerInspectCurrent,
// api/types/types.go ContainerJSONBase/ContainerJSON, container/config.go, host_config.go,
// network/network.go): a container's record as types.ContainerJSON, every field in Go's
// order with the defaults `docker run` gives (recorded from a real dockerd 20.10.24 in
// conformance 10 #67, `docker inspect sleeper`), what the record holds laid over them. Maps
// are Go maps (keys sorted in JSON and in `{{.Config.Labels}}`).

import { sha256Hex } from '../../host/native-codecs';
import type { Node } from '../../node';
import { goMap, goNil, goPtr, withMarshalJSON } from '../../go/json';
import { typedContainerConfig, typedNils } from '../typed-nils';
import { DOCKER_ROOT } from '../daemon';
import { findLayer, imageLayers } from '../images/layers';
import type { DockerContainerRecord } from '../store/container-record';
import { networkSettingsOf } from '../network/endpoints';
import { rwLayerSize } from './changes';
import { networkPorts } from './list';
import { findContainer } from './lookup';
import { logConfigOf } from '../runtime/json-log-options';

const ZERO_TIME = '0001-01-01T00:00:00Z';
/** nat.PortMap: its nat.Port keys take no string, so `index .NetworkSettings.Ports "80/tcp"` fails typed and the CLI's raw fallback answers. */
const PORT_MAP = 'nat.PortMap';
const PORT_MAP_UNDERLYING = 'map[nat.Port][]nat.PortBinding';
const EXEC_ROOT = '/var/run/docker';

/** time.Time's RFC3339Nano: the fraction without trailing zeros. */
function goTime(iso: string | undefined): string {
  if (iso === undefined) return ZERO_TIME;
  return iso.replace(/\.(\d*?)0*Z$/, (_, digits: string) => (digits === '' ? 'Z' : `.${digits}Z`));
}

/** A stable 64-hex id derived from the container's where no record names one (its RW layer before D1's create names it). */
function derivedId(c: DockerContainerRecord, what: string): string {
  return sha256Hex(new TextEncoder().encode(`${what}:${c.id}`));
}

/** Go field order of container.HostConfig with `docker run`'s defaults (20.10.24, as recorded). */
function hostConfigDefaults(): Record<string, unknown> {
  return {
    Binds: null,
    ContainerIDFile: '',
    LogConfig: { Type: 'json-file', Config: goMap({}, 'map[string]string') },
    NetworkMode: 'default',
    PortBindings: goMap({}, PORT_MAP, PORT_MAP_UNDERLYING),
    RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    AutoRemove: false,
    VolumeDriver: '',
    VolumesFrom: null,
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: 'host',
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    GroupAdd: null,
    IpcMode: 'private',
    Cgroup: '',
    Links: null,
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: false,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    ConsoleSize: [0, 0],
    Isolation: '',
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: null,
    BlkioDeviceWriteBps: null,
    BlkioDeviceReadIOps: null,
    BlkioDeviceWriteIOps: null,
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    KernelMemory: 0,
    KernelMemoryTCP: 0,
    MemoryReservation: 0,
    MemorySwap: 0,
    MemorySwappiness: null,
    OomKillDisable: false,
    PidsLimit: null,
    Ulimits: null,
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    MaskedPaths: ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'],
    ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
  };
}

/** Fields of container.Config that json leaves out when empty (`omitempty`). */
const CONFIG_OMITEMPTY = new Set(['ExposedPorts', 'Healthcheck', 'ArgsEscaped', 'NetworkDisabled', 'MacAddress', 'StopSignal', 'StopTimeout', 'Shell']);
const CONFIG_ORDER = ['Hostname', 'Domainname', 'User', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'ExposedPorts', 'Tty', 'OpenStdin', 'StdinOnce', 'Env', 'Cmd', 'Healthcheck', 'ArgsEscaped', 'Image', 'Volumes', 'WorkingDir', 'Entrypoint', 'NetworkDisabled', 'MacAddress', 'OnBuild', 'Labels', 'StopSignal', 'StopTimeout', 'Shell'];
/** Go maps among the config's fields, with their types (a template's `index` needs the key and element types). */
const CONFIG_MAPS: Readonly<Record<string, readonly [string, string?]>> = {
  ExposedPorts: ['nat.PortSet', 'map[nat.Port]struct {}'],
  Volumes: ['map[string]struct {}'],
  Labels: ['map[string]string'],
};

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === '' || v === 0) return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v).length === 0;
}

function configJson(c: DockerContainerRecord): Record<string, unknown> {
  const given = c.config;
  const defaults: Record<string, unknown> = {
    Hostname: c.id.slice(0, 12),
    Domainname: '',
    User: '',
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: null,
    Cmd: null,
    Image: c.image,
    Volumes: null,
    WorkingDir: '',
    Entrypoint: null,
    OnBuild: null,
    Labels: {},
  };
  const out: Record<string, unknown> = {};
  for (const key of CONFIG_ORDER) {
    const value = Object.hasOwn(given, key) ? given[key] : defaults[key];
    if (CONFIG_OMITEMPTY.has(key) && isEmpty(value)) continue;
    if (key === 'Healthcheck') {
      // container.HealthConfig: every field omitempty.
      out[key] = Object.fromEntries(Object.entries(value as object).filter(([, v]) => !isEmpty(v)));
      continue;
    }
    const mapType = CONFIG_MAPS[key];
    out[key] = mapType && value !== null && value !== undefined ? goMap({ ...(value as object) }, ...mapType) : (value ?? null);
  }
  return out;
}

/**
 * host_config.go's omitempty fields a request may set, each after the field it follows in the
 * struct: Tmpfs and Sysctls (maps), Mounts, Init (a *bool).
 */
const HOST_OMITEMPTY: ReadonlyArray<[string, string]> = [
  ['Tmpfs', 'SecurityOpt'],
  ['Sysctls', 'ShmSize'],
  ['Mounts', 'IOMaximumBandwidth'],
  ['Init', 'ReadonlyPaths'],
];

function withOmitempty(out: Record<string, unknown>, host: Record<string, unknown>): Record<string, unknown> {
  const extra = HOST_OMITEMPTY.filter(([key]) => host[key] !== undefined && host[key] !== null);
  if (extra.length === 0) return out;
  const ordered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(out)) {
    ordered[key] = value;
    for (const [field, after] of extra) {
      if (after !== key) continue;
      ordered[field] = field === 'Tmpfs' || field === 'Sysctls' ? goMap({ ...(host[field] as object) }, 'map[string]string') : host[field];
    }
  }
  return ordered;
}

function hostConfigJson(c: DockerContainerRecord): Record<string, unknown> {
  const out = withOmitempty(hostConfigDefaults(), c.hostConfig as Record<string, unknown>);
  for (const [key, value] of Object.entries(c.hostConfig)) {
    if (!Object.hasOwn(out, key) || key === 'Tmpfs' || key === 'Sysctls') continue;
    if (key === 'PortBindings') out[key] = goMap({ ...((value ?? {}) as object) }, PORT_MAP, PORT_MAP_UNDERLYING);
    else if (key === 'LogConfig') {
      const log = (value ?? {}) as { Type?: string; Config?: Record<string, string> };
      out[key] = { Type: log.Type ?? 'json-file', Config: goMap({ ...(log.Config ?? {}) }, 'map[string]string') };
    } else out[key] = value;
  }
  return out;
}

function graphDriver(node: Node, c: DockerContainerRecord): Record<string, unknown> {
  const rw = (c as { mountId?: string }).mountId ?? derivedId(c, 'rw');
  const lowers = [...imageLayers(node, c.imageId)].reverse().map((d) => findLayer(node, d)?.cacheId).filter((x): x is string => x !== undefined);
  const dir = (id: string) => `${DOCKER_ROOT}/overlay2/${id}`;
  return {
    Data: goMap({
      LowerDir: [`${dir(rw)}-init/diff`, ...lowers.map((l) => `${dir(l)}/diff`)].join(':'),
      MergedDir: `${dir(rw)}/merged`,
      UpperDir: `${dir(rw)}/diff`,
      WorkDir: `${dir(rw)}/work`,
    }, 'map[string]string'),
    Name: 'overlay2',
  };
}

/**
 * NetworkSettings from the network layer (network/endpoints.ts networkSettingsOf), its maps as
 * Go maps; Ports as list.ts reads them (what was published, or the bindings asked for).
 */
function networkSettings(node: Node, c: DockerContainerRecord): Record<string, unknown> {
  const settings = networkSettingsOf(node, c);
  return {
    ...settings,
    Ports: goMap({ ...networkPorts(node, c) }, PORT_MAP, PORT_MAP_UNDERLYING),
    Networks: goMap({ ...settings.Networks }, 'map[string]*network.EndpointSettings'),
  };
}


/**
 * types.ContainerState: Health is a *Health with omitempty — left out of the JSON when nil, yet a
 * typed nil to a template (`{{json .State.Health}}` prints null on a real 20.10.24).
 */
function stateJson(state: Record<string, unknown>): Record<string, unknown> {
  if (state.Health !== undefined) return state;
  const shown = { ...state };
  return withMarshalJSON(Object.assign(state, { Health: goNil('*types.Health') }), () => shown);
}


/** types.ContainerJSON of a record; with `size`, SizeRw and SizeRootFs after GraphDriver. */
function containerJson(node: Node, c: DockerContainerRecord, size = false): Record<string, unknown> {
  const typed = typedNils(containerJsonPlain(node, c, size)) as Record<string, unknown>;
  // With -s the struct's *int64 fields point at the sizes: an action prints the number but
  // `gt`/`eq` refuse a pointer and the raw fallback's json.Number alike (80-fresh-pending.sh).
  if (size) return withMarshalJSON({ ...typed, SizeRw: goPtr(typed.SizeRw, '*int64', 0xc0004a2b58n), SizeRootFs: goPtr(typed.SizeRootFs, '*int64', 0xc0004a2b60n) }, () => typed);
  // Without -s the JSON leaves SizeRw and SizeRootFs out (omitempty), but a template still has
  // the struct's nil *int64 fields: `{{.SizeRw}}` prints <nil> (59-attach-top-sizes.sh).
  return withMarshalJSON({ ...typed, SizeRw: goNil('*int64'), SizeRootFs: goNil('*int64') }, () => typed);
}

function containerJsonPlain(node: Node, c: DockerContainerRecord, size: boolean): Record<string, unknown> {
  const dir = `${DOCKER_ROOT}/containers/${c.id}`;
  const s = c.state;
  const sizeRw = size ? rwLayerSize(node, c) : 0;
  return {
    Id: c.id,
    Created: goTime(c.created),
    Path: c.path,
    Args: c.args,
    State: stateJson({
      Status: s.status,
      Running: s.status === 'running' || s.status === 'paused' || s.status === 'restarting',
      Paused: s.status === 'paused',
      Restarting: s.status === 'restarting',
      OOMKilled: false,
      Dead: s.status === 'dead',
      Pid: s.pid,
      ExitCode: s.exitCode,
      // container.SetError: the last start's failure, cleared by a start that succeeds.
      Error: c.error ?? '',
      StartedAt: goTime(s.startedAt),
      FinishedAt: goTime(s.finishedAt),
      // State.Health (omitempty): runtime/health.ts's record.
      ...(c.health
        ? { Health: { Status: c.health.status, FailingStreak: c.health.failingStreak, Log: c.health.log.map((r) => ({ Start: goTime(r.start), End: goTime(r.end), ExitCode: r.exitCode, Output: r.output })) } }
        : {}),
    }),
    Image: `sha256:${c.imageId}`,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    // container.LogPath: json-file's file once a logger opened it (a start, or `docker logs` of a
    // created container); '' before and for other drivers.
    LogPath: logConfigOf(c).Type === 'json-file' && (s.startedAt || node.state.host.files[`${dir}/${c.id}-json.log`]) ? `${dir}/${c.id}-json.log` : '',
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: (c as { execIds?: string[] }).execIds?.length ? (c as { execIds?: string[] }).execIds : null,
    HostConfig: hostConfigJson(c),
    GraphDriver: graphDriver(node, c),
    ...(size ? { SizeRw: sizeRw, SizeRootFs: sizeRw + (node.state.dockerd.images[c.imageId]?.size ?? 0) } : {}),
    Mounts: (c as { mounts?: unknown[] }).mounts ?? [],
    Config: typedContainerConfig(configJson(c)),
    NetworkSettings: networkSettings(node, c),
  };
}

/** The inspect call: 404 `No such container: x` for a name or id that is none. */
export function inspectContainer(node: Node, ref: string, size = false): Record<string, unknown> {
  return containerJson(node, findContainer(node, ref), size);
}
