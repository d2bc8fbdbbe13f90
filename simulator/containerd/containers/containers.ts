// The containers service (containerd's metadata/containers.go behind services/containers):
// a container is only metadata — image name, runtime, snapshot key, spec and labels. Nothing
// runs until a task is created for it (containerd/tasks).

import type { Node } from '../../node';
import { failedPrecondition, invalidArgument, notFound, alreadyExists, unknown, wrapf } from '../../errdefs/errdefs';
import { publishEvent } from '../events/events';
import { markGcDirty, noteGcMutation } from '../gc/dirty';
import { nowRfc3339Nano } from '../events/timestamp';
import type { ContainerRecord } from '../metadata/schema';
import { ensureNamespace, getNamespace, validateRequestNamespace } from '../namespaces/namespaces';
import { validateNamespace as validateIdentifier } from '../namespaces/identifier';
import { valuesInKeyOrder } from '../namespaces/records';

/** The runtime ctr uses unless --runtime says otherwise, with its options type. */
export const DEFAULT_RUNTIME = 'io.containerd.runc.v2';
export const RUNC_OPTIONS_TYPE = 'containerd.runc.v1.Options';

/**
 * runc's options as an Any: the stock ones have no value (every field zero); with
 * systemd_cgroup (field 9 of containerd.runc.v1.Options, a bool) the protobuf bytes 0x48 0x01.
 */
export function runcOptions(o: { systemdCgroup: boolean }): { type_url: string; value?: string } {
  return o.systemdCgroup ? { type_url: RUNC_OPTIONS_TYPE, value: 'SAE=' } : { type_url: RUNC_OPTIONS_TYPE };
}

/** True when the container's runc options ask for the systemd cgroup manager (runc --systemd-cgroup). */
export function usesSystemdCgroup(record: Pick<ContainerRecord, 'runtime'>): boolean {
  const options = record.runtime.options;
  return options?.type_url === RUNC_OPTIONS_TYPE && options.value === 'SAE=';
}

function quote(s: string): string {
  return JSON.stringify(s);
}

/** The container, or throws notFound `container "x" in namespace "ns": not found`. */
export function getContainer(node: Node, ns: string, id: string): ContainerRecord {
  validateRequestNamespace(ns);
  const record = getNamespace(node, ns)?.containers[id];
  if (!record || !Object.hasOwn(getNamespace(node, ns)?.containers ?? {}, id)) {
    throw notFound(`container ${quote(id)} in namespace ${quote(ns)}`);
  }
  return record;
}

/** All containers of `ns`, sorted by id (bolt's key order). */
export function listContainers(node: Node, ns: string): ContainerRecord[] {
  validateRequestNamespace(ns);
  const containers = getNamespace(node, ns)?.containers ?? {};
  return valuesInKeyOrder(containers);
}

/**
 * Stores a new container and publishes /containers/create. Throws invalidArgument when the id
 * is no identifier (`create container failed validation: container.ID: identifier "bad id!"
 * must match …`), alreadyExists (`container "x": already exists`).
 */
export function createContainer(node: Node, ns: string, input: Omit<ContainerRecord, 'createdAt' | 'updatedAt'>): ContainerRecord {
  try {
    validateIdentifier(input.id);
  } catch (err) {
    throw wrapf(err, 'create container failed validation: container.ID');
  }
  const bucket = ensureNamespace(node, ns);
  if (Object.hasOwn(bucket.containers, input.id)) throw alreadyExists(`container ${quote(input.id)}`);
  const now = nowRfc3339Nano(node);
  // boltutil.WriteLabels (metadata/boltutil/helpers.go) skips a label whose value is empty: it
  // never reaches the store, although ctr also put it in the spec's annotations.
  const labels = Object.fromEntries(Object.entries(input.labels).filter(([, v]) => v !== ''));
  // bolt refuses an empty key (ErrKeyRequired), and the whole transaction with it.
  if (Object.hasOwn(labels, '')) {
    throw unknown(`failed to write container ${quote(input.id)}: failed to set label ""=${quote(labels['']!)}: key required`);
  }
  const record: ContainerRecord = { ...input, labels, createdAt: now, updatedAt: now };
  bucket.containers[input.id] = record;
  const runtime: Record<string, unknown> = { name: record.runtime.name };
  if (record.runtime.options) runtime.options = { type_url: record.runtime.options.type_url };
  noteGcMutation(node);
  publishEvent(node, ns, '/containers/create', { id: record.id, image: record.image, runtime });
  return record;
}

/**
 * Sets labels (an empty value removes one), as `ctr containers label` does. ctr 1.6 sends an
 * update without field paths when no label is given, which the store rejects because every
 * field then counts as changed — including the immutable snapshotter.
 */
export function updateContainerLabels(node: Node, ns: string, id: string, labels: Record<string, string>): ContainerRecord {
  const record = getContainer(node, ns, id);
  if (Object.keys(labels).length === 0) throw invalidArgument('container.Snapshotter field is immutable');
  for (const [key, value] of Object.entries(labels)) {
    if (value === '') delete record.labels[key];
    else record.labels[key] = value;
  }
  record.updatedAt = nowRfc3339Nano(node);
  noteGcMutation(node);
  publishEvent(node, ns, '/containers/update', { id: record.id, image: record.image, labels: { ...record.labels } });
  return record;
}

/**
 * Replaces the container's spec (containers.Store Update with field path "spec"), as the CRI
 * plugin's UpdateContainerResources does. Throws notFound. Publishes /containers/update.
 */
export function updateContainerSpec(node: Node, ns: string, id: string, spec: ContainerRecord['spec']): ContainerRecord {
  const record = getContainer(node, ns, id);
  record.spec = spec;
  record.updatedAt = nowRfc3339Nano(node);
  noteGcMutation(node);
  publishEvent(node, ns, '/containers/update', { id: record.id, image: record.image, labels: { ...record.labels } });
  return record;
}

/** Removes the container record and publishes /containers/delete. Throws notFound. */
export function deleteContainerRecord(node: Node, ns: string, id: string): void {
  getContainer(node, ns, id);
  const bucket = getNamespace(node, ns);
  if (!bucket) return;
  if (Object.hasOwn(bucket.tasks, id)) throw failedPrecondition(`container ${quote(id)} has a task`);
  delete bucket.containers[id];
  markGcDirty(node);
  publishEvent(node, ns, '/containers/delete', { id });
}
