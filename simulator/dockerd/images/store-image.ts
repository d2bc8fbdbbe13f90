// image/store.go Create: a config (its exact bytes) stored under its digest, with the size of
// its layers; the same config twice is the same image.

import type { Node } from '../../node';
import { digestText } from '../../oci/digest';

export function storeImage(node: Node, configText: string, size: number, parent?: string): string {
  const id = digestText(configText).replace(/^sha256:/, '');
  const store = node.state.dockerd.images;
  if (store[id]) return id;
  const config = JSON.parse(configText) as Record<string, unknown>;
  store[id] = {
    id,
    config,
    created: typeof config.created === 'string' ? config.created : '0001-01-01T00:00:00Z',
    size,
    diffIds: [...((config.rootfs as { diff_ids?: string[] } | undefined)?.diff_ids ?? [])],
    repoDigests: [],
    configText,
    ...(parent !== undefined ? { parent } : {}),
  };
  return id;
}
