// Go's map iteration order, which ctr uses when it prints a label map it did not sort
// (`ctr images label`, `ctr content ls`): the labels arrive over gRPC in key order, fill one
// hash bucket in that order, and iteration starts at a random slot of the bucket's eight. So
// the output is the sorted list rotated by a random amount — sorted more often than not.

import type { Node } from '../../../node';
import { randomInt } from '../../../host/random';

const BUCKET_SLOTS = 8;

/** `k=v` strings in one plausible Go map order, drawn from the node's seeded generator. */
export function goMapOrder(node: Node, labels: Readonly<Record<string, string>>, sorted = true): string[] {
  const keys = sorted ? Object.keys(labels).sort() : Object.keys(labels);
  const pairs = keys.map((k) => `${k}=${labels[k] ?? ''}`);
  if (pairs.length <= 1 || pairs.length > BUCKET_SLOTS) return pairs;
  const offset = randomInt(node.state.random, 0, BUCKET_SLOTS - 1);
  const start = offset < pairs.length ? offset : 0;
  return [...pairs.slice(start), ...pairs.slice(0, start)];
}
