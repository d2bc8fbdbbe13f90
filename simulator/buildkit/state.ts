// buildkitd's own records on one node: its cache (results of build steps by cache key), the
// image layers it pulled, and what the last file transfers sent. buildkitd keeps them in bolt
// databases under /var/lib/buildkit; the simulator keeps them as JSON in the node's file
// /var/lib/buildkit/cache.db (read once per node, written after each change), so a saved
// node rebuilds from the cache after a reload, and `rm -rf /var/lib/buildkit` empties it as on
// a real node. Pulled layers are stored by digest (the registry has their bytes); built
// layers with their blob (its exact gzip bytes).

import type { Node } from '../node';
import { layerChanges, type Blob, type LayerFile } from '../oci/blob';
import * as vfs from '../host/vfs';
import { fetchBlob } from '../registry/remote';
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

/** The result of one step: the chain after it. */
interface CacheRecord {
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
  /**
   * RUN --mount=type=cache directories by cache id: mutable refs that outlive every build
   * (and --no-cache), never part of an image; `buildctl prune` removes them.
   */
  cacheMounts: Map<string, Map<string, LayerFile>>;
}

const CACHE_DB = '/var/lib/buildkit/cache.db';

interface SavedLayer {
  pulled?: boolean;
  blob?: Blob;
  deletes?: string[];
  createdMs: number;
  description: string;
}

interface SavedState {
  version: 1;
  layers: Record<string, SavedLayer>;
  images: Record<string, string[]>;
  cache: Record<string, Omit<CacheRecord, 'chain'> & { chain: string[] }>;
  localStats: Record<string, Record<string, string>>;
  cacheMounts?: Record<string, Record<string, LayerFile>>;
}

const states = new WeakMap<Node, { state: BuildkitState; text: string }>();

function empty(): BuildkitState {
  return { cache: new Map(), images: new Map(), localStats: new Map(), cacheMounts: new Map() };
}

function load(node: Node, text: string): BuildkitState {
  const state = empty();
  if (text === '') return state;
  let saved: SavedState;
  try {
    saved = JSON.parse(vfs.binaryToText(text)) as SavedState;
  } catch {
    return state;
  }
  if (saved.version !== 1) return state;
  const layers = new Map<string, LayerRecord>();
  const layer = (digest: string): LayerRecord | undefined => {
    const known = layers.get(digest);
    if (known) return known;
    const s = saved.layers[digest];
    if (!s) return undefined;
    let blob = s.blob;
    if (s.pulled) {
      try {
        blob = fetchBlob(node, { digest, mediaType: '', size: 0 });
      } catch {
        return undefined;
      }
    }
    if (!blob) return undefined;
    const changes = layerChanges(blob);
    const record: LayerRecord = { digest, files: changes.files, blob, createdMs: s.createdMs, description: s.description };
    const deletes = s.deletes?.length ? s.deletes : changes.deletes;
    if (deletes.length) record.deletes = deletes;
    if (s.pulled) record.pulled = true;
    layers.set(digest, record);
    return record;
  };
  const chainOf = (digests: readonly string[]): LayerRecord[] | undefined => {
    const chain = digests.map(layer);
    return chain.every((l) => l !== undefined) ? (chain as LayerRecord[]) : undefined;
  };
  for (const [digest, list] of Object.entries(saved.images ?? {})) {
    const chain = chainOf(list);
    if (chain) state.images.set(digest, chain);
  }
  for (const [key, r] of Object.entries(saved.cache ?? {})) {
    const chain = chainOf(r.chain);
    if (chain) state.cache.set(key, { ...r, chain });
  }
  for (const [key, stats] of Object.entries(saved.localStats ?? {})) state.localStats.set(key, new Map(Object.entries(stats)));
  for (const [id, files] of Object.entries(saved.cacheMounts ?? {})) state.cacheMounts.set(id, new Map(Object.entries(files)));
  return state;
}

/** buildkitd's records on `node`, read from cache.db when the file changed since last read. */
export function buildkitState(node: Node): BuildkitState {
  const files = node.state.host.files;
  const text = Object.hasOwn(files, CACHE_DB) ? (files[CACHE_DB]?.content ?? '') : '';
  const known = states.get(node);
  if (known && known.text === text) return known.state;
  const state = load(node, text);
  states.set(node, { state, text });
  return state;
}

/**
 * What the records may take in cache.db: past it, buildkitd's garbage collector (its keep
 * policy) drops the least recently used results first.
 */
const KEEP_BYTES = 4 * 1024 * 1024;

/** Writes the records back to cache.db (after a solve or a prune). */
export function saveBuildkitState(node: Node, state: BuildkitState): void {
  let text = serialize(state);
  while (text.length > KEEP_BYTES && state.cache.size > 0) {
    const oldest = [...state.cache].sort((a, b) => a[1].lastUsedMs - b[1].lastUsedMs)[0];
    if (oldest) state.cache.delete(oldest[0]);
    text = serialize(state);
  }
  vfs.writeFile(node.state.host.files, CACHE_DB, text, { parents: true, mode: 0o600, mtimeMs: node.nowMs() });
  states.set(node, { state, text });
}

function serialize(state: BuildkitState): string {
  const layers: Record<string, SavedLayer> = {};
  const digests = (chain: readonly LayerRecord[]) =>
    chain.map((l) => {
      if (!layers[l.digest]) {
        layers[l.digest] = l.pulled
          ? { pulled: true, createdMs: l.createdMs, description: l.description }
          : { blob: l.blob, ...(l.deletes?.length ? { deletes: [...l.deletes] } : {}), createdMs: l.createdMs, description: l.description };
      }
      return l.digest;
    });
  const saved: SavedState = {
    version: 1,
    layers,
    images: Object.fromEntries([...state.images].map(([k, chain]) => [k, digests(chain)])),
    cache: Object.fromEntries([...state.cache].map(([k, r]) => [k, { ...r, chain: digests(r.chain) }])),
    localStats: Object.fromEntries([...state.localStats].map(([k, m]) => [k, Object.fromEntries(m)])),
    ...(state.cacheMounts.size > 0 ? { cacheMounts: Object.fromEntries([...state.cacheMounts].map(([k, m]) => [k, Object.fromEntries(m)])) } : {}),
  };
  return vfs.textToBinary(JSON.stringify(saved));
}
