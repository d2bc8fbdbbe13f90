// DELETE /images/{name} (daemon/images/image_delete.go ImageDelete): a reference is untagged;
// the image itself goes once nothing refers to it, with its layers that no other image shares
// (reported top first by chain id). An id that several references name needs -f; an image a
// container uses cannot go (conflict).

import type { Node } from '../../node';
import { digestText } from '../../oci/digest';
import { conflict } from '../errors';
import { familiarName } from './list';
import { releaseUnusedLayers } from './layers';
import { findImage } from './lookup';

export type DeleteResponse = { Untagged: string } | { Deleted: string };

/** layer.CreateChainID over the diff ids, bottom first. */
export function chainIds(diffIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const diff of diffIds) {
    const last = out[out.length - 1];
    out.push(last === undefined ? diff : digestText(`${last} ${diff}`));
  }
  return out;
}

export function referencesOf(node: Node, id: string): string[] {
  return Object.entries(node.state.dockerd.references)
    .filter(([, to]) => to === id)
    .map(([name]) => name);
}

export function usedBy(node: Node, id: string) {
  return Object.values(node.state.dockerd.containers).filter((c) => c.imageId === id);
}

/**
 * Deletes the image and its layers no other image shares; then, as image_delete.go's prune
 * does (quietly), its parent when nothing names, builds on or runs from that one any more —
 * the untagged intermediate images of a classic build go with their last child.
 */
export function deleteImage(node: Node, id: string): DeleteResponse[] {
  const store = node.state.dockerd;
  const image = store.images[id];
  if (!image) return [];
  delete store.images[id];
  const shared = new Set(Object.values(store.images).flatMap((other) => chainIds(other.diffIds)));
  const layers = chainIds(image.diffIds).filter((c) => !shared.has(c)).reverse();
  releaseUnusedLayers(node);
  const out: DeleteResponse[] = [{ Deleted: `sha256:${id}` }, ...layers.map((c) => ({ Deleted: c }))];
  const parent = image.parent;
  if (parent !== undefined && store.images[parent] && referencesOf(node, parent).length === 0 && usedBy(node, parent).length === 0 && !Object.values(store.images).some((i) => i.parent === parent)) {
    out.push(...deleteImage(node, parent));
  }
  return out;
}

export function removeImage(node: Node, typed: string, force: boolean): DeleteResponse[] {
  const found = findImage(node, typed);
  const short = found.id.slice(0, 12);
  const refs = referencesOf(node, found.id);
  if (found.reference !== undefined) {
    const user = usedBy(node, found.id)[0];
    if (user && refs.length === 1 && !force) {
      throw conflict(`conflict: unable to remove repository reference ${JSON.stringify(typed)} (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${short}`);
    }
    delete node.state.dockerd.references[found.reference];
    const out: DeleteResponse[] = [{ Untagged: familiarName(found.reference) }];
    if (refs.length === 1 && !user) out.push(...deleteImage(node, found.id));
    return out;
  }
  const running = usedBy(node, found.id).find((c) => c.state.status === 'running' || c.state.status === 'paused');
  if (running) throw conflict(`conflict: unable to delete ${short} (cannot be forced) - image is being used by running container ${running.id.slice(0, 12)}`);
  const stopped = usedBy(node, found.id)[0];
  if (stopped && !force) throw conflict(`conflict: unable to delete ${short} (must be forced) - image is being used by stopped container ${stopped.id.slice(0, 12)}`);
  if (refs.length > 1 && !force) throw conflict(`conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories`);
  const out: DeleteResponse[] = refs.map((r) => ({ Untagged: familiarName(r) }));
  for (const r of refs) delete node.state.dockerd.references[r];
  return [...out, ...deleteImage(node, found.id)];
}
