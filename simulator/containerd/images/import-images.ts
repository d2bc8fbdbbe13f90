// client.Import (containerd 1.6): store the archive's blobs for the wanted platforms, label
// parents with gc refs to their children, then name images from the index annotations —
// io.containerd.image.name wins, else org.opencontainers.image.ref.name passed through the
// ref translator (--base-name / import-<date>), plus optional digest references.

import type { Node } from '../../node';
import { plain } from '../../errdefs/errdefs';
import type { ImageRecord } from '../metadata/schema';
import type { Blob } from '../../oci/blob';
import type { Descriptor } from '../../oci/descriptor';
import { contentNotFound, getBlob, listContent, writeBlob } from '../content/content-store';
import { childGcLabels } from './gc-labels';
import { markGcDirty } from '../gc/dirty';
import { putImage } from './image-store';
import { isIndexType, isManifestType } from '../../oci/media-types';
import { parseIndex, parseManifest } from '../../oci/documents';
import { defaultMatcher, type PlatformMatcher } from '../../oci/platform';
import type { LayerReuse, ParsedArchive } from '../../oci/archive/read-archive';

export interface ImportOptions {
  /** Turns an org.opencontainers.image.ref.name into an image name ("" drops it). */
  refTranslator: (ref: string) => string;
  /** Makes a digest reference for each manifest (--digests). */
  digestRef?: (digest: string) => string;
  /** With digestRef: skip manifests that already got a name (--skip-digest-for-named). */
  skipDigestForNamed?: boolean;
  /** Keep the archive's index as an image of this name (--index-name). */
  indexName?: string;
  allPlatforms?: boolean;
  /** The platforms to import when not allPlatforms (--platform); default the node's own. */
  matcher?: PlatformMatcher;
}

/** archive.AddRefPrefix / FilterRefPrefix: prefix bare tags; optionally drop foreign names. */
export function refTranslator(image: string, checkPrefix: boolean): (ref: string) => string {
  return (ref) => {
    if (image === '') return '';
    if (/[/:@]/.test(ref)) {
      if (checkPrefix && !(ref.startsWith(image) && /^[:@]/.test(ref.slice(image.length)))) return '';
      return ref;
    }
    return ref.startsWith(':') ? `${image}${ref}` : `${image}:${ref}`;
  };
}

function imageName(annotations: Record<string, string> | undefined, translate: (ref: string) => string): string {
  const name = annotations?.['io.containerd.image.name'];
  if (name) return name;
  const ref = annotations?.['org.opencontainers.image.ref.name'];
  return ref ? translate(ref) : '';
}

/**
 * Imports `archive` into `ns`. Returns the images created or updated, in archive order.
 * Throws notFound (`content digest …: not found`) when a needed blob is missing.
 */
export function importImages(node: Node, ns: string, archive: ParsedArchive, options: ImportOptions): ImageRecord[] {
  const matcher: PlatformMatcher = options.allPlatforms ? undefined : (options.matcher ?? defaultMatcher);
  const pending: Array<{ blob: Blob; labels: Record<string, string> }> = [];
  const seen = new Set<string>();
  const visit = (desc: Descriptor): void => {
    if (seen.has(desc.digest)) return;
    seen.add(desc.digest);
    const blob = archive.blob(desc);
    if (!blob) throw contentNotFound(desc.digest);
    let children: Descriptor[] = [];
    if (isIndexType(desc.mediaType)) children = parseIndex(blob.data ?? '').manifests;
    else if (isManifestType(desc.mediaType)) {
      const m = parseManifest(blob.data ?? '');
      children = [m.config, ...m.layers];
    }
    children = children.filter((c) => !c.platform || !matcher || matcher(c.platform));
    pending.push({ blob, labels: childGcLabels(children) });
    for (const child of children) visit(child);
  };
  const images: Array<{ name: string; target: Descriptor }> = [];
  // client.Import lists the --index-name image first, before the names found in the walk.
  if (options.indexName && archive.index) {
    images.push({ name: options.indexName, target: { mediaType: archive.index.mediaType, digest: archive.index.digest, size: archive.index.size } });
  }
  const top = archive.manifests.filter((m) => !m.platform || !matcher || matcher(m.platform));
  // images.WalkNotEmpty (images/handlers.go @v1.6.20): a walk whose root (the archive's index)
  // keeps no child after the platform filter is ErrEmptyWalk, before any image is named. The
  // blobs the importer wrote go with the import's lease.
  if (top.length === 0) throw plain('image might be filtered out');
  for (const m of top) {
    const name = imageName(m.annotations, options.refTranslator);
    if (name !== '') images.push({ name, target: m });
    if (options.digestRef && !(options.skipDigestForNamed && name !== '')) {
      const ref = options.digestRef(m.digest);
      if (ref !== '') images.push({ name: ref, target: m });
    }
  }
  const store = () => {
    for (const { blob, labels } of pending) writeBlob(node, ns, blob, labels);
  };
  try {
    for (const m of top) visit(m);
  } catch (err) {
    // The real import has written the archive's blobs while reading it, and its walk labels
    // each parent before it goes down to the children (images.SetChildrenMappedLabels): a
    // blob missing half-way (an --all-platforms import of a one-platform archive) leaves what
    // came before it stored and labelled, the image unnamed. Its lease goes, and the
    // collector takes what nothing references a moment later.
    store();
    markGcDirty(node);
    throw err;
  }
  store();
  if (options.indexName && archive.index) writeBlob(node, ns, archive.index, childGcLabels(top));
  return images.map((img) => putImage(node, ns, img, ['target']));
}

/**
 * resolveLayers' content walk for docker archives: the blob of `ns` labelled
 * `containerd.io/uncompressed=<digest>` stands in for that uncompressed layer. The walk goes in
 * digest order and the last match wins. Only an unpack sets that label (on the layers it really
 * applied), so a busybox imported with --no-unpack, or in another namespace, is not reused.
 */
export function reusableLayer(node: Node, ns: string): LayerReuse {
  return (uncompressed) => {
    let match: string | undefined;
    for (const info of listContent(node, ns)) if (info.labels['containerd.io/uncompressed'] === uncompressed) match = info.digest;
    return match === undefined ? undefined : getBlob(node, ns, match);
  };
}

/** archive.DigestTranslator: `<prefix>@<digest>`. */
export function digestTranslator(prefix: string): (digest: string) => string {
  return (digest) => `${prefix}@${digest}`;
}
