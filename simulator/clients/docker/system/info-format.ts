// `docker info --format` (docker/cli@v20.10.24 cli/command/system/info.go formatInfo): the
// template (templates.Parse, name "") over info{*types.Info; ClientInfo; ServerErrors}, then a
// newline. types.Info's fields are promoted, in its order as a real 20.10.24 prints `{{json .}}`
// (the values this node's dockerd does not report are the recorded node's constants). With no
// daemon the embedded Info is nil: `{{json .}}` is ServerErrors and ClientInfo only, a field of
// Info fails as Go's reflect does. A template that does not parse exits 64.

import { CliError } from '../../../cli/cli-error';
import { withMarshalJSON } from '../../../go/json';
import { goMap, goNil, goSlice, goStruct, GoTemplateError, parseDockerTemplate, type GoTemplate } from '../../../go/template/index';
import type { SystemInfo } from '../../../dockerd/index';

export function parseInfoTemplate(format: string): GoTemplate {
  try {
    return parseDockerTemplate(format);
  } catch (e) {
    if (e instanceof GoTemplateError) throw new CliError(`template parsing error: ${e.message}`, 64);
    throw e;
  }
}

const commit = (id: string) => goStruct({ ID: id, Expected: id }, 'types.Commit');

/** types.Info in its field order (api/types/types.go), as GET /info answers. */
function infoFields(info: SystemInfo, nowMs: number): Record<string, unknown> {
  const runtimes: Record<string, unknown> = {};
  for (const name of info.Runtimes) {
    const path = { Path: 'runc' };
    runtimes[name] = withMarshalJSON(goStruct(path, 'types.Runtime'), () => ({ path: path.Path }));
  }
  return {
    ID: info.ID,
    Containers: info.Containers,
    ContainersRunning: info.ContainersRunning,
    ContainersPaused: info.ContainersPaused,
    ContainersStopped: info.ContainersStopped,
    Images: info.Images,
    Driver: info.Driver,
    DriverStatus: info.DriverStatus.map((pair) => goSlice([...pair], '[]string')),
    Plugins: goStruct({ Volume: goSlice(info.Plugins.Volume, '[]string'), Network: goSlice(info.Plugins.Network, '[]string'), Authorization: goNil('[]string'), Log: goSlice(info.Plugins.Log, '[]string') }, 'types.PluginsInfo'),
    MemoryLimit: true,
    SwapLimit: true,
    KernelMemory: true,
    KernelMemoryTCP: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    BridgeNfIptables: true,
    BridgeNfIp6tables: true,
    Debug: info.Debug,
    NFd: info.NFd,
    OomKillDisable: true,
    NGoroutines: info.NGoroutines,
    SystemTime: goSystemTime(nowMs),
    LoggingDriver: info.LoggingDriver,
    CgroupDriver: info.CgroupDriver,
    CgroupVersion: info.CgroupVersion,
    NEventsListener: 0,
    KernelVersion: info.KernelVersion,
    OperatingSystem: info.OperatingSystem,
    OSVersion: '12',
    OSType: info.OSType,
    Architecture: info.Architecture,
    IndexServerAddress: info.IndexServerAddress,
    RegistryConfig: goStruct(
      {
        AllowNondistributableArtifactsCIDRs: goSlice([], '[]*registry.NetIPNet'),
        AllowNondistributableArtifactsHostnames: goSlice([], '[]string'),
        InsecureRegistryCIDRs: goSlice(info.InsecureRegistryCIDRs, '[]*registry.NetIPNet'),
        IndexConfigs: goMap(
          Object.fromEntries([
            ...info.InsecureRegistryHosts.map((name) => [name, goStruct({ Name: name, Mirrors: goSlice([], '[]string'), Secure: false, Official: false }, '*registry.IndexInfo')]),
            ['docker.io', goStruct({ Name: 'docker.io', Mirrors: goSlice(info.Mirrors, '[]string'), Secure: true, Official: true }, '*registry.IndexInfo')],
          ]),
          'map[string]*registry.IndexInfo',
        ),
        Mirrors: goSlice(info.Mirrors, '[]string'),
      },
      '*registry.ServiceConfig',
    ),
    NCPU: info.NCPU,
    MemTotal: info.MemTotal,
    GenericResources: goNil('[]swarm.GenericResource'),
    DockerRootDir: info.DockerRootDir,
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: info.Name,
    Labels: goSlice(info.Labels, '[]string'),
    ExperimentalBuild: info.ExperimentalBuild,
    ServerVersion: info.ServerVersion,
    Runtimes: goMap(runtimes, 'map[string]types.Runtime'),
    DefaultRuntime: info.DefaultRuntime,
    Swarm: goStruct({ NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: goNil('[]swarm.Peer') }, 'swarm.Info'),
    LiveRestoreEnabled: info.LiveRestoreEnabled,
    Isolation: '',
    InitBinary: info.InitBinary,
    ContainerdCommit: commit(info.ContainerdCommit),
    RuncCommit: commit(info.RuncCommit),
    InitCommit: commit(info.InitCommit),
    SecurityOptions: goSlice(info.SecurityOptions, '[]string'),
    Warnings: goNil('[]string'),
  };
}

/** time.Now().Format(time.RFC3339Nano) of the daemon: the fraction's trailing zeros dropped. */
export function goSystemTime(nowMs: number): string {
  return new Date(nowMs).toISOString().replace(/\.?0+Z$/, 'Z');
}

const INFO_FIELD = /^(template: :\d+:\d+: executing "" at <\.(\w+)[^>]*>: )can't evaluate field \w+ in type system\.info$/;

/** formatInfo: the output and the template's error, if any. `info` undefined: no daemon (`serverError`). */
export function formatInfo(tmpl: GoTemplate, client: { debug: boolean }, info: SystemInfo | undefined, nowMs: number, serverError?: string): { out: string; error?: string } {
  const clientInfo = goStruct({ Debug: client.debug, Context: 'default', Plugins: goSlice([], '[]pluginmanager.Plugin'), Warnings: goNil('[]string') }, '*system.clientInfo');
  const fields = info ? { ...infoFields(info, nowMs), ClientInfo: clientInfo } : { ...(serverError !== undefined ? { ServerErrors: goSlice([serverError], '[]string') } : {}), ClientInfo: clientInfo };
  const data = goStruct(fields, 'system.info');
  try {
    return { out: `${tmpl.execute(data)}\n` };
  } catch (e) {
    if (!(e instanceof GoTemplateError)) throw e;
    let error = e.message;
    // Info is nil: reflect cannot step through it to one of its (promoted) fields.
    const m = INFO_FIELD.exec(error);
    if (!info && m) error = `${m[1]}reflect: indirection through nil pointer to embedded struct field Info`;
    return { out: `${tmpl.executePartial(data)}\n`, error };
  }
}
