// The CRI plugin's image store (containerd 1.6 pkg/cri/store/image): every image record of
// k8s.io whose config can be read, grouped by config digest (the "image id"), each group
// keeping the names pointing at it as its References. The real plugin keeps this index in
// memory and refreshes it from containerd's events; containerd's records are the source of
// truth it follows, so here it is read from them on each call and never saved.

import type { ImageRecord } from '../../containerd/client/index';
import type { Node } from '../../node';
import type { Descriptor } from '../../oci/descriptor';
import { ContainerdError, notFound } from '../../errdefs/errdefs';
import { parseImageConfig, type OciImageConfig } from '../../oci/documents';
import { chainIdOf } from './chain-id';
import type { CriContext } from '../context';
import { findDigest } from './digest-set';
import { formatNamed, isImageId, parseAnyReference, parseDockerRef } from './docker-reference';

/** imagestore.Image. */
export interface CriImage {
  /** Config digest, `sha256:<64 hex>`. */
  id: string;
  /** Every name of the image in k8s.io, in sortReferences order. */
  references: string[];
  chainId: string;
  /** containerd.Image.Size: the platform's index, manifest, config and layers (compressed). */
  size: number;
  /** The image config (imagespec.Image). */
  imageSpec: OciImageConfig;
  /** The record the first reference names (what toContainerdImage gets). */
  record: ImageRecord;
}

/** What the store reads from an image's blobs, and which blobs it read. */
interface ReadImage {
  id: string;
  chainId: string;
  size: number;
  imageSpec: OciImageConfig;
  /** The target, the platform's manifest and the config: gone blobs make the entry stale. */
  blobs: readonly string[];
}

/**
 * What was read per node and target. Blobs are content-addressed, so what they say never
 * changes; an entry holds while every blob it was read from is still in k8s.io (a blob added
 * later cannot change a read that succeeded). The real plugin keeps its image store in memory
 * too; parsing every config and hashing its diff ids on each list cost more than the rest of a
 * `crictl run`. Failed reads are not kept.
 */
const readImages = new WeakMap<Node, Map<string, ReadImage>>();
const READ_IMAGES_KEPT = 512;

function readImage(ctx: CriContext, target: Descriptor): ReadImage {
  const { images, content } = ctx.k8s;
  let known = readImages.get(ctx.node);
  if (!known) readImages.set(ctx.node, (known = new Map()));
  const key = `${target.digest}\n${target.mediaType}\n${target.size}`;
  const kept = known.get(key);
  if (kept && kept.blobs.every((d) => content.has(d))) return kept;
  const manifest = images.manifest(target);
  const config = manifest.manifest.config;
  // Frozen by the parser's memo: every caller shares it.
  const imageSpec = parseImageConfig(content.read(config.digest).data ?? '');
  const read: ReadImage = {
    id: config.digest,
    chainId: chainIdOf(imageSpec.rootfs.diff_ids),
    size: images.size(target),
    imageSpec,
    blobs: [target.digest, manifest.descriptor.digest, config.digest],
  };
  if (known.size >= READ_IMAGES_KEPT) known.clear();
  known.set(key, read);
  return read;
}

/** getImage of the store for one record; undefined when its config cannot be read. */
function imageOf(ctx: CriContext, record: ImageRecord): CriImage | undefined {
  try {
    const { id, chainId, size, imageSpec } = readImage(ctx, record.target);
    return { id, references: [record.name], chainId, size, imageSpec, record };
  } catch (err) {
    // The real store logs the failure and leaves the reference out.
    if (err instanceof ContainerdError) return undefined;
    throw err;
  }
}

/** rankOf's answers by reference: a pure function of the text, asked on every list. */
const ranks = new Map<string, { rank: number; text: string }>();
const RANKS_KEPT = 1024;

