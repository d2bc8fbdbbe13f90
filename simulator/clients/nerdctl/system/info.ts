// `nerdctl info` and `nerdctl system info` (cmd/nerdctl/info.go, pkg/infoutil@v0.22.2):
// dockercompat mode prints Client (namespace, debug) and Server (containerd's version, the
// snapshotter as Storage Driver, json-file logging, cgroup driver and version, log drivers,
// the snapshotters that loaded, security options, kernel, OS from /etc/os-release, CPUs,
// memory, host name, containerd's UUID as ID), then a blank line; warnings go to stderr (none
// on this node: the recorded node's `docker info` printed none). native mode lists namespace,
// snapshotter, cgroup manager, containerd and its plugins. -f runs a template over the object.

import { KERNEL_RELEASE } from '../../../host/kernel';
import { binaryToText, exists, readFile } from '../../../host/vfs';
import { CONTAINERD_PACKAGE } from '../../../host/installed-versions';
import { GoTemplateError, goSlice, goStruct } from '../../../go/template/index';
import { parseNerdctlTemplate } from '../format/template';
import { containerdOf, globalOptions, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';

/** The recorded node (conformance 10-docker-engine: `docker info`): kernel, CPUs, memory. */
const NCPU = 2;
/** MemTotal of /proc/meminfo in bytes: 23.54GiB as units.BytesSize prints it. */
const MEM_TOTAL = 25_278_013_440;

/** docker/go-units BytesSize: binary units, "%.4g" and the unit. */
export function bytesSize(size: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
  let i = 0;
  let v = size;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number(v.toPrecision(4))}${units[i]}`;
}

/** DistroName (infoutil_unix.go): PRETTY_NAME, else NAME VERSION, else "GNU/Linux". */
function distroName(c: NerdctlContext): string {
  const files = c.env.node.state.host.files;
  if (!exists(files, '/etc/os-release')) return 'GNU/Linux';
  let name = '';
  let version = '';
  for (const line of binaryToText(readFile(files, '/etc/os-release')).split('\n')) {
    const m = /([^\s=]+)\s*=\s*("?)([^"]*)("?)/.exec((line.split('#')[0] ?? '').trim());
    if (!m) continue;
    if (m[1] === 'PRETTY_NAME') return m[3] ?? '';
    if (m[1] === 'NAME') name = m[3] ?? '';
    if (m[1] === 'VERSION') version = m[3] ?? '';
  }
  if (name !== '') return version !== '' ? `${name} ${version}` : name;
  return 'GNU/Linux';
}

/** dockercompat.Info, fields in the struct's order. */
function compatInfo(c: NerdctlContext): Record<string, unknown> {
  const client = containerdOf(c);
  const { snapshotter, cgroupManager } = globalOptions(c);
  const storage = client.introspection
    .plugins()
    .filter((p) => p.type.startsWith('io.containerd.snapshotter.') && p.initError === undefined)
    .map((p) => p.id);
  const supported = cgroupManager !== 'none';
  return goStruct({
    ID: client.introspection.serverUuid(),
    Driver: snapshotter,
    Plugins: goStruct({ Log: goSlice(['fluentd', 'journald', 'json-file'], '[]string'), Storage: goSlice(storage, '[]string') }, 'dockercompat.PluginsInfo'),
    MemoryLimit: supported,
    SwapLimit: supported,
    CpuCfsPeriod: supported,
    CpuCfsQuota: supported,
    CPUShares: supported,
    CPUSet: supported,
    PidsLimit: supported,
    IPv4Forwarding: true,
    BridgeNfIptables: true,
    BridgeNfIp6tables: true,
    OomKillDisable: supported,
    SystemTime: new Date(c.env.node.nowMs()).toISOString().replace(/\.000Z$/, 'Z'),
    LoggingDriver: 'json-file',
    CgroupDriver: cgroupManager,
    CgroupVersion: '1',
    KernelVersion: KERNEL_RELEASE,
    OperatingSystem: distroName(c),
    OSType: 'linux',
    Architecture: 'x86_64',
    NCPU,
    MemTotal: MEM_TOTAL,
    Name: c.env.node.state.host.hostname,
    ServerVersion: CONTAINERD_PACKAGE.version,
    SecurityOptions: goSlice(['name=seccomp,profile=default'], '[]string'),
    Warnings: cgroupManager === 'none' ? ['WARNING: Running in rootless-mode without cgroups. To enable cgroups in rootless-mode, you need to boot the system in cgroup v2 mode.'] : null,
  }, '*dockercompat.Info');
}

function printCompat(c: NerdctlContext, info: Record<string, unknown>): void {
  const plugins = info.Plugins as { Log: string[]; Storage: string[] };
  const lines = [
    'Client:',
    ` Namespace:\t${globalOptions(c).namespace}`,
    ` Debug Mode:\t${c.bool('debug')}`,
    '',
    'Server:',
    ` Server Version: ${String(info.ServerVersion)}`,
    ` Storage Driver: ${String(info.Driver)}`,
    ` Logging Driver: ${String(info.LoggingDriver)}`,
    ` Cgroup Driver: ${String(info.CgroupDriver)}`,
    ` Cgroup Version: ${String(info.CgroupVersion)}`,
    ' Plugins:',
    `  Log: ${plugins.Log.join(' ')}`,
    `  Storage: ${plugins.Storage.join(' ')}`,
    ' Security Options:',
    '  seccomp',
    '   Profile: default',
    ` Kernel Version: ${String(info.KernelVersion)}`,
    ` Operating System: ${String(info.OperatingSystem)}`,
    ` OSType: ${String(info.OSType)}`,
    ` Architecture: ${String(info.Architecture)}`,
    ` CPUs: ${String(info.NCPU)}`,
    ` Total Memory: ${bytesSize(MEM_TOTAL)}`,
    ` Name: ${String(info.Name)}`,
    ` ID: ${String(info.ID)}`,
    '',
  ];
  c.io.stdout(`${lines.join('\n')}\n`);
  const warnings = info.Warnings as string[] | null;
  if (warnings && warnings.length > 0) c.io.stderr(`${warnings.join('\n')}\n`);
}

/** native mode (prettyPrintInfoNative): plugins by type (Go's sort.Slice by type; ties kept in load order here). */
function printNative(c: NerdctlContext): void {
  const client = containerdOf(c);
  const { namespace, snapshotter, cgroupManager } = globalOptions(c);
  const plugins = client.introspection.plugins();
  const byType = (list: typeof plugins) => [...list].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  const enabled = byType(plugins.filter((p) => p.initError === undefined));
  const disabled = byType(plugins.filter((p) => p.initError !== undefined));
  let text =
    `Namespace:          ${namespace}\nSnapshotter:        ${snapshotter}\nCgroup Manager:     ${cgroupManager}\nRootless:           false\n` +
    `containerd Version: ${CONTAINERD_PACKAGE.version} (${CONTAINERD_PACKAGE.revision})\ncontainerd UUID:    ${client.introspection.serverUuid()}\n`;
  text += `containerd Plugins:\n${enabled.map((p) => ` - ${p.type}.${p.id}\n`).join('')}`;
  text += `containerd Plugins (disabled):\n${disabled.map((p) => ` - ${p.type}.${p.id}\n`).join('')}`;
  c.io.stdout(text);
}

export const infoCommand: NerdctlCommand = {
  name: 'info',
  usage: 'Display system-wide information',
  args: { max: 0 },
  flags: [
    { names: ['mode'], kind: 'string', value: 'dockercompat', usage: 'Information mode, "dockercompat" for Docker-compatible output, "native" for containerd-native output' },
    { names: ['format', 'f'], kind: 'string', usage: "Format the output using the given Go template, e.g, '{{json .}}'" },
  ],
  action: (c) => {
    const format = c.string('format');
    // The template is parsed before containerd is dialled (info.go:64-74).
    const tmpl = format === '' ? undefined : parseNerdctlTemplate(format);
    containerdOf(c);
    const mode = c.string('mode');
    if (mode !== 'native' && mode !== 'dockercompat') throw new Error(`unknown mode ${JSON.stringify(mode)}`);
    if (tmpl) {
      if (mode === 'native') throw new Error('nerdctl info --mode native --format is not simulated here');
      // Executed straight into stdout, then "\n" (info.go:119-128): what the template wrote
      // before an error stays, without the newline.
      const info = compatInfo(c);
      let text: string;
      try {
        text = tmpl.execute(info);
      } catch (err) {
        if (err instanceof GoTemplateError) c.io.stdout(tmpl.executePartial(info));
        throw err;
      }
      c.io.stdout(`${text}\n`);
      return;
    }
    if (mode === 'native') printNative(c);
    else printCompat(c, compatInfo(c));
  },
};
