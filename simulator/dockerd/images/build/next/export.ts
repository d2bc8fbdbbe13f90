// builder-next's exporter into dockerd's image store (moby v20.10.24 builder/builder-next/
// exporter/export.go with buildkit 0.8's image config): `exporting to image` — the layers,
// `writing image sha256:…` (the config's digest is the image id: the same steps from the cache
// give the same image) and `naming to docker.io/library/x` for each -t.

import type { Trace } from '../../../../buildkit/progress/trace';
import { goJsonMarshal } from '../../../../go/json';
import type { Node } from '../../../../node';
import { digestText } from '../../../../oci/digest';
import { formatNamed, parseDockerRef } from '../../../../oci/docker-reference';
import { goTimeJson } from '../../go-time';
import type { HistoryEntry } from '../../image-config';
import { findLayer } from '../../layers';
import { storeImage } from '../../store-image';
import type { ContainerConfig } from '../config-dispatch';

/** A stage's result: its layers (diff ids), image config and history, when its last layer was made. */
export interface StageResult {
  chain: string[];
  config: ContainerConfig;
  history: HistoryEntry[];
  createdMs: number;
  /** The last layer step changed nothing (its history entry is an empty layer). */
  lastEmpty?: boolean;
}

/** The history entry as buildkit's ocispec History writes it (omitempty fields left out). */
function historyJson(h: HistoryEntry): Record<string, unknown> {
  return { created: h.created, ...(h.author ? { author: h.author } : {}), ...(h.created_by ? { created_by: h.created_by } : {}), ...(h.comment ? { comment: h.comment } : {}), ...(h.empty_layer ? { empty_layer: true } : {}) };
}

/** Writes the image and names it; returns its id (sha256:…). */
export function exportImage(node: Node, trace: Trace, result: StageResult, tags: readonly string[]): string {
  const v = trace.start('exporting to image');
  // inBuilderContext names the exporter's vertex by the digest of its name.
  v.digest = digestText('exporting to image');
  const fresh = result.createdMs >= trace.startMs;
  trace.status(v, 'exporting layers', fresh ? 60 : 2);
  const config = goJsonMarshal({
    architecture: 'amd64',
    config: result.config,
    created: goTimeJson(result.createdMs),
    history: result.history.map(historyJson),
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: result.chain },
  });
  const size = result.chain.reduce((n, d) => n + (findLayer(node, d)?.size ?? 0), 0);
  const id = storeImage(node, config, size);
  trace.status(v, `writing image sha256:${id}`, 3);
  for (const tag of tags) {
    const full = formatNamed(parseDockerRef(tag));
    node.state.dockerd.references[full] = id;
    // The name as given, normalised: `docker.io/library/x` (no :latest added), `docker.io/library/x:2`.
    const explicitTag = tag.slice(tag.lastIndexOf('/') + 1).includes(':');
    trace.status(v, `naming to ${explicitTag ? full : full.replace(/:latest$/, '')}`, 2);
  }
  trace.done(v);
  return `sha256:${id}`;
}
