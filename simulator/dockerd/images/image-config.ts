// The image config dockerd writes and the v1 image JSON `docker save` derives from it (moby
// 20.10 image/image.go, image/v1/imagev1.go). Image.MarshalJSON merges the V1Image fields with
// history and rootfs into one map, so a config dockerd makes has its keys sorted; V1Image
// itself is a struct (fields in declaration order, omitempty ones only when set), and a v1 id
// is the sha256 of that struct re-marshalled as a map with `layer_id` and `parent` added.

import { goJsonMarshal, goMap } from '../../go/json';
import { digestText } from '../../oci/digest';
import { goContainerConfig } from './inspect';

type Json = Record<string, unknown>;

/** Go maps inside container.Config (Labels, ExposedPorts, Volumes) marshal with sorted keys. */
function containerConfig(raw: unknown): Json {
  const c = goContainerConfig(raw);
  for (const key of ['ExposedPorts', 'Volumes', 'Labels']) {
    const value = c[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) c[key] = goMap({ ...(value as Json) });
  }
  return c;
}

/** image.V1Image of a config as Go marshals the struct (image/image.go:20). */
export function v1Image(config: Json, extra: { id?: string; parent?: string } = {}): Json {
  const str = (k: string) => (typeof config[k] === 'string' && config[k] !== '' ? (config[k] as string) : undefined);
  return {
    id: extra.id,
    parent: extra.parent,
    comment: str('comment'),
    created: str('created') ?? '0001-01-01T00:00:00Z',
    container: str('container'),
    container_config: containerConfig(config.container_config),
    docker_version: str('docker_version'),
    author: str('author'),
    config: config.config === undefined || config.config === null ? undefined : containerConfig(config.config),
    architecture: str('architecture'),
    variant: str('variant'),
    os: str('os'),
  };
}

/** The V1Image of a layer below the top one: only its (zero) creation time (tarexport/save.go:263). */
export function lowerV1Image(): Json {
  return { created: '1970-01-01T00:00:00Z', container_config: containerConfig({}) };
}

/** v1.CreateID: the V1Image without its id, as a sorted map with the chain id and parent. */
export function v1Id(image: Json, chainId: string, parent: string | undefined): string {
  const map: Json = {};
  for (const [k, val] of Object.entries(image)) if (k !== 'id' && val !== undefined) map[k] = val;
  map.layer_id = chainId;
  if (parent !== undefined) map.parent = `sha256:${parent}`;
  return digestText(goJsonMarshal(goMap(map))).replace(/^sha256:/, '');
}

export interface HistoryEntry {
  created: string;
  author?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

/**
 * A config as Image.MarshalJSON writes it: the V1Image fields (no id/parent) with history and
 * rootfs, keys sorted; its sha256 is the image id.
 */
export function marshalImageConfig(v1: Json, history: readonly HistoryEntry[], diffIds: readonly string[]): string {
  const fields = { ...v1, id: undefined, parent: undefined, history: history.map(historyStruct), rootfs: { type: 'layers', diff_ids: [...diffIds] } };
  const map: Json = {};
  for (const [k, val] of Object.entries(fields)) if (val !== undefined) map[k] = val;
  return goJsonMarshal(goMap(map));
}

/** image.History in struct order (image/image.go:150), omitempty fields left out. */
function historyStruct(h: HistoryEntry): Json {
  return { created: h.created, author: h.author || undefined, created_by: h.created_by || undefined, comment: h.comment || undefined, empty_layer: h.empty_layer || undefined };
}
