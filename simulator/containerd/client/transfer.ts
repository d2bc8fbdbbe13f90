// The client's transfer calls: what containerd 1.6's Go client does on the caller's side to
// move images between the node and the outside — client.Fetch and client.Pull's fetch half
// (pull.go, resolver plus content handlers), client.Push (remotes.PushContent), client.Import
// and client.Export (import.go, export.go). The registries are reached only from here.

import type { Descriptor } from '../../oci/descriptor';
import type { PlatformMatcher } from '../../oci/platform';
import { readImageArchive } from '../../oci/archive/read-archive';
import { checkPush, commitPush, fetchBlob, registryHasBlob, resolveRemote, type RemoteOptions } from '../../registry/remote';
import type { Blob } from '../../oci/blob';
import type { ImageRecord } from '../metadata/schema';
import { exportImages, type ExportOptions } from '../images/export-images';
import { fetchImage, type FetchJob, type FetchOptions, type FetchResult } from '../images/fetch-image';
import { importImages, reusableLayer, type ImportOptions } from '../images/import-images';
import { planPush, type PushPlan } from '../images/push-image';
import type { ClientContext } from './context';

export { RegistryError, type RemoteOptions } from '../../registry/remote';
export { digestTranslator, refTranslator } from '../images/import-images';
export type { FetchJob, FetchOptions, FetchResult, PushPlan };
export type { ExportOptions as ImageExportOptions, ImportOptions as ImageImportOptions };

export function transferApi(ctx: ClientContext) {
  const { node, namespace: ns } = ctx;
  return {
    /**
     * client.Fetch: resolves `ref`, stores the platform's blobs and names the image (no
     * unpack). Throws RegistryError for resolve and fetch failures (`failed to resolve
     * reference` is the caller's prefix).
     */
    fetch(ref: string, options: FetchOptions): FetchResult {
      return fetchImage(node, ns, ref, options);
    },

    /** The resolver alone (Fetch's first step): throws RegistryError when `ref` cannot be resolved. */
    resolve(ref: string): void {
      resolveRemote(node, ref);
    },

    /**
     * A resolver's Resolve then Fetcher.Fetch of what it resolved (ctr content fetch-object):
     * the object `ref` names, as the registry serves it. Throws RegistryError when `ref` cannot
     * be resolved or the registry lacks the object.
     */
    fetchObject(ref: string, options: RemoteOptions = {}): Blob {
      return fetchBlob(node, resolveRemote(node, ref, options).descriptor);
    },

    /** The walk remotes.PushContent makes from `target`: what to list and what to send. */
    planPush(target: Descriptor, matcher: PlatformMatcher, allowNonDistributable = false): PushPlan {
      return planPush(node, ns, target, matcher, allowNonDistributable);
    },

    /** The pusher's first request (a HEAD for `firstBlob`): DNS, TLS and credentials. Throws RegistryError. */
    checkPush(remote: string, firstBlob: string, options: RemoteOptions): void {
      checkPush(node, remote, firstBlob, options);
    },

    /** Whether the registry already has the blob (the push then skips it). */
    remoteHasBlob(digest: string): boolean {
      return registryHasBlob(node, digest);
    },

    /** The push's uploads and the final manifest PUT under `remote`. */
    commitPush(remote: string, target: Descriptor, blobs: readonly Blob[]): void {
      commitPush(node, remote, target, blobs);
    },

    /**
     * client.Import of a docker-save or OCI archive (binary string): stores the blobs (an
     * unpacked layer's uncompressed twin is reused) and names the images. Throws notFound,
     * invalidArgument, TarError for a damaged archive.
     */
    import(archive: string, options: ImportOptions): ImageRecord[] {
      return importImages(node, ns, readImageArchive(archive, { reuse: reusableLayer(node, ns) }), options);
    },

    /** client.Export: the images as an OCI archive (binary string). Throws notFound for missing blobs. */
    export(images: readonly ImageRecord[], options: ExportOptions = {}): string {
      return exportImages(node, ns, images, options);
    },
  };
}

export type TransferApi = ReturnType<typeof transferApi>;
