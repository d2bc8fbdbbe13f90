// containerd's garbage collector (metadata/gc.go + gc/scheduler): a mark-and-sweep over the
// metadata of every namespace. Roots are image targets, container snapshots, the leases that
// have not expired with what they hold (kept here as the lease's gc.ref labels), and anything
// labelled containerd.io/gc.root. (Known gap: a real lease keeps its resources apart from its
// labels and the collector never reads lease labels, so `ctr leases create --id l
// containerd.io/gc.ref.content=<digest>` protects nothing there; it does here until `ctr images
// mount` records its snapshot as a lease resource instead of a label.)
// From there the marks follow gc.ref.content* labels to content, gc.ref.snapshot.<snapshotter>*
// labels to snapshots (the image config names its unpacked chain this way), and a snapshot's
// parent. What is left unmarked goes, content and snapshots of every snapshotter alike.
//
// A lease whose containerd.io/gc.expire time has passed is no root (scanRoots skips it), so it
// is swept with whatever only it held. Nothing else drops it: until a collection runs it is
// still listed, still deletable, and what it held is still there (checked on a real node by
// tests/oracle/scripts/20-lease-expiry.sh).
//
// On a real node a deletion only marks the database dirty, and the scheduler collects a moment
// later (tens of milliseconds: a `ctr snapshots ls` straight after `ctr c rm --keep-snapshot`
// still lists the snapshot, one after `sleep 0.1` no longer does). The simulator keeps the same
// flag with the time of the first deletion (dirty.ts; also the 100th write and the daemon's
// start), which schedules the collector's run GC_DELAY_MS later on the node's scheduler; a
// client starting a command also collects when that moment has passed (collectIfDue),
// whichever comes first.

import type { Node } from '../../node';
import type { LeaseRecord, NamespaceRecord } from '../metadata/schema';
import { dropUnreferencedBlob } from '../content/content-store';
import { daemonRunning } from '../daemon';
import { registerTimerKind } from '../../host/scheduler';
import { GC_DELAY_MS, GC_TIMER } from './dirty';

const has = (map: object, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);

const CONTENT_REF = 'containerd.io/gc.ref.content';
const SNAPSHOT_REF = 'containerd.io/gc.ref.snapshot.';
const GC_ROOT = 'containerd.io/gc.root';
const GC_EXPIRE = 'containerd.io/gc.expire';

/**
 * Go's time.Parse(time.RFC3339, v) in ms: `2006-01-02T15:04:05` with an optional fraction and
 * `Z` or a `±hh:mm` offset. undefined where Go fails (the collector then keeps the lease).
 */
export function parseGoRfc3339(text: string): number | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d\d):(\d\d))$/.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  if (day > daysInMonth) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)));
  let ms = date.getTime();
  if (m[8] !== 'Z') {
    const offHours = Number(m[10]);
    const offMinutes = Number(m[11]);
    if (offHours > 23 || offMinutes > 59) return undefined;
    ms -= (m[9] === '-' ? -1 : 1) * (offHours * 60 + offMinutes) * 60_000;
  }
  return ms;
}

/** Whether the collector running at `nowMs` skips lease `lease` (its gc.expire has passed). */
export function leaseExpired(lease: LeaseRecord, nowMs: number): boolean {
  const label = has(lease.labels, GC_EXPIRE) ? lease.labels[GC_EXPIRE] : undefined;
  if (label === undefined) return false;
  const expires = parseGoRfc3339(label);
  // expThreshold.After(exp): strictly later.
  return expires !== undefined && nowMs > expires;
}

/** What one collection removed, per namespace. */
export interface CollectedGarbage {
  /** namespace → ids of expired leases dropped (sorted). */
  leases: Record<string, string[]>;
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
  if (daemonRunning(node)) collectIfDue(node);
});

/**
 * Marks of one namespace: content digests, and snapshot keys per snapshotter. The collector
 * runs after every deletion (a crictl rmp, a docker rm), so marking keeps to plain loops: a work
 * list of what is still to follow instead of a closure per object, labels read with for…in, and
 * no "<snapshotter>/<key>" string made for an object already marked.
 */
class Marks {
  readonly content = new Set<string>();
  /** snapshotter → marked keys. */
  readonly snapshots = new Map<string, Set<string>>();
  /** Marked digests whose labels are still to follow. */
  private readonly contentToFollow: string[] = [];
  /** Marked snapshots still to follow: snapshotter and key, in pairs. */
  private readonly snapshotsToFollow: string[] = [];

  constructor(private readonly ns: NamespaceRecord) {}

