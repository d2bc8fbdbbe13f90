// The leases service (metadata/leases.go): a lease keeps content and snapshots from garbage
// collection while a client works (pull, import). Leases live inside their namespace and are
// removed with it; `containerd.io/gc.expire` tells the collector when to stop honouring the
// lease: the first collection after that moment drops it (gc/collector.ts). Until then an
// expired lease is listed and deletable like any other, as on a real node.

import type { Node } from '../../node';
import type { LeaseRecord, NamespaceRecord } from '../metadata/schema';
import { alreadyExists, notFound, unknown } from '../../errdefs/errdefs';
import { nowNano, rfc3339, rfc3339Nano } from '../events/timestamp';
import { randomInt, nextUint32 } from '../../host/random';
import { goQuote } from '../../go/quote';
import { markGcDirty, noteGcMutation } from '../gc/dirty';
import { ensureNamespace, getNamespace, validateLabel, validateRequestNamespace } from '../namespaces/namespaces';
import { getOwn, putOwn, valuesInKeyOrder } from '../namespaces/records';

/** The label the garbage collector reads: RFC3339 time after which the lease is dropped. */
const GC_EXPIRE_LABEL = 'containerd.io/gc.expire';

/** ctr leases create's default --expires. */
const DEFAULT_LEASE_EXPIRY_MS = 24 * 60 * 60 * 1000;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * leases.WithRandomID: the clock's nanosecond field, a dash, then three random bytes in
 * base64url (`971102961-rH5U`). The nanoseconds are drawn from the seed like every id here.
 */
function randomLeaseId(node: Node): string {
  const nanos = randomInt(node.state.random, 0, 999_999_999);
  const bytes = nextUint32(node.state.random) & 0xffffff;
  let suffix = '';
  for (let shift = 18; shift >= 0; shift -= 6) suffix += BASE64URL[(bytes >> shift) & 63];
  return `${nanos}-${suffix}`;
}

export interface CreateLeaseOptions {
  /** Fixed id (ctr --id); default a random one. */
  id?: string;
  /** Expiry from now in ms (ctr --expires); 0 = never (no gc.expire label). Default 24 h. */
  expiresMs?: number;
  labels?: Record<string, string>;
}

/**
 * Creates a lease in namespace `ns` (creating the namespace). Throws alreadyExists
 * (`lease "x": already exists`) and invalidArgument (bad namespace or label).
 */
export function createLease(node: Node, ns: string, options: CreateLeaseOptions = {}): LeaseRecord {
  const nsRecord = ensureNamespace(node, ns);
  const id = options.id ?? randomLeaseId(node);
  if (getOwn(nsRecord.leases, id)) throw alreadyExists(`lease ${goQuote(id)}`);
  const labels = { ...(options.labels ?? {}) };
  const expires = options.expiresMs ?? DEFAULT_LEASE_EXPIRY_MS;
  const now = nowNano(node);
  if (expires > 0) putOwn(labels, GC_EXPIRE_LABEL, rfc3339(now.ms + expires));
  for (const [k, v] of Object.entries(labels)) validateLabel(k, v);
  // The bolt store (boltutil.WriteLabels) writes no label whose value is empty.
  for (const [k, v] of Object.entries(labels)) if (v === '') delete labels[k];
  const lease: LeaseRecord = { id, createdAt: rfc3339Nano(now), labels };
  putOwn(nsRecord.leases, id, lease);
  noteGcMutation(node);
  return lease;
}

/**
 * The Go client's WithLease (client/lease.go, containerd 1.6.20): a lease with a random id and a
 * 24 h expiry made before a call that writes (client.Import, NewContainer, Fetch, image.Unpack,
 * Checkpoint, converter.Convert; ctr's own pull, tag and snapshots diff), deleted when the call
 * returns, failed or not. Nobody can list it in between (a call here runs in one go), so no
 * record is kept and no random id drawn; what stays is what its two writes leave: the namespace
 * exists from then on (bolt makes its bucket with the lease), one write counts towards the
 * collector's mutation threshold, and the Delete marks the store dirty (metadata/leases.go adds
 * to db.dirty), so a collection runs a moment after every import, pull, tag or container create.
 */
export function withClientLease<T>(node: Node, ns: string, call: () => T): T {
  ensureNamespace(node, ns);
  noteGcMutation(node);
  let result: T;
  try {
    result = call();
  } catch (err) {
    markGcDirty(node);
    throw err;
  }
  if (result instanceof Promise) return result.finally(() => markGcDirty(node)) as T;
  markGcDirty(node);
  return result;
}

/** Leases of `ns` sorted by id (bolt order); empty for a namespace that does not exist. */
export function listLeases(node: Node, ns: string): LeaseRecord[] {
  validateRequestNamespace(ns);
  const nsRecord = getNamespace(node, ns);
  if (!nsRecord) return [];
  return valuesInKeyOrder(nsRecord.leases);
}

function hadLeases(ns: NamespaceRecord): boolean {
  return [ns.content, ns.images, ns.containers].some((records) => Object.keys(records).length > 0);
}

/** Deletes lease `id`. Throws notFound (`lease "x": not found`). */
export function deleteLease(node: Node, ns: string, id: string): void {
  validateRequestNamespace(ns);
  const nsRecord = getNamespace(node, ns);
  // bolt's DeleteBucket("") in an empty leases bucket finds the bucket's end, which "equals"
  // the empty key and is no bucket: ErrIncompatibleValue, a plain error the wire calls
  // unknown (metadata/leases.go:116). The bucket exists once a lease was made there: every
  // import, pull, ingest and container create makes one, so a namespace holding what those
  // write stands in for it here.
  if (id === '' && nsRecord && Object.keys(nsRecord.leases).length === 0 && hadLeases(nsRecord)) throw unknown('incompatible value');
  if (!nsRecord || !getOwn(nsRecord.leases, id)) throw notFound(`lease ${goQuote(id)}`);
  delete nsRecord.leases[id];
  markGcDirty(node);
}
