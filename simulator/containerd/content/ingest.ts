// The content store's writers as content.WriteBlob drives them (content/helpers.go, the
// metadata and local stores of containerd 1.6.20): bytes go into an ingest named by its ref;
// Commit checks the expected size, then the expected digest, and only then moves the bytes
// into the store. A failed commit leaves the ingest behind (`ctr content active` lists it),
// and the next writer with that ref would resume at its offset by seeking its reader.

import type { Node } from '../../node';
import { alreadyExists, failedPrecondition, plain } from '../../errdefs/errdefs';
import { digestBinary } from '../../oci/digest';
import { parseFilters } from '../filters/filters';
import type { IngestRecord } from '../metadata/schema';
import { nowRfc3339Nano } from '../events/timestamp';
import { ensureNamespace, getNamespace, validateRequestNamespace } from '../namespaces/namespaces';
import { hasContent, writeBlob } from './content-store';

export interface IngestExpectation {
  /** 0: no size check; more than the bytes read: a short read; any other value but theirs: a failed commit. */
  size: number;
  /** "": no digest check. */
  digest: string;
}

/** content.Status as ListStatuses returns it. */
export interface IngestStatus {
  ref: string;
  offset: number;
  startedAt: string;
}

function binaryOf(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

function textOf(binary: string): string {
  return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}

/**
 * WriteBlob(ref, reader, {size, digest}): writes `text` (UTF-8) under `ref` and commits it.
 * Returns the digest written. Throws failedPrecondition for a size or digest mismatch.
 */
export function ingestBlob(node: Node, ns: string, ref: string, text: string, expected: IngestExpectation): string {
  validateRequestNamespace(ns);
  // The metadata writer: an expected digest already in the namespace is "already exists",
  // which WriteBlob takes as done, without reading anything.
  if (expected.digest !== '' && hasContent(node, ns, expected.digest)) return expected.digest;
  const bucket = ensureNamespace(node, ns);
  const ingests = (bucket.ingests ??= {});
  const previous: IngestRecord | undefined = Object.hasOwn(ingests, ref) ? ingests[ref] : undefined;
  // Resuming needs a seekable reader; ctr's stdin is a pipe here (the node's shell gives every
  // command its input as a stream), so Copy's seek fails and the ingest stays as it was.
  if (previous && previous.data.length > 0) {
    throw plain(`unable to resume write to ${ref}: failed to seek to offset ${previous.data.length}: seek /dev/stdin: illegal seek`);
  }
  const data = binaryOf(text);
  const now = nowRfc3339Nano(node);
  const record: IngestRecord = { data, startedAt: previous?.startedAt ?? now, updatedAt: now };
  ingests[ref] = record;
  const fail = (why: string) => failedPrecondition(`failed commit on ref ${JSON.stringify(ref)}: commit failed: ${why}`);
  // content.Copy: fewer bytes than the expected size is a read failure, before any commit; the
  // metadata writer's commit then checks any size but 0 (a negative one too).
  if (expected.size !== 0 && data.length < expected.size) throw plain('failed to read expected number of bytes: unexpected EOF');
  if (expected.size !== 0 && data.length !== expected.size) {
    throw fail(`${JSON.stringify(ref)} failed size validation: ${data.length} != ${expected.size}`);
  }
  const digest = digestBinary(data);
  if (expected.digest !== '' && digest !== expected.digest) {
    throw fail(`unexpected commit digest ${digest}, expected ${expected.digest}`);
  }
  delete ingests[ref];
  writeBlob(node, ns, { digest, size: data.length, mediaType: 'application/octet-stream', data: textOf(data) });
  return digest;
}

/** ListStatuses(filters...): the namespace's ingests by ref (the adaptor knows only `ref`). */
export function ingestStatuses(node: Node, ns: string, filters: readonly string[]): IngestStatus[] {
  validateRequestNamespace(ns);
  const keep = parseFilters(filters);
  const ingests = getNamespace(node, ns)?.ingests ?? {};
  return Object.keys(ingests)
    .sort()
    .map((ref) => ({ ref, offset: ingests[ref]?.data.length ?? 0, startedAt: ingests[ref]?.startedAt ?? '' }))
    .filter((s) => keep((path) => (path.length === 1 && path[0] === 'ref' ? { value: s.ref, present: true } : { value: '', present: false })));
}

/**
 * Writes `bytes` (a binary string) under `ref` and commits it as the blob of their digest, the
 * way a writer committed with the digest it expects is (ctr content edit): a blob already in
 * the namespace is refused with the content service's `blob with expected digest … exists`,
 * behind the client's `commit failed:`, and the ingest is aborted. Returns the new digest.
 */
export function commitBytes(node: Node, ns: string, ref: string, bytes: string): string {
  validateRequestNamespace(ns);
  const digest = digestBinary(bytes);
  if (hasContent(node, ns, digest)) throw alreadyExists(`commit failed: blob with expected digest ${digest} exists`);
  const ingests = getNamespace(node, ns)?.ingests;
  if (ingests && Object.hasOwn(ingests, ref)) delete ingests[ref];
  writeBlob(node, ns, { digest, size: bytes.length, mediaType: 'application/octet-stream', data: textOf(bytes) });
  return digest;
}
