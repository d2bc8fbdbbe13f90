// The steps that change files — FROM's pull, RUN, COPY/ADD, WORKDIR — each a vertex of the
// trace, each looked up in the cache first by its key (CACHED when found and the stage does
// not ignore the cache), each making one layer record when it runs.

import type { Node } from '../../node';
import { fetchBlob } from '../../registry/remote';
import { layerChanges, type LayerFile } from '../../oci/blob';
import { layerBlob } from '../fs/layer-blob';
import type { StepDiff } from '../fs/overlay-fs';
import { mergedView } from '../fs/rootfs';
import type { Trace, Vertex } from '../progress/trace';
import type { BuildkitState, LayerRecord } from '../state';
import { stepKey } from './cache-key';
import type { ResolvedImage } from './image-source';
import type { StageState } from './stage-state';

/** Registry speed for a layer's download, and how fast layers extract. */
const DOWNLOAD_BYTES_PER_MS = 25_000;
const EXTRACT_BYTES_PER_MS = 120_000;

export interface StepContext {
  node: Node;
  trace: Trace;
  state: BuildkitState;
  ignoreCache: boolean;
}

/** FROM <image>: the image's layers, pulled into buildkit's store unless it has them. */
export function solveImage(ctx: StepContext, d: StageState, resolved: ResolvedImage, name: string): void {
  const { trace, state } = ctx;
  const v = trace.start(name);
  const key = stepKey('', { image: resolved.manifestDigest });
  const known = state.images.get(resolved.manifestDigest);
  d.key = key;
  if (known && !ctx.ignoreCache) {
    trace.advance(1);
    d.chain = known;
    trace.done(v, true);
    return;
  }
  trace.status(v, `resolve ${resolved.name}@${resolved.digest}`, 3);
  if (known) {
    d.chain = known;
    trace.done(v);
    return;
  }
  const records: LayerRecord[] = [];
  const blobs = resolved.layers.map((l) => fetchBlob(ctx.node, l));
  for (const blob of blobs) {
    trace.status(v, blob.digest, 40 + blob.size / DOWNLOAD_BYTES_PER_MS, 0, blob.size);
  }
  for (const blob of blobs) {
    trace.status(v, `extracting ${blob.digest}`, 20 + (blob.unpackedSize ?? blob.size * 2) / EXTRACT_BYTES_PER_MS);
    // A pulled layer's whiteouts stay deletions in the chain, as the applier would apply them.
    const { files, deletes } = layerChanges(blob);
    records.push({ digest: blob.digest, files, ...(deletes.length > 0 ? { deletes } : {}), blob, createdMs: trace.nowMs, description: `pulled from ${resolved.name}@${resolved.digest}`, pulled: true });
  }
  state.images.set(resolved.manifestDigest, records);
  d.chain = records;
  trace.done(v);
}

/**
 * A step that makes a layer: cached under `key` or run by `make`, which returns the diff (and
 * may fail by throwing after filling the vertex's logs). Returns the vertex.
 */
export function layerStep(ctx: StepContext, d: StageState, name: string, keyParts: unknown, make: (v: Vertex) => StepDiff): Vertex {
  const { trace, state } = ctx;
  const v = trace.start(name);
  const key = stepKey(d.key, keyParts);
  const hit = state.cache.get(key);
  if (hit && !ctx.ignoreCache) {
    trace.advance(1);
    hit.lastUsedMs = trace.nowMs;
    hit.usageCount++;
    d.chain = hit.chain;
    d.key = key;
    d.newLayerTimes.push(hit.createdMs);
    trace.done(v, true);
    return v;
  }
  const diff = make(v);
  const blob = layerBlob(diff, Math.floor(trace.nowMs / 1000));
  const record: LayerRecord = { digest: blob.digest, files: layerChanges(blob).files, deletes: diff.deletes, blob, createdMs: trace.nowMs, description: name };
  const chain = [...d.chain, record];
  state.cache.set(key, { chain, createdMs: trace.nowMs, lastUsedMs: trace.nowMs, usageCount: 1, madeLayer: true, description: name });
  d.chain = chain;
  d.key = key;
  d.newLayerTimes.push(trace.nowMs);
  trace.done(v);
  return v;
}

/** The files of a stage's current filesystem, as COPY --from reads them. */
export function stageFiles(d: StageState): { lookup(path: string): LayerFile | undefined; list(path: string): string[] } {
  const view = mergedView(d.chain);
  return {
    lookup: (p) => view.files.get(p),
    list: (p) => [...(view.children.get(p) ?? [])].sort(),
  };
}
