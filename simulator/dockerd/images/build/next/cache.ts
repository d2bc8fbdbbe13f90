// builder-next's own records (moby 20.10 builder/builder-next: buildkit's solver with its
// cache under /var/lib/docker/buildkit, never buildkitd's): each step's result by cache key —
// the layer it made in dockerd's layer store (none for a step that changed nothing) and when —
// the base images it has used, and what the last file transfers sent (fsutil's shared keys).
// Kept as JSON in the node's file /var/lib/docker/buildkit/cache.json, read once per node and
// written after each build, so a saved node rebuilds from the cache after a reload and `rm -rf
// /var/lib/docker/buildkit` empties it. A step whose layer dockerd released is a miss.

import * as vfs from '../../../../host/vfs';
import type { Node } from '../../../../node';
import { DOCKER_ROOT } from '../../../daemon';
import type { LayerFile } from '../../../../oci/blob';

interface StepRecord {
  /** The layer the step made (its diff id), or null when it changed no file. */
  diffId: string | null;
  createdMs: number;
}

export interface NextCache {
  steps: Map<string, StepRecord>;
  /** Base image ids the builder has loaded (a later FROM of one is CACHED). */
  images: Set<string>;
  /** fsutil shared key → path → stamp of the last transfer. */
  localStats: Map<string, Map<string, string>>;
  /** RUN --mount=type=cache directories by id (kept for the daemon's life, never in an image). */
  cacheMounts: Map<string, Map<string, LayerFile>>;
}

const CACHE_FILE = `${DOCKER_ROOT}/buildkit/cache.json`;

interface Saved {
  version: 1;
  steps: Record<string, StepRecord>;
  images: string[];
  localStats: Record<string, Record<string, string>>;
  cacheMounts?: Record<string, Record<string, LayerFile>>;
}

const loaded = new WeakMap<Node, { cache: NextCache; text: string }>();

function parse(text: string): NextCache {
  const cache: NextCache = { steps: new Map(), images: new Set(), localStats: new Map(), cacheMounts: new Map() };
  if (text === '') return cache;
  try {
    const saved = JSON.parse(vfs.binaryToText(text)) as Saved;
    if (saved.version !== 1) return cache;
    for (const [k, r] of Object.entries(saved.steps ?? {})) cache.steps.set(k, r);
    for (const id of saved.images ?? []) cache.images.add(id);
    for (const [k, m] of Object.entries(saved.localStats ?? {})) cache.localStats.set(k, new Map(Object.entries(m)));
    for (const [k, m] of Object.entries(saved.cacheMounts ?? {})) cache.cacheMounts.set(k, new Map(Object.entries(m)));
  } catch {
    // A file someone overwrote: an empty cache, as buildkit starts over on a bad database.
  }
  return cache;
}

/** builder-next's records on `node`, read again only when the file changed. */
export function nextCache(node: Node): NextCache {
  const files = node.state.host.files;
  const text = Object.hasOwn(files, CACHE_FILE) ? (files[CACHE_FILE]?.content ?? '') : '';
  const known = loaded.get(node);
  if (known && known.text === text) return known.cache;
  const cache = parse(text);
  loaded.set(node, { cache, text });
  return cache;
}

export function saveNextCache(node: Node, cache: NextCache): void {
  const saved: Saved = {
    version: 1,
    steps: Object.fromEntries(cache.steps),
    images: [...cache.images],
    localStats: Object.fromEntries([...cache.localStats].map(([k, m]) => [k, Object.fromEntries(m)])),
    ...(cache.cacheMounts.size > 0 ? { cacheMounts: Object.fromEntries([...cache.cacheMounts].map(([k, m]) => [k, Object.fromEntries(m)])) } : {}),
  };
  const text = vfs.textToBinary(JSON.stringify(saved));
  vfs.writeFile(node.state.host.files, CACHE_FILE, text, { parents: true, mode: 0o600, mtimeMs: node.nowMs() });
  loaded.set(node, { cache, text });
}
