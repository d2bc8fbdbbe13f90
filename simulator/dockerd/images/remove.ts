// DELETE /images/{name} (daemon/images/image_delete.go ImageDelete): a reference is untagged;
// the image itself goes once nothing refers to it, with its layers that no other image shares
// (reported top first by chain id). An id that several references name needs -f; an image a
// container uses cannot go (conflict).

import type { Node } from '../../node';
import { digestText } from '../../oci/digest';
import { conflict } from '../errors';
import { familiarName } from './familiar-name';
import { releaseUnusedLayers, retainLayers } from './layers';
import { findImage } from './lookup';
import { logImageEvent } from '../events/event-log';

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

/** The image's tags, sorted as reference/store.go References returns them. */
export function referencesOf(node: Node, id: string): string[] {
  return Object.entries(node.state.dockerd.references)
    .filter(([, to]) => to === id)
    .map(([name]) => name)
    .sort();
}

export function usedBy(node: Node, id: string) {
  return Object.values(node.state.dockerd.containers).filter((c) => c.imageId === id);
}

const isRunning = (c: { state: { status: string } }) => c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';

function hasChildren(node: Node, id: string): boolean {
  return Object.values(node.state.dockerd.images).some((i) => i.parent === id);
}

/**
 * checkImageDeleteConflict (image_delete.go), its checks in moby's order: the hard ones (a child
 * image, a running container) always, the soft ones (a reference, a stopped container) unless
 * forced; `withReferences` false leaves the reference check out. The conflict's text, if any.
 */
function deleteConflict(node: Node, id: string, soft: boolean, withReferences: boolean): { hard: boolean; used: boolean; text: string } | undefined {
  const short = id.slice(0, 12);
  const say = (hard: boolean, used: boolean, why: string) => ({ hard, used, text: `conflict: unable to delete ${short} (${hard ? 'cannot be forced' : 'must be forced'}) - ${why}` });
  if (hasChildren(node, id)) return say(true, false, 'image has dependent child images');
  const running = usedBy(node, id).find(isRunning);
  if (running) return say(true, true, `image is being used by running container ${running.id.slice(0, 12)}`);
  if (!soft) return undefined;
  if (withReferences && referencesOf(node, id).length > 0) return say(false, false, 'image is referenced in multiple repositories');
  const stopped = usedBy(node, id).find((c) => !isRunning(c));
  if (stopped) return say(false, true, `image is being used by stopped container ${stopped.id.slice(0, 12)}`);
  return undefined;
}

/**
 * Deletes the image and its layers no other image shares; a container still on the image keeps
 * its layers (retained, no layer `Deleted` lines: a real 20.10.24 prints only the image's).
 * Then, as image_delete.go's prune does (quietly), its parent when nothing names, builds on or
 * runs from that one any more — the untagged intermediate images of a classic build go with
 * their last child.
 */
export function deleteImage(node: Node, id: string): DeleteResponse[] {
  const store = node.state.dockerd;
  const image = store.images[id];
  if (!image) return [];
  delete store.images[id];
  if (usedBy(node, id).length > 0) retainLayers(node, id, image.diffIds);
  const shared = new Set([...Object.values(store.images), ...Object.values(store.retainedLayers ?? {}).map((diffIds) => ({ diffIds }))].flatMap((other) => chainIds(other.diffIds)));
  const layers = chainIds(image.diffIds).filter((c) => !shared.has(c)).reverse();
  releaseUnusedLayers(node);
  const out: DeleteResponse[] = [{ Deleted: `sha256:${id}` }, ...layers.map((c) => ({ Deleted: c }))];
  const parent = image.parent;
  if (parent !== undefined && store.images[parent] && referencesOf(node, parent).length === 0 && usedBy(node, parent).length === 0 && !hasChildren(node, parent)) {
    out.push(...deleteImage(node, parent));
  }
  return out;
}

/**
 * imageDeleteHelper: the image goes unless a conflict stops it; after an untag (`quiet`) a
 * conflict ends the delete silently unless the image is left dangling and unused.
 */
function deleteHelper(node: Node, id: string, force: boolean, quiet: boolean): DeleteResponse[] {
  const found = deleteConflict(node, id, !force, true);
  if (found) {
    if (quiet && (hasChildren(node, id) || referencesOf(node, id).length > 0 || found.used)) return [];
    throw conflict(found.text);
  }
  // removeAllReferencesToImageID: tags and digests, in the reference store's (lexical) order.
  const image = node.state.dockerd.images[id];
  const all = [...referencesOf(node, id), ...(image?.repoDigests ?? [])].sort();
  for (const r of referencesOf(node, id)) delete node.state.dockerd.references[r];
  if (image) image.repoDigests = [];
  return [...all.map((r) => ({ Untagged: familiarName(r) })), ...deleteImage(node, id)];
}

/**
 * ImageDelete (moby 20.10 image_delete.go): a reference is untagged (refused without -f while
 * it is the last one a container's image has), and the image goes with its last reference; an
 * id untags every reference when they are one repository's, else needs -f.
 */
export function removeImage(node: Node, typed: string, force: boolean): DeleteResponse[] {
  const found = findImage(node, typed);
  const before = new Set(Object.keys(node.state.dockerd.images));
  const out = removeFound(node, typed, found, force);
  // image_delete.go logs `untag` (the image's id for name) per reference and `delete` per image.
  for (const r of out) {
    if ('Untagged' in r) logImageEvent(node, `sha256:${found.id}`, `sha256:${found.id}`, 'untag');
    else if (before.has(r.Deleted.replace(/^sha256:/, ''))) logImageEvent(node, r.Deleted, r.Deleted, 'delete');
  }
  return out;
}

function removeFound(node: Node, typed: string, found: ReturnType<typeof findImage>, force: boolean): DeleteResponse[] {
  const refs = referencesOf(node, found.id);
  if (found.reference !== undefined) {
    const user = usedBy(node, found.id)[0];
    if (user && refs.length === 1 && !force) {
      throw conflict(`conflict: unable to remove repository reference ${JSON.stringify(typed)} (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${found.id.slice(0, 12)}`);
    }
    delete node.state.dockerd.references[found.reference];
    const out: DeleteResponse[] = [{ Untagged: familiarName(found.reference) }];
    // The repository's last tag gone, its digest references go too (`Untagged: busybox@sha256:…`).
    const repo = found.reference.slice(0, found.reference.lastIndexOf(':'));
    const image = node.state.dockerd.images[found.id];
    if (image && !referencesOf(node, found.id).some((r) => r.startsWith(`${repo}:`))) {
      const [gone, kept] = [image.repoDigests.filter((d) => d.startsWith(`${repo}@`)), image.repoDigests.filter((d) => !d.startsWith(`${repo}@`))];
      image.repoDigests = kept;
      out.push(...gone.map((d) => ({ Untagged: familiarName(d) })));
    }
    if (referencesOf(node, found.id).length > 0 || (image?.repoDigests.length ?? 0) > 0) return out;
    return [...out, ...deleteHelper(node, found.id, force, true)];
  }
  // isSingleReference: at most one tag, all references in one repository — untagged first.
  const out: DeleteResponse[] = [];
  if (refs.length <= 1) {
    const first = deleteConflict(node, found.id, !force, false);
    if (first) throw conflict(first.text);
    for (const r of refs) {
      delete node.state.dockerd.references[r];
      out.push({ Untagged: familiarName(r) });
    }
  }
  return [...out, ...deleteHelper(node, found.id, force, false)];
}
