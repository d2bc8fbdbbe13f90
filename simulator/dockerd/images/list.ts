// GET /images/json (moby 20.10 daemon/images/images.go Images): one summary per image of the
// store, newest first, with its tags (repo:tag) and digests (repo@sha256:…) from the reference
// store; an image without either is dangling (`<none>:<none>`).

import type { Node } from '../../node';
import type { DockerImageRecord } from '../store/image-record';

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
  /** -f dangling=true / false. */
  dangling?: boolean;
  /** -a: the untagged intermediate images of classic builds (images with a child) too. */
  all?: boolean;
}

/** reference.FamiliarString: `docker.io/library/x` → `x`, `docker.io/u/x` → `u/x`. */
export function familiarName(name: string): string {
  if (name.startsWith('docker.io/library/')) return name.slice('docker.io/library/'.length);
  if (name.startsWith('docker.io/')) return name.slice('docker.io/'.length);
  return name;
}

/** The image's tags, sorted as the reference store keeps them (checked on a real dockerd 20.10.24). */
export function imageTags(node: Node, id: string): string[] {
  return Object.entries(node.state.dockerd.references)
    .filter(([, to]) => to === id)
    .map(([name]) => name)
    .sort()
    .map(familiarName);
}

function summary(node: Node, image: DockerImageRecord): ImageSummary {
  const labels = ((image.config.config as { Labels?: Record<string, string> } | undefined)?.Labels ?? {}) as Record<string, string>;
  return {
    Id: `sha256:${image.id}`,
    ParentId: image.parent === undefined ? '' : `sha256:${image.parent}`,
    RepoTags: imageTags(node, image.id),
    RepoDigests: image.repoDigests.map(familiarName),
    Created: Math.floor(Date.parse(image.created) / 1000),
    Size: image.size,
    VirtualSize: image.size,
    SharedSize: -1,
    Labels: { ...labels },
    Containers: -1,
  };
}

export function listImages(node: Node, options: ImageListOptions = {}): ImageSummary[] {
  const images = Object.values(node.state.dockerd.images);
  const parents = new Set(images.flatMap((i) => (i.parent === undefined ? [] : [i.parent])));
  // images.go: an image nothing names that another image builds on is intermediate, shown with -a only.
  const shown = images.map((image) => summary(node, image)).filter((s) => options.all === true || s.RepoTags.length > 0 || s.RepoDigests.length > 0 || !parents.has(s.Id.slice(7)));
  const kept = options.dangling === undefined ? shown : shown.filter((s) => (s.RepoTags.length === 0) === options.dangling);
  return kept.sort((a, b) => b.Created - a.Created);
}
