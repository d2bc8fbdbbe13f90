// The client's content calls: client.ContentStore() (content.Store: Info, Update, Walk,
// Delete, ReaderAt) in the request's namespace. Digests are parsed by the caller first, as
// ctr does with digest.Parse before it asks.

import type { Blob } from '../../oci/blob';
import { parseFilters } from '../filters/filters';
import { contentAdaptor } from '../content/content-filters';
import { contentInfo, deleteContent, getBlob, hasContent, listContent, updateContentLabels, type ContentInfo } from '../content/content-store';
import type { ClientContext } from './context';
import { validateRequestNamespace } from '../namespaces/namespaces';
import { commitBytes, ingestBlob, ingestStatuses, type IngestExpectation, type IngestStatus } from '../content/ingest';

export type { ContentInfo, IngestExpectation, IngestStatus };

export function contentApi(ctx: ClientContext) {
  const { node, namespace: ns } = ctx;
  return {
    /**
     * content.WriteBlob(ctx, store, ref, reader, desc): writes and commits `text`; returns its
     * digest. Throws failedPrecondition (size or digest validation; the ingest stays active).
     */
    writeBlob(ref: string, text: string, expected: IngestExpectation): string {
      return ingestBlob(node, ns, ref, text, expected);
    },

    /**
     * A writer under `ref` fed `bytes` (a binary string), committed expecting their own digest;
     * returns it. Throws alreadyExists when the namespace holds that blob already.
     */
    commitBytes(ref: string, bytes: string): string {
      return commitBytes(node, ns, ref, bytes);
    },

    /** ListStatuses(filters...): ingests not yet committed. */
    listStatuses(filters: readonly string[] = []): IngestStatus[] {
      return ingestStatuses(node, ns, filters);
    },

    /** Info(dgst). Throws notFound (`content digest sha256:…: not found`). */
    info(digest: string): ContentInfo {
      return contentInfo(node, ns, digest);
    },

    /**
     * Update(Info{Digest, Labels}, "labels.<k>"...): sets each label (an empty value removes
     * it) and returns the blob's labels. Throws notFound.
     */
    updateLabels(digest: string, labels: Record<string, string>): Record<string, string> {
      return updateContentLabels(node, ns, digest, labels);
    },

    /**
     * Walk(fn, filters...): every blob the namespace refers to, by digest. Throws
     * invalidArgument for a malformed filter, before any blob is walked.
     */
    list(filters: readonly string[] = []): ContentInfo[] {
      // The store asks for the namespace before it parses the filters (metadata/content.go Walk).
      validateRequestNamespace(ns);
      const keep = parseFilters(filters);
      return listContent(node, ns).filter((i) => keep(contentAdaptor(i)));
    },

    /** Delete(dgst): drops the namespace's reference. Throws notFound. Publishes /content/delete. */
    delete(digest: string): void {
      deleteContent(node, ns, digest);
    },

    /**
     * Whether the namespace holds the blob: Info without building its notFound error, for a
     * caller that keeps what it read from blobs and checks they are still there.
     */
    has(digest: string): boolean {
      return hasContent(node, ns, digest);
    },

    /** ReaderAt(desc): the blob's content. Throws notFound. */
    read(digest: string): Blob {
      return getBlob(node, ns, digest);
    },
  };
}

export type ContentApi = ReturnType<typeof contentApi>;
