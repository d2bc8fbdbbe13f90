// `docker info` (docker/cli 20.10 cli/command/system/info.go prettyPrintInfo): the Client
// section (context, debug), then the daemon's SystemInfo, a field per line in that file's
// order, and a blank line. With no daemon the client part is printed and the error follows.
// --format: info-format.ts.

import { CliError } from '../../../cli/cli-error';
import type { SystemInfo } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { daemonErrorText } from '../errors';
import { formatInfo, goSystemTime, parseInfoTemplate } from './info-format';

/** go-units BytesSize: binary units, "%.4g". */
function bytesSize(size: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let i = 0;
  let v = size;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number(v.toPrecision(4))}${units[i]}`;
}

function clientPart(c: DockerContext): string {
  return `Client:\n Context:    default\n Debug Mode: ${c.bool('debug')}\n`;
}

/** The daemon's own counters, printed under Debug Mode when the daemon runs with debug on. */
function debugLines(info: SystemInfo, nowMs: number): string[] {
  if (!info.Debug) return [];
  return [
    `  File Descriptors: ${info.NFd}`,
    `  Goroutines: ${info.NGoroutines}`,
    `  System Time: ${goSystemTime(nowMs)}`,
    '  EventsListeners: 0',
  ];
}

function serverPart(info: SystemInfo, nowMs: number): string {
  const out: string[] = [
    'Server:',
    ` Containers: ${info.Containers}`,
    `  Running: ${info.ContainersRunning}`,
    `  Paused: ${info.ContainersPaused}`,
    `  Stopped: ${info.ContainersStopped}`,
    ` Images: ${info.Images}`,
    ` Server Version: ${info.ServerVersion}`,
    ` Storage Driver: ${info.Driver}`,
    ...info.DriverStatus.map(([k, v]) => `  ${k}: ${v}`),
    ` Logging Driver: ${info.LoggingDriver}`,
    ` Cgroup Driver: ${info.CgroupDriver}`,
    ` Cgroup Version: ${info.CgroupVersion}`,
    ' Plugins:',
    `  Volume: ${info.Plugins.Volume.join(' ')}`,
    `  Network: ${info.Plugins.Network.join(' ')}`,
    `  Log: ${info.Plugins.Log.join(' ')}`,
    ' Swarm: inactive',
    ` Runtimes: ${info.Runtimes.join(' ')}`,
    ` Default Runtime: ${info.DefaultRuntime}`,
    ` Init Binary: ${info.InitBinary}`,
    ` containerd version: ${info.ContainerdCommit}`,
    ` runc version: ${info.RuncCommit}`,
    ` init version: ${info.InitCommit}`,
    ' Security Options:',
  ];
  for (const option of info.SecurityOptions) {
    // name=seccomp,profile=default → "  seccomp" then "   Profile: default".
    const fields = Object.fromEntries(option.split(',').map((kv) => kv.split('=') as [string, string]));
    out.push(`  ${fields.name ?? ''}`);
    for (const [k, v] of Object.entries(fields)) if (k !== 'name') out.push(`   ${k[0]?.toUpperCase()}${k.slice(1)}: ${v}`);
  }
  out.push(
    ` Kernel Version: ${info.KernelVersion}`,
    ` Operating System: ${info.OperatingSystem}`,
    ` OSType: ${info.OSType}`,
    ` Architecture: ${info.Architecture}`,
    ` CPUs: ${info.NCPU}`,
    ` Total Memory: ${bytesSize(info.MemTotal)}`,
    ` Name: ${info.Name}`,
    ` ID: ${info.ID}`,
    ` Docker Root Dir: ${info.DockerRootDir}`,
    ` Debug Mode: ${info.Debug}`,
    ...debugLines(info, nowMs),
    ` Registry: ${info.IndexServerAddress}`,
    ' Labels:',
    ...info.Labels.map((l) => `  ${l}`),
    ` Experimental: ${info.ExperimentalBuild}`,
    ' Insecure Registries:',
    ...info.InsecureRegistryHosts.map((r) => `  ${r}`),
    ...info.InsecureRegistryCIDRs.map((r) => `  ${r}`),
    ...(info.Mirrors.length > 0 ? [' Registry Mirrors:', ...info.Mirrors.map((m) => `  ${m}`)] : []),
    ` Live Restore Enabled: ${info.LiveRestoreEnabled}`,
    '',
  );
  return `${out.join('\n')}\n`;
}

/** --format (info-format.ts): no daemon is no error of its own here, only ServerErrors in the data. */
function formatted(c: DockerContext, format: string): void {
  const tmpl = parseInfoTemplate(format);
  let info: SystemInfo | undefined;
  let serverError: string | undefined;
  try {
    info = daemonOf(c).info();
  } catch (err) {
    const text = daemonErrorText(err);
    if (text === undefined) throw err;
    serverError = text;
  }
  const { out, error } = formatInfo(tmpl, { debug: c.bool('debug') }, info, c.env.node.nowMs(), serverError);
  c.io.stdout(out);
  if (error !== undefined) throw new CliError(error, 1);
}

function action(c: DockerContext): void {
  if (c.string('format') !== '') return formatted(c, c.string('format'));
  let info: SystemInfo;
  try {
    info = daemonOf(c).info();
  } catch (err) {
    c.io.stdout(`${clientPart(c)}\n`);
    throw err;
  }
  c.io.stdout(`${clientPart(c)}\n${serverPart(info, c.env.node.nowMs())}`);
}

export const infoCommand: DockerCommand = {
  name: 'info',
  argsUsage: '[OPTIONS]',
  usage: 'Display system-wide information',
  args: { max: 0 },
  flags: [{ names: ['format', 'f'], kind: 'string', usage: 'Format the output using the given Go template' }],
  action,
};
