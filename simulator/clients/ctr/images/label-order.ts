// Go's map iteration order, which ctr uses when it prints a label map it did not sort: it
// ranges over the map from a random slot of its one hash bucket (eight slots, filled in the
// order the labels were decoded), so the output is that order rotated.
//
// The order the labels arrive in differs by service, as the real node shows:
// - `ctr images label` (the images service's Update reply): key order, rotated; the
//   conformance transcript's `a=1,app=demo,b=2`.
// - `ctr content ls`, `ctr content label`, `content prune references --dry` (the content
//   service's Info/List): the reversed key order, rotated; the transcripts' `l.0,config`,
//   `l.0,config,l.1` and `config,l.1,l.0`, and prune logging a manifest's l.1 before its l.0
//   (3 of 3 runs of the fresh set 6401-6412). The content store reads the labels from bolt in key
//   order into the server's map, and the gogo marshaller of api v1.6 (no stable_marshaler)
//   ranges over that map from a random slot while writing the message back to front: the wire
//   holds a rotation reversed, which ctr's own range rotates again.

import type { Node } from '../../../node';
import { randomInt } from '../../../host/random';

const BUCKET_SLOTS = 8;

/** Go's range over a one-bucket map filled in `order`: it begins at a random slot, empty ones skipped. */
function rangeFrom<T>(order: readonly T[], slot: number): T[] {
  const start = slot < order.length ? slot : 0;
  return [...order.slice(start), ...order.slice(0, start)];
}

function sortedPairs(labels: Readonly<Record<string, string>>): string[] {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k] ?? ''}`);
}

/** `k=v` strings of an image's labels in one plausible order, drawn from the node's seeded generator. */
export function goMapOrder(node: Node, labels: Readonly<Record<string, string>>): string[] {
  const pairs = sortedPairs(labels);
  if (pairs.length <= 1 || pairs.length > BUCKET_SLOTS) return pairs;
  return rangeFrom(pairs, randomInt(node.state.random, 0, BUCKET_SLOTS - 1));
}

/** `k=v` strings of a blob's labels in one plausible order after the content service's round trip. */
export function contentLabelOrder(node: Node, labels: Readonly<Record<string, string>>): string[] {
  const pairs = sortedPairs(labels);
  if (pairs.length <= 1 || pairs.length > BUCKET_SLOTS) return pairs;
  // One draw holds both ranges' slots (the server's and ctr's).
  const draw = randomInt(node.state.random, 0, BUCKET_SLOTS * BUCKET_SLOTS - 1);
  const wire = rangeFrom(pairs, Math.floor(draw / BUCKET_SLOTS)).reverse();
  return rangeFrom(wire, draw % BUCKET_SLOTS);
}
