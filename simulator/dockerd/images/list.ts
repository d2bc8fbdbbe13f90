// GET /images/json (moby 20.10 daemon/images/images.go Images): one summary per image of the
// store, newest first, with its tags (repo:tag) and digests (repo@sha256:…) from the reference
// store; an image without either is dangling (`<none>:<none>`). Filters as images.go applies
// them: before/since (created strictly earlier/later than the named image's), label (every
// `k`/`k=v`), dangling=true|false, reference patterns keeping only the references they match.

import type { Node } from '../../node';
import { matchLabels } from '../containers/ps-filters';
import { invalidParameter, systemError } from '../errors';
import type { DockerImageRecord } from '../store/image-record';
import { familiarName } from './familiar-name';
import { findImage } from './lookup';
import { BAD_PATTERN, familiarMatch } from './reference-match';

export interface ImageSummary {
  Id: string;
  ParentId: string;
  RepoTags: string[];
  RepoDigests: string[];
  /** Seconds since the epoch. */
  Created: number;
  Size: number;
  VirtualSize: number;
  SharedSize: number;
  Labels: Record<string, string>;
  Containers: number;
}

export interface ImageListOptions {
  /** -a: the untagged intermediate images of classic builds (images with a child) too. */
  all?: boolean;
  /** filters.Args: dangling, label, before, since, reference (`docker images <pattern>` is one). */
  filters?: ReadonlyMap<string, readonly string[]>;
}


/** The image's tags in full (`docker.io/library/busybox:1.36`), sorted as the reference store keeps them. */
function tagReferences(node: Node, id: string): string[] {
  return Object.entries(node.state.dockerd.references)
    .filter(([, to]) => to === id)
    .map(([name]) => name)
    .sort();
}

/** The image's tags, sorted as the reference store keeps them (checked on a real dockerd 20.10.24). */
export function imageTags(node: Node, id: string): string[] {
  return tagReferences(node, id).map(familiarName);
}

function summary(image: DockerImageRecord, repoTags: string[], repoDigests: string[]): ImageSummary {
  return {
    Id: `sha256:${image.id}`,
    ParentId: image.parent === undefined ? '' : `sha256:${image.parent}`,
    RepoTags: repoTags,
    RepoDigests: repoDigests,
    Created: Math.floor(Date.parse(image.created) / 1000),
    Size: image.size,
    VirtualSize: image.size,
    SharedSize: -1,
    Labels: { ...labelsOf(image) },
    Containers: -1,
  };
}

function labelsOf(image: DockerImageRecord): Record<string, string> {
  return ((image.config.config as { Labels?: Record<string, string> | null } | undefined)?.Labels ?? {}) as Record<string, string>;
}

/** acceptedImageFilterTags (images.go). */
const ACCEPTED = new Set(['dangling', 'label', 'before', 'since', 'reference']);

/** The image a before/since value names (GetImage: its errors end the listing); the last one given wins. */
function boundOf(node: Node, values: readonly string[] | undefined): number | undefined {
  let bound: number | undefined;
  for (const v of values ?? []) {
    const image = node.state.dockerd.images[findImage(node, v).id];
    if (image) bound = Date.parse(image.created);
  }
  return bound;
}

/** A reference the patterns keep (any of them; all when there are none). */
function kept(patterns: readonly string[] | undefined, reference: string): boolean {
  if (patterns === undefined) return true;
  try {
    return patterns.some((p) => familiarMatch(p, reference));
  } catch (err) {
    // images.go returns FamiliarMatch's error as it is: a 500 `syntax error in pattern`.
    throw systemError(err instanceof Error ? err.message : BAD_PATTERN);
  }
}

export function listImages(node: Node, options: ImageListOptions = {}): ImageSummary[] {
  const filters = options.filters ?? new Map<string, readonly string[]>();
  for (const key of filters.keys()) if (!ACCEPTED.has(key)) throw invalidParameter(`Invalid filter '${key}'`);
  const dangling = filters.get('dangling');
  // ExactMatch: `true` among the values lists dangling images only, `false` the others.
  const danglingOnly = dangling?.includes('true') === true;
  if (dangling !== undefined && !danglingOnly && !dangling.includes('false')) throw invalidParameter(`Invalid filter 'dangling=[${dangling.join(' ')}]'`);
  const before = boundOf(node, filters.get('before'));
  const since = boundOf(node, filters.get('since'));
  const labels = filters.get('label');
  const patterns = filters.get('reference');
  const images = Object.values(node.state.dockerd.images);
  const parents = new Set(images.flatMap((i) => (i.parent === undefined ? [] : [i.parent])));
  const out: ImageSummary[] = [];
  for (const image of images) {
    // danglingOnly starts from the heads of the image graph (imageStore.Heads()).
    if (danglingOnly && parents.has(image.id)) continue;
    const created = Date.parse(image.created);
    if (before !== undefined && created >= before) continue;
    if (since !== undefined && created <= since) continue;
    if (labels !== undefined && (image.config.config === undefined || image.config.config === null || !matchLabels(labels, labelsOf(image)))) continue;
    const tags = tagReferences(node, image.id).filter((r) => kept(patterns, r));
    if (danglingOnly && tags.length > 0) continue;
    const digests = image.repoDigests.filter((r) => kept(patterns, r));
    // An image nothing names: intermediate (has a child) ones only with -a; none under a reference filter.
    if (tags.length === 0 && digests.length === 0 && ((options.all !== true && parents.has(image.id)) || (dangling !== undefined && !danglingOnly) || patterns !== undefined)) continue;
    out.push(summary(image, tags.map(familiarName), digests.map(familiarName)));
  }
  return out.sort((a, b) => b.Created - a.Created);
}
