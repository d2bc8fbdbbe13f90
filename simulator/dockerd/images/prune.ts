// POST /images/prune (moby 20.10 daemon/images/image_prune.go ImagesPrune): without -a the
// heads of the image graph (no child image) that have no tag; with -a every image; untagged
// intermediate images are left to their children. Each goes through ImageDelete with prune
// (its references untagged, then the image and its unique layers, then untagged parents);
// an image a container uses loses all its references but the last (which fails quietly), and
// stays. SpaceReclaimed is the DiffSize of the
// layers that left the layer store.

import type { Node } from '../../node';
import { matchLabels } from '../containers/ps-filters';
import { invalidParameter } from '../errors';
import { untilOf } from '../system/prune-filters';
import { familiarName } from './familiar-name';
import { deleteImage, referencesOf, removeImage, usedBy, type DeleteResponse } from './remove';
import { isDockerdError } from '../errors';
import { logEvent, logImageEvent } from '../events/event-log';

export interface ImagesPruneReport {
  ImagesDeleted: DeleteResponse[] | null;
  SpaceReclaimed: number;
}

/** imagesAcceptedFilters (image_prune.go). */
const ACCEPTED = new Set(['dangling', 'label', 'label!', 'until']);

/**
 * The filters the CLI sends (its own `dangling=<!all>` among them): whether only dangling
 * images go, and whether an image's labels pass `label` (every one) and `label!` (not all of them).
 */
function foldFilters(filters: ReadonlyMap<string, readonly string[]>, nowMs: number): { all: boolean; untilMs?: number; labelsPass: (labels: Record<string, string>) => boolean } {
  for (const key of filters.keys()) if (!ACCEPTED.has(key)) throw invalidParameter(`Invalid filter '${key}'`);
  const dangling = filters.get('dangling') ?? ['true'];
  const all = dangling.includes('false') || dangling.includes('0');
  if (!all && !dangling.includes('true') && !dangling.includes('1')) throw invalidParameter(`Invalid filter 'dangling=[${dangling.join(' ')}]'`);
  const not = filters.get('label!');
  return { all, untilMs: untilOf(filters.get('until'), nowMs), labelsPass: (labels) => matchLabels(filters.get('label'), labels) && !(not !== undefined && matchLabels(not, labels)) };
}

export function pruneImages(node: Node, options: { all: boolean; filters?: ReadonlyMap<string, readonly string[]> }): ImagesPruneReport {
  const folded = foldFilters(options.filters ?? new Map([['dangling', [String(!options.all)]]]), node.nowMs());
  const all = folded.all;
  const store = node.state.dockerd;
  const layersBefore = { ...(store.layers ?? {}) };
  const hasChildren = (id: string) => Object.values(store.images).some((i) => i.parent === id);
  const candidates = Object.keys(store.images).filter((id) => {
    if (!all && hasChildren(id)) return false;
    if (referencesOf(node, id).length === 0 && hasChildren(id)) return false;
    // until: images created after that moment stay.
    if (folded.untilMs !== undefined && Date.parse(store.images[id]?.created ?? '') > folded.untilMs) return false;
    // A config without a `config` (very old images) passes the label filters.
    const config = store.images[id]?.config.config as { Labels?: Record<string, string> | null } | undefined | null;
    return config === undefined || config === null || folded.labelsPass(config.Labels ?? {});
  });
  const deleted: DeleteResponse[] = [];
  for (const id of candidates) {
    const image = store.images[id];
    if (!image) continue;
    const tags = referencesOf(node, id);
    if (usedBy(node, id).length > 0) {
      // ImageDelete(ref, force=false, prune=true) per reference, in the reference store's lexical
      // order: all but the last are untagged; the last is refused (a container uses the image),
      // which the prune passes over quietly (imageDeleteFailed).
      if (all) for (const ref of [...tags].sort()) deleted.push(...untagQuietly(node, ref));
      continue;
    }
    if (!all && tags.length > 0) continue;
    const before = new Set(Object.keys(store.images));
    const items: DeleteResponse[] = [];
    for (const ref of tags) {
      delete store.references[ref];
      items.push({ Untagged: familiarName(ref) });
    }
    for (const digestRef of image.repoDigests) items.push({ Untagged: familiarName(digestRef) });
    items.push(...deleteImage(node, id));
    // ImageDelete logs `untag` per reference (the image's id for name) and `delete` per image
    // that went (not per layer), as `docker rmi` does (a real 20.10.24: 5 of each for 5 images).
    for (const r of items) {
      if ('Untagged' in r) logImageEvent(node, `sha256:${id}`, `sha256:${id}`, 'untag');
      else if (before.has(r.Deleted.replace(/^sha256:/, ''))) logImageEvent(node, r.Deleted, r.Deleted, 'delete');
    }
    deleted.push(...items);
  }
  let space = 0;
  for (const [diffId, layer] of Object.entries(layersBefore)) if (!store.layers?.[diffId]) space += layer.size;
  logEvent(node, 'image', 'prune', { ID: '', Attributes: { reclaimed: String(space) } });
  return { ImagesDeleted: deleted.length === 0 ? null : deleted, SpaceReclaimed: space };
}

/** One reference of an image a container uses: untagged while others remain, else the conflict, passed over. */
function untagQuietly(node: Node, ref: string): DeleteResponse[] {
  try {
    return removeImage(node, ref, false);
  } catch (err) {
    if (isDockerdError(err)) return [];
    throw err;
  }
}