/** refRank of sortReferences: name+tag+digest, name+tag, name+digest, name, digest, unparsable. */
function rankOf(ref: string): { rank: number; text: string } {
  let known = ranks.get(ref);
  if (!known) {
    known = rankUncached(ref);
    if (ranks.size >= RANKS_KEPT) ranks.clear();
    ranks.set(ref, known);
  }
  return known;
}

function rankUncached(ref: string): { rank: number; text: string } {
  try {
    const any = parseAnyReference(ref);
    if (any.kind === 'digest') return { rank: 5, text: any.digest };
    const rank = any.tag && any.digest ? 1 : any.tag ? 2 : any.digest ? 3 : 4;
    return { rank, text: formatNamed(any) };
  } catch {
    return { rank: 6, text: ref };
  }
}

/** sortReferences: by rank, then by the normalized string; unparsable names last, sorted. */
export function sortReferences(refs: readonly string[]): string[] {
  return refs
    .map((ref) => ({ ref, ...rankOf(ref) }))
    .sort((a, b) => (a.rank !== b.rank ? a.rank - b.rank : a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map((r) => r.ref);
}

/** Store.List: every image, by id. */
export function listCriImages(ctx: CriContext): CriImage[] {
  const byId = new Map<string, CriImage>();
  // A pulled image's tag, repo digest and id share one target: read its blobs once per list.
  const byTarget = new Map<string, CriImage | undefined>();
  for (const record of ctx.k8s.images.list()) {
    const { digest, mediaType, size } = record.target;
    const key = `${digest}\n${mediaType}\n${size}`;
    let image: CriImage | undefined;
    if (byTarget.has(key)) {
      const known = byTarget.get(key);
      image = known ? { ...known, references: [record.name], record } : undefined;
    } else {
      image = imageOf(ctx, record);
      byTarget.set(key, image);
    }
    if (!image) continue;
    const seen = byId.get(image.id);
    if (seen) seen.references.push(record.name);
    else byId.set(image.id, image);
  }
  const all = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const image of all) {
    if (image.references.length > 1) {
      image.references = sortReferences(image.references);
      const first = image.references[0];
      if (first !== image.record.name) image.record = ctx.k8s.images.get(first ?? '');
    }
  }
  return all;
}

/**
 * criService.localResolve: an image id (or a unique prefix of one), else a name normalized as
 * ParseDockerRef does and looked up among the references. Throws notFound, or a plain
 * `ambiguous digest string` for a prefix of two ids.
 */
export function resolveLocal(ctx: CriContext, refOrId: string, images?: readonly CriImage[]): CriImage {
  const image = findLocal(ctx, refOrId, images);
  if (!image) throw notFound();
  return image;
}

/** The text digestset.Lookup compares with the ids' hex: what follows `alg:`, or all of it. */
function searchedHex(search: string): string {
  const colon = search.indexOf(':');
  return colon > 0 && colon + 1 < search.length ? search.slice(colon + 1) : search;
}

/**
 * resolveLocal where a miss is undefined, no error built (ensureImageExists expects one the
 * first time a pod needs the pause image). A name no record has, whose text cannot be a prefix
 * of any id's hex either, misses without reading every image of the store.
 */
export function findLocal(ctx: CriContext, refOrId: string, images?: readonly CriImage[]): CriImage | undefined {
  let id = '';
  if (isImageId(refOrId)) id = refOrId;
  else {
    let normalized: string | undefined;
    try {
      normalized = formatNamed(parseDockerRef(refOrId));
    } catch {
      normalized = undefined;
    }
    const hex = searchedHex(refOrId);
    if (!images && normalized !== undefined && hex !== '' && !/^[0-9a-f]+$/.test(hex) && !ctx.k8s.images.find(normalized)) return undefined;
    const all = images ?? listCriImages(ctx);
    id = normalized === undefined ? '' : (all.find((i) => i.references.includes(normalized)))?.id ?? '';
    images = all;
  }
  const all = images ?? listCriImages(ctx);
  if (id === '') id = refOrId;
  const found = findDigest(
    all.map((i) => i.id),
    id,
  );
  return all.find((i) => i.id === found);
}
