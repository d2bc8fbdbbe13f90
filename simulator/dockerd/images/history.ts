// GET /images/{name}/history (moby 20.10 daemon/images/image_history.go ImageHistory): one
// entry per config history entry, newest first, a non-empty one sized by its layer (DiffSize);
// ids are filled in from the image down its Parent chain (a classic build's intermediate
// images) and are `<missing>` below it, as after a pull or load.

import type { Node } from '../../node';
import { imageTags } from './list';
import { findImage } from './lookup';
import { findLayer } from './layers';

export interface HistoryResponseItem {
  Id: string;
  /** Unix seconds. */
  Created: number;
  CreatedBy: string;
  Tags: string[] | null;
  Size: number;
  Comment: string;
}

interface HistoryEntry {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

export function imageHistory(node: Node, typed: string): HistoryResponseItem[] {
  const { id } = findImage(node, typed);
  const store = node.state.dockerd.images;
  const image = store[id];
  if (!image) return [];
  const out: HistoryResponseItem[] = [];
  let layer = 0;
  for (const h of (image.config.history as HistoryEntry[] | undefined) ?? []) {
    let size = 0;
    if (!h.empty_layer) {
      const diffId = image.diffIds[layer++];
      size = diffId === undefined ? 0 : (findLayer(node, diffId)?.size ?? 0);
    }
    out.unshift({ Id: '<missing>', Created: Math.floor(Date.parse(h.created ?? '') / 1000) || 0, CreatedBy: h.created_by ?? '', Tags: null, Size: size, Comment: h.comment ?? '' });
  }
  let current: string | undefined = id;
  for (const item of out) {
    if (current === undefined) break;
    item.Id = `sha256:${current}`;
    const tags = imageTags(node, current);
    item.Tags = tags.length > 0 ? tags : null;
    current = store[current]?.parent;
  }
  return out;
}
