// DiskUsage and Prune of buildkitd (client.DiskUsage / client.Prune): one record per snapshot
// buildkit keeps — each pulled or built layer — and per local source it received, with its
// size, use count and times; prune drops the records nothing is using (all of them here, as
// no build runs while a command is typed).

import type { Node } from '../node';
import { buildkitState, saveBuildkitState, type LayerRecord } from './state';

export interface UsageRecord {
  id: string;
  mutable: boolean;
  inUse: boolean;
  shared: boolean;
  size: number;
  createdMs: number;
  lastUsedMs?: number;
  usageCount: number;
  description: string;
  recordType: string;
  parents: string[];
}

/** A stable 25-character record id from a digest (buildkit's ids are random base36). */
function recordId(digest: string): string {
  const hex = digest.replace(/^sha256:/, '');
  let id = '';
  for (let i = 0; i < 25; i++) id += (parseInt(hex.slice(i * 2, i * 2 + 2) || '0', 16) % 36).toString(36);
  return id;
}

function layerSize(l: LayerRecord): number {
  return l.blob.unpackedSize ?? Object.values(l.files).reduce((n, f) => n + (f.kind === 'file' ? (f.size ?? f.content?.length ?? 0) : 0), 0);
}

export function diskUsage(node: Node): UsageRecord[] {
  const state = buildkitState(node);
  const layers = new Map<string, { layer: LayerRecord; parent?: string; uses: number; lastUsedMs?: number }>();
  const addChain = (chain: readonly LayerRecord[], uses: number, lastUsedMs?: number) => {
    chain.forEach((l, i) => {
      const known = layers.get(l.digest);
      if (known) {
        known.uses = Math.max(known.uses, uses);
        return;
      }
      layers.set(l.digest, { layer: l, parent: chain[i - 1]?.digest, uses, lastUsedMs });
    });
  };
  for (const chain of state.images.values()) addChain(chain, 1);
  for (const record of state.cache.values()) addChain(record.chain, record.usageCount, record.lastUsedMs);
  const out: UsageRecord[] = [];
  for (const { layer, parent, uses, lastUsedMs } of layers.values()) {
    out.push({
      id: recordId(layer.digest),
      mutable: false,
      inUse: false,
      shared: false,
      size: layerSize(layer),
      createdMs: layer.createdMs,
      lastUsedMs,
      usageCount: uses,
      description: layer.description,
      recordType: 'regular',
      parents: parent ? [recordId(parent)] : [],
    });
  }
  for (const [key, stats] of state.localStats) {
    out.push({
      id: recordId(`sha256:${[...key].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('').padEnd(64, '0').slice(0, 64)}`),
      mutable: true,
      inUse: false,
      shared: false,
      size: stats.size * 4096,
      createdMs: node.nowMs(),
      usageCount: 1,
      description: `local source for ${key.slice(0, key.indexOf(':'))}`,
      recordType: 'source.local',
      parents: [],
    });
  }
  return out;
}

/** Prune: every record goes; returns what was removed. */
export function prune(node: Node): UsageRecord[] {
  const removed = diskUsage(node);
  const state = buildkitState(node);
  state.cache.clear();
  state.images.clear();
  state.localStats.clear();
  state.cacheMounts.clear();
  saveBuildkitState(node, state);
  return removed;
}
