// A simulated clock for one pull: when the ref resolves, when each blob starts and finishes
// downloading (layers share the link's bandwidth), so the progress display can be drawn at
// any instant. Durations come from the node's seeded generator: the same seed and commands
// give the same frames.

import type { Node } from '../../../node';
import { randomInt } from '../../../host/random';
import type { FetchJob } from '../../../containerd/client/index';
import { isLayerType } from '../../../oci/media-types';
import { makeRefKey } from './ref-key';
import type { StatusInfo } from '../../../cli/progress/transfer-display';

interface Span {
  key: string;
  size: number;
  existed: boolean;
  /** When the job appears in the display. */
  added: number;
  start: number;
  end: number;
}

export interface PullTimeline {
  ref: string;
  resolvedAt: number;
  spans: Span[];
  /** When the last blob is committed. */
  end: number;
}

/** Plans the transfer of `jobs` (fetch order) for a link of about 8–24 MiB/s. */
export function planPull(node: Node, ref: string, jobs: readonly FetchJob[]): PullTimeline {
  const r = node.state.random;
  const resolvedAt = randomInt(r, 250, 900);
  const bandwidth = (randomInt(r, 8, 24) * 1024 * 1024) / 1000; // bytes per ms
  const spans: Span[] = [];
  const layerGroups = new Map<number, number[]>();
  jobs.forEach((job, i) => {
    const parent = job.parent >= 0 ? spans[job.parent] : undefined;
    const added = parent ? parent.end : resolvedAt;
    const span: Span = { key: makeRefKey(job.descriptor), size: job.descriptor.size, existed: job.existed, added, start: added, end: added };
    if (!job.existed) {
      if (isLayerType(job.descriptor.mediaType)) {
        const group = layerGroups.get(job.parent) ?? [];
        group.push(i);
        layerGroups.set(job.parent, group);
      } else {
        span.end = added + randomInt(r, 40, 160);
      }
    }
    spans.push(span);
  });
  // Layers of one manifest download together and share the bandwidth (processor sharing).
  for (const group of layerGroups.values()) {
    const first = spans[group[0] ?? 0];
    if (!first) continue;
    let t = first.added + randomInt(r, 30, 120);
    const remaining = new Map(group.map((i) => [i, spans[i]?.size ?? 0]));
    for (const i of group) if (spans[i]) (spans[i] as Span).start = t;
    while (remaining.size > 0) {
      const share = bandwidth / remaining.size;
      const smallest = Math.min(...remaining.values());
      const dt = smallest / share;
      t += dt;
      for (const [i, left] of remaining) {
        const next = left - share * dt;
        if (next <= 0.5) {
          remaining.delete(i);
          if (spans[i]) (spans[i] as Span).end = t;
        } else remaining.set(i, next);
      }
    }
  }
  const end = Math.max(resolvedAt, ...spans.map((s) => s.end));
  return { ref, resolvedAt, spans, end };
}

/** Bytes of a span received by time `t` (linear within its window; good enough to watch). */
function received(span: Span, t: number): number {
  if (t >= span.end) return span.size;
  if (t <= span.start) return 0;
  return Math.floor((span.size * (t - span.start)) / (span.end - span.start));
}

/** The display's rows at time `t`; `final` marks the last frame (all jobs done). */
export function statusesAt(plan: PullTimeline, t: number, final: boolean): StatusInfo[] {
  const rows: StatusInfo[] = [{ ref: plan.ref, status: t >= plan.resolvedAt || final ? 'resolved' : 'resolving', offset: 0, total: 0 }];
  for (const span of plan.spans) {
    if (!final && t < span.added) continue;
    if (span.existed) rows.push({ ref: span.key, status: 'exists', offset: 0, total: 0 });
    else if (final || t >= span.end) rows.push({ ref: span.key, status: 'done', offset: span.size, total: span.size });
    else if (t >= span.start) rows.push({ ref: span.key, status: 'downloading', offset: received(span, t), total: span.size });
    else rows.push({ ref: span.key, status: 'waiting', offset: 0, total: 0 });
  }
  return rows;
}
