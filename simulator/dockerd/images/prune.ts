// POST /images/prune (moby 20.10 daemon/images/image_prune.go ImagesPrune): without -a the
// heads of the image graph (no child image) that have no tag; with -a every image; untagged
// intermediate images are left to their children. Each goes through ImageDelete with prune
// (its references untagged, then the image and its unique layers, then untagged parents);
// images a container uses fail that quietly and stay. SpaceReclaimed is the DiffSize of the
// layers that left the layer store.

import type { Node } from '../../node';
import { familiarName } from './familiar-name';
import { deleteImage, referencesOf, usedBy, type DeleteResponse } from './remove';

export interface ImagesPruneReport {
  ImagesDeleted: DeleteResponse[] | null;
  SpaceReclaimed: number;
}

export function pruneImages(node: Node, options: { all: boolean }): ImagesPruneReport {
  const store = node.state.dockerd;
  const layersBefore = { ...(store.layers ?? {}) };
  const hasChildren = (id: string) => Object.values(store.images).some((i) => i.parent === id);
  const candidates = Object.keys(store.images).filter((id) => {
    if (!options.all && hasChildren(id)) return false;
    return !(referencesOf(node, id).length === 0 && hasChildren(id));
  });
  const deleted: DeleteResponse[] = [];
  for (const id of candidates) {
    const image = store.images[id];
    if (!image || usedBy(node, id).length > 0) continue;
    const tags = referencesOf(node, id);
    if (!options.all && tags.length > 0) continue;
    for (const ref of tags) {
      delete store.references[ref];
      deleted.push({ Untagged: familiarName(ref) });
    }
    for (const digestRef of image.repoDigests) deleted.push({ Untagged: familiarName(digestRef) });
    deleted.push(...deleteImage(node, id));
  }
  let space = 0;
  for (const [diffId, layer] of Object.entries(layersBefore)) if (!store.layers?.[diffId]) space += layer.size;
  return { ImagesDeleted: deleted.length === 0 ? null : deleted, SpaceReclaimed: space };
}
