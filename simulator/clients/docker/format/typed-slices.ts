// The string slices of what ContainerInspectWithRaw and ImageInspectWithRaw decode into
// (types.ContainerJSON, types.ImageInspect, container.Config, container.HostConfig): a
// template runs on those typed values first (inspect.Inspect), so `{{join .Config.Env ","}}`
// and `{{join .Config.Cmd " "}}` work there as on a real docker 20.10.24, where the raw JSON's
// []interface {} would not; and the structs' Go types, which `{{printf "%T" .State}}` prints
// (*types.ContainerState, a pointer field, as `printf "%v"` shows with its &). The arrays and
// objects are only marked (a WeakMap), never copied or changed (RootFS aside, below).

import { withMarshalJSON } from '../../../go/json';
import { goSlice, goStruct } from '../../../go/template/index';

/** Field paths and their Go types: strslice.StrSlice is a named []string. */
type SliceFields = ReadonlyArray<readonly [path: string, type: '[]string' | 'strslice.StrSlice' | '[]types.MountPoint']>;

/** Struct fields and their Go types. */
type StructFields = ReadonlyArray<readonly [path: string, type: string]>;

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
  ['Mounts', '[]types.MountPoint'],
];

const CONTAINER_STRUCTS: StructFields = [
  ['State', '*types.ContainerState'],
  ['Config', '*container.Config'],
  ['HostConfig', '*container.HostConfig'],
  ['NetworkSettings', '*types.NetworkSettings'],
  ['GraphDriver', 'types.GraphDriverData'],
];

const IMAGE_STRUCTS: StructFields = [
  ['Config', '*container.Config'],
  ['ContainerConfig', '*container.Config'],
  ['GraphDriver', 'types.GraphDriverData'],
  ['RootFS', 'types.RootFS'],
];

const IMAGE: SliceFields = [['RepoTags', '[]string'], ['RepoDigests', '[]string'], ['RootFS.Layers', '[]string'], ...CONFIG, ...CONFIG.map(([p, t]) => [`Container${p}`, t] as const)];

/** The value at a dotted path, or undefined. */
function at(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const name of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
  return value;
}

function mark(root: unknown, fields: SliceFields, structs: StructFields): unknown {
  for (const [path, type] of structs) {
    const value = at(root, path);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) goStruct(value, type);
  }
  for (const [path, type] of fields) {
    const value = at(root, path);
    // The string ones are a []string underneath (strslice.StrSlice's type is []string).
    if (Array.isArray(value)) goSlice(value, type, type === '[]types.MountPoint' ? undefined : '[]string');
  }
  return root;
}

/** A container's inspect object with its string slices and structs typed. */
export const typedContainer = (json: unknown): unknown => mark(json, CONTAINER, CONTAINER_STRUCTS);

/**
 * types.RootFS has a third field, BaseLayer (`json:",omitempty"`): `{{.RootFS}}` prints its
 * empty value (`{layers [sha256:…] }`), its JSON leaves it out. The image's RootFS is replaced
 * by a copy with it, encoded as the original.
 */
function withBaseLayer(json: unknown): unknown {
  if (json === null || typeof json !== 'object') return json;
  const image = json as { RootFS?: unknown };
  const rootfs = image.RootFS;
  if (rootfs === undefined || rootfs === null || typeof rootfs !== 'object' || Array.isArray(rootfs) || 'BaseLayer' in rootfs) return json;
  image.RootFS = withMarshalJSON({ ...rootfs, BaseLayer: '' }, () => rootfs);
  return json;
}

/** An image's inspect object with its string slices and structs typed. */
export const typedImage = (json: unknown): unknown => mark(withBaseLayer(json), IMAGE, IMAGE_STRUCTS);
