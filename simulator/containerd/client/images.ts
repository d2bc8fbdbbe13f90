// The client's images calls: client.ImageService() (images.Store: Get, List, Create, Update,
// Delete) and what the Go client works out on the caller's side from an image's target by
// reading the content store (image.go and images/image.go: Size, Platforms, Manifest,
// Config, Check, IsUnpacked, Unpack; converter.Convert).

import type { Descriptor, Platform } from '../../oci/descriptor';
import { defaultMatcher, type PlatformMatcher } from '../../oci/platform';
import type { ImageRecord } from '../metadata/schema';
import { parseStoreFilters } from '../filters/filters';
import { collectGarbage } from '../gc/collector';
import { convertImage, type ConvertOptions } from '../images/convert-image';
import { imageAdaptor } from '../images/image-filters';
import { createImage, deleteImage, findImage, getImage, listImages, updateImage, type ImageInput } from '../images/image-store';
import { checkImage, imageSize, imageSizeSoFar, manifestFor, platformsOf, type CheckResult, type ResolvedManifest } from '../images/image-walk';
import { checkUnpacked, unpackImage, type ResolvedImage, type UnpackOptions } from '../images/unpack';
import { getSnapshot, snapshotFiles } from '../snapshots/snapshots';
import { mountTree } from '../../host/mounts';
import { type ClientContext, namespaceRequired } from './context';

export type { ImageRecord, ImageInput, ResolvedImage, ResolvedManifest };
export type { CheckResult as ImageCheckResult };

/** images.DeleteOpt: SynchronousDelete waits for the garbage collector before returning. */
export interface ImageDeleteOptions {
  synchronous?: boolean;
}

export function imagesApi(ctx: ClientContext) {
  const { node, namespace: ns } = ctx;
  return {
    /** ImageService().Get. Throws notFound (`image "x": not found`). */
    get(name: string): ImageRecord {
      return getImage(node, ns, name);
    },

    /** Get where a miss is expected (the CRI plugin naming a new image): undefined, no error built. */
    find(name: string): ImageRecord | undefined {
      return findImage(node, ns, name);
    },

    /**
     * ImageService().List(filters...), sorted by name. Throws failedPrecondition without a
     * namespace, invalidArgument (`<parse error>: invalid argument`) for a malformed filter.
     */
    list(filters: readonly string[] = []): ImageRecord[] {
      namespaceRequired(ctx);
      const keep = parseStoreFilters(filters);
      const all = listImages(node, ns);
      // No filter given: every image, without an adaptor object per image.
      return filters.length === 0 ? all : all.filter((i) => keep(imageAdaptor(i)));
    },

    /** ImageService().Create. Throws invalidArgument, alreadyExists. Publishes /images/create. */
    create(image: ImageInput): ImageRecord {
      return createImage(node, ns, image);
    },

    /**
     * ImageService().Update(image, fieldpaths...): "labels", "labels.<key>", "target"; none
     * replaces the whole image. Throws notFound, invalidArgument. Publishes /images/update.
     */
    update(image: ImageInput, fieldpaths: readonly string[] = []): ImageRecord {
      return updateImage(node, ns, image, fieldpaths);
    },

    /** ImageService().Delete(name, opts...). Throws notFound. Publishes /images/delete. */
    delete(name: string, options: ImageDeleteOptions = {}): void {
      deleteImage(node, ns, name);
      if (options.synchronous) collectGarbage(node);
    },

    /** image.Size: the platform's manifest, config and layers. Throws notFound for a missing blob. */
    size(target: Descriptor, matcher: PlatformMatcher = defaultMatcher): number {
      return imageSize(node, ns, target, matcher);
    },
    /** image.Size as ctr images list reads it: the size walked so far, and the walk's error. */
    sizeSoFar(target: Descriptor, matcher: PlatformMatcher = defaultMatcher): { size: number; error?: unknown } {
      return imageSizeSoFar(node, ns, target, matcher);
    },

    /** images.Platforms: every platform the target names (repeats possible). */
    platforms(target: Descriptor): Platform[] {
      return platformsOf(node, ns, target);
    },

    /** images.Manifest: the platform's manifest and the descriptor pointing at it. Throws notFound. */
    manifest(target: Descriptor, matcher: PlatformMatcher = defaultMatcher): ResolvedManifest {
      return manifestFor(node, ns, target, matcher);
    },

    /** image.Config: the descriptor of the platform's config (the CRI's "image id"). Throws notFound. */
    config(target: Descriptor, matcher: PlatformMatcher = defaultMatcher): Descriptor {
      return manifestFor(node, ns, target, matcher).manifest.config;
    },

    /** images.Check: which of the platform's blobs are present, missing, and whether it can tell. */
    check(target: Descriptor, matcher: PlatformMatcher = defaultMatcher): CheckResult {
      return checkImage(node, ns, target, matcher);
    },

    /** image.IsUnpacked as `ctr images check` asks it (resolving through the target alone). */
    isUnpacked(image: ImageRecord, snapshotter: string, matcher: PlatformMatcher = defaultMatcher): boolean {
      return checkUnpacked(node, ns, image, snapshotter, matcher);
    },

    /**
     * image.Unpack into `snapshotter` for the platform; layers already there are skipped.
     * Returns the resolved image (its chainId is the rootfs). Throws notFound, invalidArgument.
     */
    unpack(image: ImageRecord, snapshotter: string, matcher: PlatformMatcher = defaultMatcher, options: UnpackOptions = {}): ResolvedImage {
      return unpackImage(node, ns, image, snapshotter, matcher, options);
    },

    /**
     * mount.All(Snapshotter(snapshotter).Mounts(key), target), as `ctr images mount` does:
     * the snapshot's merged files appear at `target` through the host's mount table. Throws
     * notFound for the snapshot, plain errors of mount(2) for the target.
     */
    mount(snapshotter: string, key: string, target: string): void {
      // A View snapshot's mounts are read-only (the bind mount of a one-layer view carries `ro`).
      const readOnly = getSnapshot(node, ns, snapshotter, key)?.kind === 'View';
      mountTree(node, target, () => snapshotFiles(node, ns, snapshotter, key), { namespace: ns, snapshotter, readOnly });
    },

    /** converter.Convert: writes the converted blobs and names the result `targetRef`. */
    convert(source: ImageRecord, targetRef: string, options: ConvertOptions): ImageRecord {
      return convertImage(node, ns, source, targetRef, options);
    },
  };
}

export type ImagesApi = ReturnType<typeof imagesApi>;
