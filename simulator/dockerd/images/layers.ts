// dockerd's layer store (moby 20.10 layer/layer_store.go over the overlay2 driver): a layer is
// registered once by its diff id, gets an overlay2 directory named by a random cache id, and
// goes when no image uses it any more. What it holds is the files it adds, which a container's
// rootfs, `docker save` and the builder read back.

import type { LayerFile } from '../../oci/blob';
import { isVfsError, mkdir, rm } from '../../host/vfs';
import type { Node } from '../../node';
import { encodeLayer } from '../../oci/archive/layer-payload';
import { MEDIA_TYPE } from '../../oci/media-types';
import { gunzipBinary, isGzipBinary, unpackRaw } from '../../oci/raw-bytes';
import { DOCKER_ROOT } from '../daemon';
import type { DockerLayerRecord } from '../store/layer-record';
import { randomHex } from './random-hex';
import { ensureLayerDiff } from './layer-diff';
import { linkLayerDir, unlinkLayerDir } from './overlay2-links';

export interface NewLayer {
  diffId: string;
  size: number;
  files?: Record<string, LayerFile | null>;
  rawDeflated?: string;
  blob?: DockerLayerRecord['blob'];
}

function layersOf(node: Node): Record<string, DockerLayerRecord> {
  const store = node.state.dockerd;
  store.layers ??= {};
  return store.layers;
}

export function findLayer(node: Node, diffId: string): DockerLayerRecord | undefined {
  return layersOf(node)[diffId];
}

/** Registers a layer (a no-op for one the store has); true when it is new. */
export function addLayer(node: Node, layer: NewLayer): boolean {
  const layers = layersOf(node);
  if (layers[layer.diffId]) return false;
  const cacheId = randomHex(node, 32);
  try {
    mkdir(node.state.host.files, `${DOCKER_ROOT}/overlay2/${cacheId}/diff`, { parents: true, mode: 0o700, mtimeMs: node.nowMs() });
    linkLayerDir(node, cacheId);
  } catch (err) {
    if (!isVfsError(err)) throw err;
  }
  const record: DockerLayerRecord = { diffId: layer.diffId, size: layer.size, cacheId, files: layer.files ?? {} };
  if (layer.rawDeflated !== undefined) record.rawDeflated = layer.rawDeflated;
  if (layer.blob !== undefined) record.blob = layer.blob;
  layers[layer.diffId] = record;
  // Extracted now, as dockerd's layer store applies a layer's tar when it registers it: the
  // diff dir shows its files at once, and a container's first start has nothing to write.
  try {
    ensureLayerDiff(node, record);
  } catch (err) {
    if (!isVfsError(err)) throw err;
  }
  return true;
}

/** The files a stack of layers shows, bottom first (overlay: an upper layer's path wins; whiteouts hide). */
export function mergedFiles(node: Node, diffIds: readonly string[]): Record<string, LayerFile> {
  const out: Record<string, LayerFile> = {};
  for (const diffId of diffIds) {
    for (const [path, file] of Object.entries(findLayer(node, diffId)?.files ?? {})) {
      const base = path.slice(path.lastIndexOf('/') + 1);
      const whiteout = base.startsWith('.wh.');
      if (file === null || whiteout) {
        const hidden = whiteout ? `${path.slice(0, path.lastIndexOf('/') + 1)}${base.slice(4)}` : path;
        for (const p of Object.keys(out)) if (p === hidden || p.startsWith(`${hidden}/`)) delete out[p];
        continue;
      }
      out[path] = file;
    }
  }
  return out;
}

/**
 * The uncompressed tar of a layer, as `docker save` writes it: a real archive's own bytes, else
 * the simulator's stand-in tar, whose PAX header carries the diff id so a load reads it back
 * as the same layer (oci/archive/layer-payload.ts).
 */
export function layerTar(node: Node, diffId: string): string {
  const layer = findLayer(node, diffId);
  if (layer?.rawDeflated !== undefined) {
    const raw = unpackRaw(layer.rawDeflated);
    return isGzipBinary(raw) ? gunzipBinary(raw) : raw;
  }
  return encodeLayer({ digest: diffId, size: layer?.size ?? 1024, mediaType: MEDIA_TYPE.dockerLayer, files: layer?.files ?? {}, diffId });
}

/**
 * The layers a container of image `imageId` runs on, bottom first: the image's, or those its
 * containers kept after `docker rmi -f` deleted it (retainedLayers).
 */
export function imageLayers(node: Node, imageId: string): readonly string[] {
  const store = node.state.dockerd;
  return store.images[imageId]?.diffIds ?? store.retainedLayers?.[imageId] ?? [];
}

/** Keeps a deleted image's layers for the containers still using it (their RW layers' parent chain). */
export function retainLayers(node: Node, imageId: string, diffIds: readonly string[]): void {
  const store = node.state.dockerd;
  store.retainedLayers ??= {};
  store.retainedLayers[imageId] = [...diffIds];
}

/**
 * Drops the layers neither an image nor a container uses any more (image_delete.go releases
 * them with the image, daemon/delete.go with the last container on a deleted image's chain).
 */
export function releaseUnusedLayers(node: Node): void {
  const layers = layersOf(node);
  const store = node.state.dockerd;
  const inUse = new Set(Object.values(store.containers).map((c) => c.imageId));
  for (const id of Object.keys(store.retainedLayers ?? {})) if (!inUse.has(id) && store.retainedLayers) delete store.retainedLayers[id];
  const used = new Set([...Object.values(store.images).flatMap((i) => i.diffIds), ...Object.values(store.retainedLayers ?? {}).flat()]);
  for (const [diffId, layer] of Object.entries(layers)) {
    if (used.has(diffId)) continue;
    rm(node.state.host.files, `${DOCKER_ROOT}/overlay2/${layer.cacheId}`, { recursive: true, force: true });
    unlinkLayerDir(node, layer.cacheId);
    delete layers[diffId];
  }
}

/**
 * A layer's DiffSize as overlay2 measures its diff dir (directory.Size: every entry but the
 * directories, by Lstat size): file sizes plus the length of each symlink's target.
 */
export function diffSize(files: Record<string, LayerFile | null>): number {
  let size = 0;
  for (const f of Object.values(files)) {
    if (f === null) continue;
    if (f.kind === 'file') size += f.size ?? (f.content ?? '').length;
    else if (f.kind === 'symlink') size += new TextEncoder().encode(f.content ?? '').length;
  }
  return size;
}
