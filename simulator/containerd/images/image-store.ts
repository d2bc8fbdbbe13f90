// The image store (containerd's metadata/images.go behind the images service): a name maps to
// a target descriptor plus labels, per namespace. Creating, updating and deleting publish
// /images/* events; in k8s.io the CRI plugin reacts to them (simulator/cri/managed-images.ts).

import type { Node } from '../../node';
import type { ImageRecord } from '../metadata/schema';
import type { Descriptor } from '../../oci/descriptor';
import { alreadyExists, invalidArgument, notFound, unknown } from '../../errdefs/errdefs';
import { ensureNamespace, getNamespace, validateRequestNamespace } from '../namespaces/namespaces';
import { valuesInKeyOrder } from '../namespaces/records';
import { nowRfc3339Nano } from '../events/timestamp';
import { publishEvent } from '../events/events';
import { markGcDirty, noteGcMutation } from '../gc/dirty';
import { digestError } from '../../oci/digest';

/** An image as the client sends it to the service (times are the service's business). */
export interface ImageInput {
  name: string;
  target: Descriptor;
  labels?: Record<string, string>;
}

function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** `image "name"` — the context containerd wraps image errors with. */
function imageContext(name: string): string {
  return `image ${JSON.stringify(name)}`;
}

/** metadata.validateImage: name, label sizes, and the target's digest/size/media type. */
function validateImage(name: string, target: Descriptor): void {
  // The images service refuses an empty name before the metadata store sees it.
  if (name === '') throw invalidArgument('Image.Name required');
  const bad = digestError(target.digest);
  if (bad) throw invalidArgument(`Target.Digest ${JSON.stringify(target.digest)} invalid: ${bad}`);
  if (!(target.size > 0)) throw invalidArgument('Target.Size must be greater than zero');
  if (!target.mediaType) throw invalidArgument('Target.MediaType must be set');
}

/** Labels with empty values dropped (boltutil.WriteLabels never stores an empty value). */
function storedLabels(labels: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels)) if (v !== '') out[k] = v;
  return out;
}

function eventBody(record: ImageRecord): Record<string, unknown> {
  const labels = Object.keys(record.labels).sort();
  return labels.length > 0
    ? { name: record.name, labels: Object.fromEntries(labels.map((k) => [k, record.labels[k]])) }
    : { name: record.name };
}

/**
 * The image `name` in `ns`. Throws failedPrecondition / invalidArgument for the request's
 * namespace (namespaces.NamespaceRequired), notFound (`image "x": not found`).
 */
export function getImage(node: Node, ns: string, name: string): ImageRecord {
  const record = findImage(node, ns, name);
  if (!record) throw notFound(imageContext(name));
  return record;
}

/** getImage for a caller that expects misses: undefined instead of building the notFound error. */
export function findImage(node: Node, ns: string, name: string): ImageRecord | undefined {
  validateRequestNamespace(ns);
  const namespace = getNamespace(node, ns);
  return namespace ? own(namespace.images, name) : undefined;
}

/** Images of `ns` sorted by name (bolt key order). A missing namespace lists nothing. */
export function listImages(node: Node, ns: string): ImageRecord[] {
  const namespace = getNamespace(node, ns);
  if (!namespace) return [];
  return valuesInKeyOrder(namespace.images);
}

/** Creates an image. Throws invalidArgument, alreadyExists (`image "x": already exists`). */
export function createImage(node: Node, ns: string, input: ImageInput): ImageRecord {
  validateImage(input.name, input.target);
  validateRequestNamespace(ns);
  const namespace = ensureNamespace(node, ns);
  if (own(namespace.images, input.name)) throw alreadyExists(imageContext(input.name));
  const now = nowRfc3339Nano(node);
  const record: ImageRecord = {
    name: input.name,
    target: { ...input.target },
    labels: storedLabels(input.labels),
    createdAt: now,
    updatedAt: now,
  };
  Object.defineProperty(namespace.images, input.name, { value: record, enumerable: true, writable: true, configurable: true });
  noteGcMutation(node);
  publishEvent(node, ns, '/images/create', eventBody(record));
  return record;
}

/**
 * images.Update with containerd's field paths: "labels", "labels.<key>", "target"; no paths
 * replaces the whole image (and so validates a target the caller may have left empty — the
 * source of ctr's `Target.Digest "" invalid` quirk). Throws notFound, invalidArgument.
 */
export function updateImage(node: Node, ns: string, input: ImageInput, fieldpaths: readonly string[] = []): ImageRecord {
  if (input.name === '') throw invalidArgument('image name is required for update');
  const existing = getImage(node, ns, input.name);
  let target = existing.target;
  let labels = { ...existing.labels };
  if (fieldpaths.length === 0) {
    target = input.target;
    labels = { ...(input.labels ?? {}) };
  }
  for (const path of fieldpaths) {
    if (path.startsWith('labels.')) {
      const key = path.slice('labels.'.length);
      labels[key] = input.labels?.[key] ?? '';
    } else if (path === 'labels') labels = { ...(input.labels ?? {}) };
    else if (path === 'target') target = input.target;
    else throw invalidArgument(`cannot update ${JSON.stringify(path)} field on image ${JSON.stringify(input.name)}`);
  }
  validateImage(input.name, target);
  // boltutil.WriteLabels stores each non-empty value under its key; bolt refuses an empty key
  // (bolt.ErrKeyRequired), and the transaction leaves the image as it was.
  if (labels[''] !== undefined && labels[''] !== '') {
    throw unknown(`writing labels for image ${input.name}: failed to set label ""=${JSON.stringify(labels[''])}: key required`);
  }
  existing.target = { ...target };
  existing.labels = storedLabels(labels);
  existing.updatedAt = nowRfc3339Nano(node);
  noteGcMutation(node);
  publishEvent(node, ns, '/images/update', eventBody(existing));
  return existing;
}

/** Deletes an image. Throws notFound. Publishes /images/delete. */
export function deleteImage(node: Node, ns: string, name: string): void {
  validateRequestNamespace(ns);
  const namespace = getNamespace(node, ns);
  if (!namespace || !own(namespace.images, name)) throw notFound(imageContext(name));
  delete namespace.images[name];
  markGcDirty(node);
  publishEvent(node, ns, '/images/delete', { name });
}

/**
 * Create, or when the name exists update it with `fieldpaths` (client.Import updates only
 * "target"; client.Pull replaces the whole image, i.e. no paths).
 */
export function putImage(node: Node, ns: string, input: ImageInput, fieldpaths: readonly string[] = []): ImageRecord {
  const namespace = getNamespace(node, ns);
  if (namespace && own(namespace.images, input.name)) return updateImage(node, ns, input, fieldpaths);
  return createImage(node, ns, input);
}
