// containerd's garbage collector (metadata/gc.go + gc/scheduler): a mark-and-sweep over the
// metadata of every namespace. Roots are image targets, container snapshots, what a lease
// holds (kept here as the lease's gc.ref labels), and anything labelled containerd.io/gc.root.
// From there the marks follow gc.ref.content* labels to content, gc.ref.snapshot.<snapshotter>*
// labels to snapshots (the image config names its unpacked chain this way), and a snapshot's
// parent. What is left unmarked goes, content and snapshots of every snapshotter alike.
//
// On a real node a deletion only marks the database dirty, and the scheduler collects a moment
// later (tens of milliseconds: a `ctr snapshots ls` straight after `ctr c rm --keep-snapshot`
// still lists the snapshot, one after `sleep 0.1` no longer does). The simulator keeps the same
// flag with the time of the first deletion (dirty.ts), which schedules the collector's run
// GC_DELAY_MS later on the node's scheduler; a client starting a command also collects when
// that moment has passed (collectIfDue), whichever comes first.

import type { Node } from '../../node';
import type { NamespaceRecord } from '../metadata/schema';
import { dropUnreferencedBlob } from '../content/content-store';
import { registerTimerKind } from '../../host/scheduler';
import { GC_DELAY_MS, GC_TIMER } from './dirty';

const CONTENT_REF = 'containerd.io/gc.ref.content';
const SNAPSHOT_REF = 'containerd.io/gc.ref.snapshot.';
const GC_ROOT = 'containerd.io/gc.root';

/** What one collection removed, per namespace. */
export interface CollectedGarbage {
  /** namespace → digests whose reference was dropped (sorted). */
  content: Record<string, string[]>;
  /** namespace → "<snapshotter>/<key>" of removed snapshots (sorted). */
  snapshots: Record<string, string[]>;
}

export { GC_DELAY_MS };

/** Runs the collector when a deletion happened at least GC_DELAY_MS ago (the scheduler's run). */
export function collectIfDue(node: Node): CollectedGarbage | undefined {
  const since = node.state.containerd.gcDirtySinceMs;
  if (since === undefined || node.nowMs() - since < GC_DELAY_MS) return undefined;
  return collectGarbage(node);
}

registerTimerKind(GC_TIMER, (node) => {
  if (node.state.containerd.running) collectIfDue(node);
});

const has = (map: object, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

/** Marks of one namespace: content digests and "<snapshotter>/<key>" snapshot ids. */
class Marks {
  readonly content = new Set<string>();
  readonly snapshots = new Set<string>();
  private readonly pending: Array<() => void> = [];

  constructor(private readonly ns: NamespaceRecord) {}

  markContent(digest: string): void {
    if (this.content.has(digest) || !has(this.ns.content, digest)) return;
    this.content.add(digest);
    this.pending.push(() => this.followLabels(this.ns.content[digest]?.labels ?? {}));
  }

  markSnapshot(snapshotter: string, key: string): void {
    const bucket = has(this.ns.snapshots, snapshotter) ? this.ns.snapshots[snapshotter] : undefined;
    const id = `${snapshotter}/${key}`;
    if (!bucket || this.snapshots.has(id) || !has(bucket, key)) return;
    this.snapshots.add(id);
    this.pending.push(() => {
      const record = bucket[key];
      if (!record) return;
      if (record.parent !== '') this.markSnapshot(snapshotter, record.parent);
      this.followLabels(record.labels);
    });
  }

  /** gc.ref.content[.*] → content; gc.ref.snapshot.<snapshotter>[/*] → snapshot. */
  followLabels(labels: Record<string, string>): void {
    for (const [k, v] of Object.entries(labels)) {
      if (k.startsWith(CONTENT_REF)) this.markContent(v);
      else if (k.startsWith(SNAPSHOT_REF)) {
        const snapshotter = k.slice(SNAPSHOT_REF.length).split('/')[0] ?? '';
        if (snapshotter !== '') this.markSnapshot(snapshotter, v);
      }
    }
  }

  drain(): void {
    for (let next = this.pending.pop(); next; next = this.pending.pop()) next();
  }
}

function markNamespace(ns: NamespaceRecord): Marks {
  const marks = new Marks(ns);
  for (const image of Object.values(ns.images)) {
    marks.markContent(image.target.digest);
    marks.followLabels(image.labels);
  }
  for (const container of Object.values(ns.containers)) {
    if (container.snapshotter !== '' && container.snapshotKey !== '') marks.markSnapshot(container.snapshotter, container.snapshotKey);
    marks.followLabels(container.labels);
  }
  for (const lease of Object.values(ns.leases)) marks.followLabels(lease.labels);
  for (const [digest, ref] of Object.entries(ns.content)) if (has(ref.labels, GC_ROOT)) marks.markContent(digest);
  for (const [snapshotter, bucket] of Object.entries(ns.snapshots)) {
    for (const [key, record] of Object.entries(bucket)) if (has(record.labels, GC_ROOT)) marks.markSnapshot(snapshotter, key);
  }
  marks.drain();
  return marks;
}

/** One full collection over every namespace. Clears the dirty flag. */
export function collectGarbage(node: Node): CollectedGarbage {
  const result: CollectedGarbage = { content: {}, snapshots: {} };
  const freedLayers = new Set<string>();
  const freedContent = new Set<string>();
  for (const [name, ns] of Object.entries(node.state.containerd.namespaces)) {
    const marks = markNamespace(ns);
    const content = Object.keys(ns.content).filter((d) => !marks.content.has(d)).sort();
    for (const digest of content) {
      delete ns.content[digest];
      freedContent.add(digest);
    }
    const snapshots: string[] = [];
    for (const [snapshotter, bucket] of Object.entries(ns.snapshots)) {
      for (const [key, record] of Object.entries(bucket)) {
        if (marks.snapshots.has(`${snapshotter}/${key}`)) continue;
        if (record.layerDigest !== undefined) freedLayers.add(record.layerDigest);
        delete bucket[key];
        snapshots.push(`${snapshotter}/${key}`);
      }
    }
    if (content.length > 0) result.content[name] = content;
    if (snapshots.length > 0) result.snapshots[name] = snapshots.sort();
  }
  // The bytes go once neither a namespace's content nor an unpacked snapshot needs them.
  for (const digest of new Set([...freedContent, ...freedLayers])) dropUnreferencedBlob(node, digest);
  delete node.state.containerd.gcDirtySinceMs;
  return result;
}
