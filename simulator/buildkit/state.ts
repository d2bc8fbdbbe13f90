// buildkitd's own records on one node, kept for as long as the page keeps the node: its cache
// (results of build steps by cache key), the image configs and layers it pulled, and what the
// last file transfers sent. buildkitd keeps these under /var/lib/buildkit on a real node; the
// simulator keeps them beside the node, not in its saved state, so a reload starts with an
// empty build cache (as after `buildctl prune`).

import type { Node } from '../node';
import type { Blob } from '../oci/blob';
import type { ChainLayer } from './fs/rootfs';

/** A layer buildkit holds: a pulled image's layer or one a step made. */
export interface LayerRecord extends ChainLayer {
  blob: Blob;
  /** When the record was created on the node's clock (the history's `created`). */
  createdMs: number;
  /** What made it, as `buildctl du --verbose` describes records. */
  description: string;
  /** Pulled with an image (not made by a step): the exporter has it compressed already. */
  pulled?: boolean;
}

/** The result of one step: the chain after it (layers unchanged when the step changed nothing). */
export interface CacheRecord {
  chain: LayerRecord[];
  createdMs: number;
  lastUsedMs: number;
  usageCount: number;
  /** The step changed files (its layer is the chain's last). */
  madeLayer: boolean;
  description: string;
}

export interface BuildkitState {
  cache: Map<string, CacheRecord>;
  /** Pulled images: manifest digest → their layer records. */
  images: Map<string, LayerRecord[]>;
  /** Shared key → path → stamp of the last transfer (context/local-source.ts). */
  localStats: Map<string, Map<string, string>>;
}

const states = new WeakMap<Node, BuildkitState>();

export function buildkitState(node: Node): BuildkitState {
  let s = states.get(node);
  if (!s) states.set(node, (s = { cache: new Map(), images: new Map(), localStats: new Map() }));
  return s;
}
