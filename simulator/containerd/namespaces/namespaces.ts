// The namespaces service (containerd's metadata/namespaces.go + services/namespaces): a
// namespace is a bucket that exists once something was written into it. Reads never create
// one; writes (an image, a container, a snapshot, a lease, a label) do.

import type { Node } from '../../node';
import { emptyNamespace, type NamespaceRecord } from '../metadata/schema';
import { alreadyExists, failedPrecondition, invalidArgument, notFound, unknown } from '../../errdefs/errdefs';
import { publishEvent } from '../events/events';
import { noteGcMutation } from '../gc/dirty';
import { goQuote } from '../../go/quote';
import { utf8ByteLength, validateNamespace, validateRequestNamespace } from './identifier';
import { getOwn, putOwn } from './records';

export { validateNamespace, validateRequestNamespace } from './identifier';

/** containerd's labels.Validate limit: key plus value, in bytes. */
const MAX_LABEL_SIZE = 4096;

/** The namespace's record, or undefined. Never creates it (ctr reads leave no trace). */
export function getNamespace(node: Node, name: string): NamespaceRecord | undefined {
  return getOwn(node.state.containerd.namespaces, name);
}

/**
 * The namespace's record, created empty if missing. Validates the name first, as every
 * namespaced request does: throws invalidArgument `namespace validation: identifier …`.
 */
export function ensureNamespace(node: Node, name: string): NamespaceRecord {
  validateRequestNamespace(name);
  const existing = getNamespace(node, name);
  if (existing) return existing;
  const created = emptyNamespace();
  putOwn(node.state.containerd.namespaces, name, created);
  return created;
}

/** Throws invalidArgument when a label is too large (containerd's labels.Validate). */
export function validateLabel(key: string, value: string): void {
  const size = utf8ByteLength(key + value);
  if (size > MAX_LABEL_SIZE) {
    throw invalidArgument(
      `label key and value greater than maximum size (${MAX_LABEL_SIZE} bytes), key: ${key.slice(0, 10)}`,
    );
  }
}

/**
 * Creates namespace `name` with `labels`. Throws invalidArgument (bad name or label), unknown
 * `key required` (a label with an empty key), alreadyExists (`namespace "dev": already exists`). Publishes /namespaces/create in the
 * caller's namespace `callerNs`, as the real service does with the request context.
 */
export function createNamespace(
  node: Node,
  name: string,
  labels: Record<string, string> = {},
  callerNs = 'default',
): NamespaceRecord {
  validateNamespace(name);
  for (const [k, v] of Object.entries(labels)) validateLabel(k, v);
  if (getNamespace(node, name)) throw alreadyExists(`namespace ${goQuote(name)}`);
  // metadata's Create puts every label, empty values too: bolt refuses an empty key, and the
  // transaction (the namespace with it) is rolled back.
  if (Object.hasOwn(labels, '')) throw unknown('key required');
  const record = emptyNamespace();
  // services/namespaces/local.go Create stores the labels, then SetLabel()s each again, and
  // SetLabel deletes a key whose value is empty; the event carries the request's labels.
  record.labels = Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== ''));
  putOwn(node.state.containerd.namespaces, name, record);
  noteGcMutation(node);
  publishEvent(node, callerNs, '/namespaces/create', withLabels({ name }, labels));
  return record;
}

function withLabels(body: Record<string, unknown>, labels: Record<string, string>): Record<string, unknown> {
  return Object.keys(labels).length > 0 ? { ...body, labels: sortedLabels(labels) } : body;
}

function sortedLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Sets one label (empty value deletes it). Like containerd 1.6 it creates the namespace if
 * missing and does not validate its name. Throws unknown `key required` for an empty key.
 * Publishes /namespaces/update with the full label set in `callerNs`.
 */
export function setNamespaceLabel(node: Node, name: string, key: string, value: string, callerNs = 'default'): void {
  if (key === '') throw unknown('key required');
  validateLabel(key, value);
  let record = getNamespace(node, name);
  if (!record) {
    record = emptyNamespace();
    putOwn(node.state.containerd.namespaces, name, record);
  }
  if (value === '') delete record.labels[key];
  else putOwn(record.labels, key, value);
  noteGcMutation(node);
  publishEvent(node, callerNs, '/namespaces/update', { name, labels: sortedLabels(record.labels) });
}

/** What still lives in a namespace, in containerd's order (the words of its error message). */
function namespaceContents(record: NamespaceRecord): string[] {
  const kinds: string[] = [];
  if (Object.keys(record.images).length > 0) kinds.push('images');
  if (Object.keys(record.content).length > 0) kinds.push('blobs');
  if (Object.keys(record.containers).length > 0) kinds.push('containers');
  for (const snapshotter of Object.keys(record.snapshots).sort()) {
    const bucket = record.snapshots[snapshotter];
    if (bucket && Object.keys(bucket).length > 0) kinds.push(`snapshots on ${goQuote(snapshotter)} snapshotter`);
  }
  return kinds;
}

/**
 * Deletes an empty namespace. Throws notFound (`namespace "x": not found`; ctr ignores it),
 * failedPrecondition (`namespace "default" must be empty, but it still has images, blobs, …`)
 * listing only the kinds present. Leases and tasks do not block deletion (leases live in the
 * namespace bucket and go with it; a task always has a container). The /namespaces/delete
 * event is published inside the deleted namespace, so a name that is not a valid identifier
 * (possible through `ns label`) is deleted but reports `failed publishing event: …: unknown`.
 */
export function deleteNamespace(node: Node, name: string): void {
  const record = getNamespace(node, name);
  if (!record) throw notFound(`namespace ${goQuote(name)}`);
  const kinds = namespaceContents(record);
  if (kinds.length > 0) {
    throw failedPrecondition(`namespace ${goQuote(name)} must be empty, but it still has ${kinds.join(', ')}`);
  }
  delete node.state.containerd.namespaces[name];
  try {
    validateNamespace(name);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw unknown(`failed publishing event: namespace validation: ${detail}`);
  }
  publishEvent(node, name, '/namespaces/delete', { name });
}

/** Namespace names in bolt's byte order (ASCII order: upper case before lower case). */
export function listNamespaces(node: Node): string[] {
  return Object.keys(node.state.containerd.namespaces).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
