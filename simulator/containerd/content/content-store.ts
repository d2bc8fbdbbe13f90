// The content store (containerd's content service over metadata/content.go): blobs live once
// on disk (state.containerd.blobs, shared by all namespaces), and each namespace holds its own
// reference to a blob with labels and times. A blob is visible in a namespace only through
// such a reference, exactly as two namespaces on a real node each "own" a copy of a layer.

import type { Node } from '../../node';
import type { ContentRecord } from '../metadata/schema';
import type { Blob } from '../../oci/blob';
import { notFound } from '../../errdefs/errdefs';
import { ensureNamespace, getNamespace, validateRequestNamespace } from '../namespaces/namespaces';
import { nowRfc3339Nano } from '../events/timestamp';
import { publishEvent } from '../events/events';
import { markGcDirty, noteGcMutation } from '../gc/dirty';

/** content.Info as ctr sees it. */
export interface ContentInfo {
  digest: string;
  size: number;
  createdAt: string;
  updatedAt: string;
  labels: Record<string, string>;
}

function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** `content digest sha256:…: not found`, containerd's wording for a missing blob. */
export function contentNotFound(digest: string): Error {
  return notFound(`content digest ${digest}`);
}

function record(node: Node, ns: string, digest: string): ContentRecord | undefined {
  const namespace = getNamespace(node, ns);
  return namespace ? own(namespace.content, digest) : undefined;
}

/** True when `digest` is readable in namespace `ns`. */
export function hasContent(node: Node, ns: string, digest: string): boolean {
  return record(node, ns, digest) !== undefined && own(node.state.containerd.blobs, digest) !== undefined;
}

/**
 * Writes a blob into namespace `ns` (creating the namespace), keeping an existing reference
 * and its times. `labels` are merged into the reference. Returns the reference.
 */
export function writeBlob(node: Node, ns: string, blob: Blob, labels: Record<string, string> = {}): ContentRecord {
  const blobs = node.state.containerd.blobs;
  if (!own(blobs, blob.digest)) blobs[blob.digest] = blob;
  const namespace = ensureNamespace(node, ns);
  let ref = own(namespace.content, blob.digest);
  if (!ref) {
    const now = nowRfc3339Nano(node);
    ref = { labels: {}, createdAt: now, updatedAt: now };
    namespace.content[blob.digest] = ref;
    noteGcMutation(node);
  }
  if (Object.keys(labels).length > 0) {
    Object.assign(ref.labels, labels);
    ref.updatedAt = nowRfc3339Nano(node);
    noteGcMutation(node);
  }
  return ref;
}

/** The blob behind `digest` in `ns`. Throws notFound (`content digest …: not found`). */
export function getBlob(node: Node, ns: string, digest: string): Blob {
  const blob = own(node.state.containerd.blobs, digest);
  if (!blob || !record(node, ns, digest)) throw contentNotFound(digest);
  return blob;
}

/** The exact text of a JSON blob. Throws notFound; a layer reads as its (unavailable) bytes. */
export function readBlobText(node: Node, ns: string, digest: string): string {
  const blob = getBlob(node, ns, digest);
  return blob.data ?? '';
}

/** content.Info. Throws notFound. */
export function contentInfo(node: Node, ns: string, digest: string): ContentInfo {
  const ref = record(node, ns, digest);
  const blob = own(node.state.containerd.blobs, digest);
  if (!ref || !blob) throw contentNotFound(digest);
  return { digest, size: blob.size, createdAt: ref.createdAt, updatedAt: ref.updatedAt, labels: ref.labels };
}

/**
 * Every blob of the namespace in digest order (bolt's key order, as content.Walk yields).
 * Throws for a refused request namespace (namespaces.NamespaceRequired).
 */
export function listContent(node: Node, ns: string): ContentInfo[] {
  validateRequestNamespace(ns);
  const namespace = getNamespace(node, ns);
  if (!namespace) return [];
  return Object.keys(namespace.content)
    .filter((d) => own(node.state.containerd.blobs, d) !== undefined)
    .sort()
    .map((d) => contentInfo(node, ns, d));
}

/**
 * Sets labels on a blob's reference (empty value removes a key); with `replace` the label set
 * becomes exactly `labels`. Throws notFound. Returns the resulting labels.
 */
export function updateContentLabels(
  node: Node,
  ns: string,
  digest: string,
  labels: Record<string, string>,
  replace = false,
): Record<string, string> {
  const ref = record(node, ns, digest);
  if (!ref) throw contentNotFound(digest);
  if (replace) ref.labels = {};
  for (const [k, v] of Object.entries(labels)) {
    if (v === '') delete ref.labels[k];
    else ref.labels[k] = v;
  }
  ref.updatedAt = nowRfc3339Nano(node);
  noteGcMutation(node);
  return ref.labels;
}

/**
 * Removes the namespace's reference to a blob (content.Delete). The bytes go when no
 * namespace refers to them any more. Throws notFound. Publishes /content/delete.
 */
export function deleteContent(node: Node, ns: string, digest: string): void {
  const namespace = getNamespace(node, ns);
  if (!namespace || !own(namespace.content, digest)) throw contentNotFound(digest);
  delete namespace.content[digest];
  dropUnreferencedBlob(node, digest);
  markGcDirty(node);
  publishEvent(node, ns, '/content/delete', { digest });
}

/**
 * Deletes the shared bytes of `digest` once nothing needs them: no namespace holds a content
 * reference, and no snapshot was unpacked from it. A committed snapshot reads its files from
 * its layer blob (snapshots/files.ts), so the blob outlives its content references while such a
 * snapshot exists, as a real snapshot's directory outlives the deleted tarball: unlisted by
 * `ctr content ls`, unreadable through the content store, still there for the snapshot.
 */
export function dropUnreferencedBlob(node: Node, digest: string): void {
  for (const namespace of Object.values(node.state.containerd.namespaces)) {
    if (own(namespace.content, digest)) return;
    for (const bucket of Object.values(namespace.snapshots)) {
      for (const snapshot of Object.values(bucket)) if (snapshot.layerDigest === digest) return;
    }
  }
  delete node.state.containerd.blobs[digest];
}
