// The content part of containerd's garbage collector (metadata/gc.go): blobs reachable from
// an image target, a lease, a gc.root label or a gc.ref.content.* label of a reachable blob
// are kept; every other reference in the namespace is dropped (and the bytes once no
// namespace refers to them). Real containerd runs this shortly after a deletion; the
// simulator runs it right after the deleting command, so `ctr content ls` agrees at once.
// Snapshots are left alone: their owners (containers, mounts) remove them explicitly.

import type { Node } from '../../node';
import { getNamespace } from '../namespaces/namespaces';
import { dropUnreferencedBlob } from './content-store';

const CONTENT_REF = 'containerd.io/gc.ref.content';

/** Removes unreachable content of `ns`. Returns the digests dropped (sorted). */
export function collectContentGarbage(node: Node, ns: string): string[] {
  const namespace = getNamespace(node, ns);
  if (!namespace) return [];
  const marked = new Set<string>();
  const stack: string[] = [];
  const mark = (digest: string): void => {
    if (marked.has(digest) || !Object.prototype.hasOwnProperty.call(namespace.content, digest)) return;
    marked.add(digest);
    stack.push(digest);
  };
  for (const image of Object.values(namespace.images)) mark(image.target.digest);
  for (const lease of Object.values(namespace.leases)) {
    for (const [k, v] of Object.entries(lease.labels)) if (k.startsWith(CONTENT_REF)) mark(v);
  }
  for (const [digest, ref] of Object.entries(namespace.content)) if (ref.labels['containerd.io/gc.root'] !== undefined) mark(digest);
  while (stack.length > 0) {
    const digest = stack.pop() as string;
    const ref = namespace.content[digest];
    for (const [k, v] of Object.entries(ref?.labels ?? {})) if (k.startsWith(CONTENT_REF)) mark(v);
  }
  const dropped = Object.keys(namespace.content).filter((d) => !marked.has(d)).sort();
  for (const digest of dropped) {
    delete namespace.content[digest];
    dropUnreferencedBlob(node, digest);
  }
  return dropped;
}