  markContent(digest: string): void {
    if (this.content.has(digest) || !has(this.ns.content, digest)) return;
    this.content.add(digest);
    this.contentToFollow.push(digest);
  }

  markSnapshot(snapshotter: string, key: string): void {
    let marked = this.snapshots.get(snapshotter);
    if (marked?.has(key)) return;
    const bucket = has(this.ns.snapshots, snapshotter) ? this.ns.snapshots[snapshotter] : undefined;
    if (!bucket || !has(bucket, key)) return;
    if (!marked) this.snapshots.set(snapshotter, (marked = new Set()));
    marked.add(key);
    this.snapshotsToFollow.push(snapshotter, key);
  }

  isSnapshotMarked(snapshotter: string, key: string): boolean {
    return this.snapshots.get(snapshotter)?.has(key) === true;
  }

  /** gc.ref.content[.*] → content; gc.ref.snapshot.<snapshotter>[/*] → snapshot. */
  followLabels(labels: Record<string, string>): void {
    for (const k in labels) {
      if (!has(labels, k)) continue;
      const v = labels[k] as string;
      if (k.startsWith(CONTENT_REF)) this.markContent(v);
      else if (k.startsWith(SNAPSHOT_REF)) {
        const slash = k.indexOf('/', SNAPSHOT_REF.length);
        const snapshotter = slash < 0 ? k.slice(SNAPSHOT_REF.length) : k.slice(SNAPSHOT_REF.length, slash);
        if (snapshotter !== '') this.markSnapshot(snapshotter, v);
      }
    }
  }

  drain(): void {
    for (;;) {
      const digest = this.contentToFollow.pop();
      if (digest !== undefined) {
        this.followLabels(this.ns.content[digest]?.labels ?? {});
        continue;
      }
      const key = this.snapshotsToFollow.pop();
      const snapshotter = this.snapshotsToFollow.pop();
      if (key === undefined || snapshotter === undefined) return;
      const record = this.ns.snapshots[snapshotter]?.[key];
      if (!record) continue;
      if (record.parent !== '') this.markSnapshot(snapshotter, record.parent);
      this.followLabels(record.labels);
    }
  }
}

function markNamespace(ns: NamespaceRecord, expired: ReadonlySet<string>): Marks {
  const marks = new Marks(ns);
  for (const name in ns.images) {
    const image = ns.images[name];
    if (!image) continue;
    marks.markContent(image.target.digest);
    marks.followLabels(image.labels);
  }
  for (const id in ns.containers) {
    const container = ns.containers[id];
    if (!container) continue;
    if (container.snapshotter !== '' && container.snapshotKey !== '') marks.markSnapshot(container.snapshotter, container.snapshotKey);
    marks.followLabels(container.labels);
  }
  for (const id in ns.leases) {
    const lease = ns.leases[id];
    if (lease && !expired.has(lease.id)) marks.followLabels(lease.labels);
  }
  for (const digest in ns.content) if (has(ns.content[digest]?.labels ?? {}, GC_ROOT)) marks.markContent(digest);
  for (const snapshotter in ns.snapshots) {
    const bucket = ns.snapshots[snapshotter] ?? {};
    for (const key in bucket) if (has(bucket[key]?.labels ?? {}, GC_ROOT)) marks.markSnapshot(snapshotter, key);
  }
  marks.drain();
  return marks;
}

/** One full collection over every namespace. Clears the dirty flag. */
export function collectGarbage(node: Node): CollectedGarbage {
  const result: CollectedGarbage = { leases: {}, content: {}, snapshots: {} };
  const now = node.nowMs();
  const freedLayers = new Set<string>();
  const freedContent = new Set<string>();
  for (const [name, ns] of Object.entries(node.state.containerd.namespaces)) {
    const expired = new Set<string>();
    for (const id in ns.leases) {
      const lease = ns.leases[id];
      if (lease && leaseExpired(lease, now)) expired.add(lease.id);
    }
    const marks = markNamespace(ns, expired);
    for (const id of expired) delete ns.leases[id];
    if (expired.size > 0) result.leases[name] = [...expired].sort();
    const content: string[] = [];
    for (const digest in ns.content) if (!marks.content.has(digest)) content.push(digest);
    content.sort();
    for (const digest of content) {
      delete ns.content[digest];
      freedContent.add(digest);
    }
    const snapshots: string[] = [];
    for (const snapshotter in ns.snapshots) {
      const bucket = ns.snapshots[snapshotter] ?? {};
      for (const key in bucket) {
        const record = bucket[key];
        if (!record || marks.isSnapshotMarked(snapshotter, key)) continue;
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
  delete node.state.containerd.gcMutations;
  return result;
}
