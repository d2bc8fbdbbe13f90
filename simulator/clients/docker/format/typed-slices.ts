// The string slices of what ContainerInspectWithRaw and ImageInspectWithRaw decode into
// (types.ContainerJSON, types.ImageInspect, container.Config, container.HostConfig): a
// template runs on those typed values first (inspect.Inspect), so `{{join .Config.Env ","}}`
// and `{{join .Config.Cmd " "}}` work there as on a real docker 20.10.24, where the raw JSON's
// []interface {} would not. The arrays are only marked (a WeakMap), never copied or changed.

import { goSlice } from '../../../go/template/index';

/** Field paths and their Go types: strslice.StrSlice is a named []string. */
type SliceFields = ReadonlyArray<readonly [path: string, type: '[]string' | 'strslice.StrSlice']>;

const CONFIG: SliceFields = [
  ['Config.Env', '[]string'],
  ['Config.Cmd', 'strslice.StrSlice'],
  ['Config.Entrypoint', 'strslice.StrSlice'],
  ['Config.Shell', 'strslice.StrSlice'],
  ['Config.OnBuild', '[]string'],
  ['Config.Healthcheck.Test', '[]string'],
];

const CONTAINER: SliceFields = [
  ['Args', '[]string'],
  ...CONFIG,
  ...(['Binds', 'Dns', 'DnsOptions', 'DnsSearch', 'ExtraHosts', 'GroupAdd', 'SecurityOpt', 'Links', 'VolumesFrom', 'MaskedPaths', 'ReadonlyPaths'] as const).map((f) => [`HostConfig.${f}`, '[]string'] as const),
  ['HostConfig.CapAdd', 'strslice.StrSlice'],
  ['HostConfig.CapDrop', 'strslice.StrSlice'],
];

const IMAGE: SliceFields = [['RepoTags', '[]string'], ['RepoDigests', '[]string'], ...CONFIG, ...CONFIG.map(([p, t]) => [`Container${p}`, t] as const)];

function mark(root: unknown, fields: SliceFields): unknown {
  for (const [path, type] of fields) {
    const names = path.split('.');
    const last = names.pop() ?? '';
    let parent: unknown = root;
    for (const name of names) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[name] : undefined;
    if (parent === null || typeof parent !== 'object' || !(last in parent)) continue;
    const value = (parent as Record<string, unknown>)[last];
    // Every one of them is a []string underneath (strslice.StrSlice's type is []string).
    if (Array.isArray(value)) goSlice(value, type, '[]string');
  }
  return root;
}

/** A container's inspect object with its string slices typed. */
export const typedContainer = (json: unknown): unknown => mark(json, CONTAINER);

/** An image's inspect object with its string slices typed. */
export const typedImage = (json: unknown): unknown => mark(json, IMAGE);
