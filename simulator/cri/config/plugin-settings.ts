// The CRI plugin's settings besides the registry that containerd 1.6.20 reads from
// `[plugins."io.containerd.grpc.v1.cri"]` of /etc/containerd/config.toml as it starts and keeps
// until the next start (pkg/cri/config/config.go): sandbox_image, and runc's options table,
// whose SystemdCgroup makes the shim run runc with the systemd cgroup manager. The decode is
// go-toml's over the defaults, as containerd-config-dump.ts describes it: a field the file sets
// takes its value, and an entry of the runtimes map the file names is decoded afresh (a file
// that names runc's table without SystemdCgroup gives false).

import type { Node } from '../../node';
import type { CriPluginSettings } from './plugin-settings-schema';

export type { CriPluginSettings } from './plugin-settings-schema';

/** sandbox_image of containerd 1.6's defaults and of the node's stock config.toml. */
export const DEFAULT_SANDBOX_IMAGE = 'registry.k8s.io/pause:3.6';

export const STOCK_PLUGIN_SETTINGS: CriPluginSettings = { sandboxImage: DEFAULT_SANDBOX_IMAGE, systemdCgroup: false };

/** True for the stock values (kept as no record: a node saved before the settings existed reads the same). */
export function isStockSettings(settings: CriPluginSettings): boolean {
  return settings.sandboxImage === STOCK_PLUGIN_SETTINGS.sandboxImage && settings.systemdCgroup === STOCK_PLUGIN_SETTINGS.systemdCgroup && settings.systemdCgroupRaw === undefined;
}

type Table = Record<string, unknown>;

/** A TOML table as smol-toml gives it (not an array, not a date). */
export function isTable(x: unknown): x is Table {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Date);
}

/** A value of the wrong type for a field: what go-toml refuses (the daemon does not start). */
export class SettingTypeError extends Error {}

/** Go's `%v(%T)` of a decoded TOML value, as go-toml's conversion errors name it. */
function goValueAndType(value: unknown): string {
  if (typeof value === 'string') return `${value}(string)`;
  if (typeof value === 'boolean') return `${value}(bool)`;
  if (typeof value === 'bigint') return `${value}(int64)`;
  if (typeof value === 'number') return Number.isInteger(value) ? `${value}(int64)` : `${value}(float64)`;
  return `${JSON.stringify(value)}(${Array.isArray(value) ? '[]interface {}' : 'interface {}'})`;
}

/** go-toml's `(line, col)` of a key: the first line that sets it (1-based, the key's column). */
function keyPosition(text: string, key: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^\\s*${key}\\s*=`).test(l));
  if (at < 0) return '(0, 0)';
  return `(${at + 1}, ${(lines[at]?.length ?? 0) - (lines[at]?.trimStart().length ?? 0) + 1})`;
}

function at(root: Table, keys: readonly string[]): unknown {
  let here: unknown = root;
  for (const k of keys) {
    if (!isTable(here) || !Object.hasOwn(here, k)) return undefined;
    here = here[k];
  }
  return here;
}

/** The settings a decoded config.toml (`doc`, parsed from `text`) gives. */
export function pluginSettingsFrom(doc: Table, text: string): CriPluginSettings {
  const plugin = ['plugins', 'io.containerd.grpc.v1.cri'];
  const image = at(doc, [...plugin, 'sandbox_image']);
  if (image !== undefined && typeof image !== 'string') {
    // The plugin's section is decoded as the plugin loads: containerd exits with go-toml's words.
    throw new SettingTypeError(`${keyPosition(text, 'sandbox_image')}: Can't convert ${goValueAndType(image)} to string`);
  }
  // Named in the file, runc's entry is only what the file says (go-toml decodes it afresh).
  const runc = at(doc, [...plugin, 'containerd', 'runtimes', 'runc']);
  const systemd = isTable(runc) ? at(runc, ['options', 'SystemdCgroup']) : undefined;
  const raw = systemd === undefined || typeof systemd === 'boolean' ? undefined : typeof systemd === 'number' || typeof systemd === 'string' ? systemd : goValueAndType(systemd);
  return {
    sandboxImage: image ?? DEFAULT_SANDBOX_IMAGE,
    systemdCgroup: systemd === true,
    ...(raw === undefined ? {} : { systemdCgroupRaw: raw }),
  };
}

/**
 * generateRuntimeOptions of a sandbox or container: runc's options map decoded into
 * runcoptions.Options, which refuses a SystemdCgroup that is not a bool.
 */
export function runtimeOptionsProblem(settings: CriPluginSettings): string | undefined {
  if (settings.systemdCgroupRaw === undefined) return undefined;
  return `failed to generate runtime options: (0, 0): Can't convert ${goValueAndType(settings.systemdCgroupRaw)} to bool`;
}

/** What the running daemon read at its start (the stock values when the file said nothing). */
export function pluginSettings(node: Node): CriPluginSettings {
  return node.state.cri.settings ?? STOCK_PLUGIN_SETTINGS;
}
