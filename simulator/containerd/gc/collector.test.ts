import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../namespaces/test-support';
import { hasContent, writeBlob } from '../content/content-store';
import { digestText } from '../../oci/digest';
import { applyLayer, commit, getSnapshot, prepare, remove, snapshotFiles } from '../snapshots/snapshots';
import { createLease } from '../leases/leases';
import type { Node } from '../../node';
import { collectGarbage, collectIfDue, GC_DELAY_MS, leaseExpired, parseGoRfc3339 } from './collector';
import { collectAfterStartup, GC_MUTATION_THRESHOLD, GC_TIMER, markGcDirty, noteGcMutation } from './dirty';
import { jumpTo } from '../../host/time-driver';
import { nextDueMs, pendingTimers } from '../../host/scheduler';
import { listLeases } from '../leases/leases';
import { TEST_EPOCH_MS } from '../namespaces/test-support';

const json = (text: string) => ({ digest: digestText(text), size: text.length, mediaType: 'application/json', data: text });

/** An image whose config names a one-layer chain "chain" in overlayfs, unpacked. */
function unpackedImage(node: Node) {
  const layer = { digest: digestText('layer'), size: 10, mediaType: 'application/vnd.oci.image.layer.v1.tar', files: { '/bin/sh': { kind: 'file' as const, mode: 0o755, content: 'sh' } } };
  const config = json('config');
  const manifest = json('manifest');
  writeBlob(node, 'default', layer);
  writeBlob(node, 'default', config, { 'containerd.io/gc.ref.snapshot.overlayfs': 'chain' });
  writeBlob(node, 'default', manifest, { 'containerd.io/gc.ref.content.config': config.digest, 'containerd.io/gc.ref.content.l.0': layer.digest });
  prepare(node, 'default', 'overlayfs', 'extract', '');
  applyLayer(node, 'default', 'overlayfs', 'extract', layer.digest);
  commit(node, 'default', 'overlayfs', 'chain', 'extract');
  const ns = node.state.containerd.namespaces.default;
  if (!ns) throw new Error('namespace missing');
  ns.images.img = { name: 'img', target: { mediaType: 'x', digest: manifest.digest, size: 8 }, labels: {}, createdAt: '', updatedAt: '' };
  return { ns, layer, config, manifest };
}

describe('garbage collector', () => {
  it('keeps what an image reaches through gc.ref labels and drops the rest', () => {
    const node = makeTestNode();
    const { manifest, layer } = unpackedImage(node);
    const orphan = json('orphan');
    writeBlob(node, 'default', orphan);
    prepare(node, 'default', 'native', 'loose', '');
    const collected = collectGarbage(node);
    expect(collected.content).toEqual({ default: [orphan.digest] });
    expect(collected.snapshots).toEqual({ default: ['native/loose'] });
    expect(hasContent(node, 'default', manifest.digest)).toBe(true);
    expect(hasContent(node, 'default', layer.digest)).toBe(true);
    expect(getSnapshot(node, 'default', 'overlayfs', 'chain')).toBeDefined();
    expect(node.state.containerd.blobs[orphan.digest]).toBeUndefined();
  });

  it('keeps a container snapshot and its parent after the image goes, and the layer files with them', () => {
    const node = makeTestNode();
    const { ns, layer } = unpackedImage(node);
    prepare(node, 'default', 'overlayfs', 'c1', 'chain');
    ns.containers.c1 = { id: 'c1', labels: {}, image: 'img', runtime: { name: 'io.containerd.runc.v2' }, snapshotKey: 'c1', snapshotter: 'overlayfs', createdAt: '', updatedAt: '', spec: { ociVersion: '1.0.2', process: { user: { uid: 0, gid: 0 }, args: [], env: [], cwd: '/' }, root: { path: 'rootfs' }, mounts: [] } };
    delete ns.images.img;
    collectGarbage(node);
    expect(Object.keys(ns.content)).toEqual([]);
    expect(getSnapshot(node, 'default', 'overlayfs', 'chain')).toBeDefined();
    expect(hasContent(node, 'default', layer.digest)).toBe(false);
    expect(snapshotFiles(node, 'default', 'overlayfs', 'c1')['/bin/sh']?.content).toBe('sh');
    delete ns.containers.c1;
    collectGarbage(node);
    expect(ns.snapshots.overlayfs).toEqual({});
    expect(node.state.containerd.blobs[layer.digest]).toBeUndefined();
  });

  it('treats gc.root labels and lease references as roots', () => {
    const node = makeTestNode();
    const rooted = json('rooted');
    writeBlob(node, 'default', rooted, { 'containerd.io/gc.root': 'now' });
    prepare(node, 'default', 'overlayfs', 'p', '', { 'containerd.io/gc.root': 'now' });
    prepare(node, 'default', 'native', 'leased', '');
    createLease(node, 'default', { id: 'l', labels: { 'containerd.io/gc.ref.snapshot.native': 'leased' } });
    expect(collectGarbage(node)).toEqual({ leases: {}, content: {}, snapshots: {} });
    remove(node, 'default', 'overlayfs', 'p');
    expect(collectGarbage(node)).toEqual({ leases: {}, content: {}, snapshots: {} });
    expect(getSnapshot(node, 'default', 'native', 'leased')).toBeDefined();
  });

  it('runs a moment after a deletion marked the store dirty', () => {
    let now = 1_000;
    const node = makeTestNode(1, 0);
    node.nowMs = () => now;
    writeBlob(node, 'default', json('loose'));
    expect(collectIfDue(node)).toBeUndefined();
    markGcDirty(node);
    now += GC_DELAY_MS - 1;
    expect(collectIfDue(node)).toBeUndefined();
    now += 1;
    expect(collectIfDue(node)?.content.default).toHaveLength(1);
    expect(node.state.containerd.gcDirtySinceMs).toBeUndefined();
  });

  it('drops an expired lease at the next collection, never before, with what only it held', () => {
    let now = TEST_EPOCH_MS;
    const node = makeTestNode(1, 0);
    node.nowMs = () => now;
    prepare(node, 'default', 'native', 'held', '');
    createLease(node, 'default', { id: 'short', expiresMs: 2_000, labels: { 'containerd.io/gc.ref.snapshot.native': 'held' } });
    createLease(node, 'default', { id: 'forever', expiresMs: 0 });
    createLease(node, 'lab', { id: 'old', expiresMs: 0, labels: { 'containerd.io/gc.expire': '2000-01-01T00:00:00Z' } });
    // The label is whole seconds: exactly at the expiry the lease still counts.
    now += 2_000;
    expect(collectGarbage(node)).toEqual({ leases: { lab: ['old'] }, content: {}, snapshots: {} });
    now += 5_000;
    // Time alone drops nothing: the lease is listed until a collection runs.
    expect(listLeases(node, 'default').map((l) => l.id)).toEqual(['forever', 'short']);
    expect(collectGarbage(node)).toEqual({ leases: { default: ['short'] }, content: {}, snapshots: { default: ['native/held'] } });
    expect(listLeases(node, 'default').map((l) => l.id)).toEqual(['forever']);
    expect(Object.keys(node.state.containerd.namespaces)).toEqual(['default', 'lab']);
  });

  it('reads gc.expire as Go parses RFC3339 and keeps a lease whose label it cannot parse', () => {
    expect(parseGoRfc3339('2000-01-01T00:00:00Z')).toBe(Date.UTC(2000, 0, 1));
    expect(parseGoRfc3339('2000-01-01T01:00:00+01:00')).toBe(Date.UTC(2000, 0, 1));
    expect(parseGoRfc3339('1999-12-31T23:00:00-01:00')).toBe(Date.UTC(2000, 0, 1));
    expect(parseGoRfc3339('2000-01-01T00:00:00.5Z')).toBe(Date.UTC(2000, 0, 1) + 500);
    expect(parseGoRfc3339('0001-01-01T00:00:00Z')).toBe(Date.UTC(2000, 0, 1) - 63_082_281_600_000);
    for (const bad of ['tomorrow', '2000-01-01', '2000-01-01T00:00:00', '2000-02-30T00:00:00Z', '2000-01-01T24:00:00Z', '2000-01-01 00:00:00Z']) {
      expect(parseGoRfc3339(bad)).toBeUndefined();
    }
    const lease = (expire: string) => ({ id: 'l', createdAt: '', labels: { 'containerd.io/gc.expire': expire } });
    expect(leaseExpired(lease('tomorrow'), Date.UTC(2100, 0, 1))).toBe(false);
    expect(leaseExpired(lease('2000-01-01T00:00:00Z'), Date.UTC(2000, 0, 1))).toBe(false);
    expect(leaseExpired(lease('2000-01-01T00:00:00Z'), Date.UTC(2000, 0, 1) + 1)).toBe(true);
    expect(leaseExpired({ id: 'l', createdAt: '', labels: {} }, Date.UTC(2100, 0, 1))).toBe(false);
  });

  it('collects after the 100th write since the last run, as mutation_threshold does', () => {
    const node = makeTestNode();
    for (let i = 1; i < GC_MUTATION_THRESHOLD; i += 1) noteGcMutation(node);
    expect(pendingTimers(node)).toBe(0);
    expect(node.state.containerd.gcMutations).toBe(GC_MUTATION_THRESHOLD - 1);
    noteGcMutation(node);
    expect(pendingTimers(node)).toBe(1);
    expect(node.state.containerd.gcDirtySinceMs).toBe(TEST_EPOCH_MS);
    collectGarbage(node);
    expect(node.state.containerd.gcMutations).toBeUndefined();
  });

  it('counts lease creations as writes: the 100th collects an expired lease on the scheduler', () => {
    let now = TEST_EPOCH_MS;
    const node = makeTestNode(1, 0);
    node.nowMs = () => now;
    createLease(node, 'default', { id: 'soon', expiresMs: 1_000 });
    jumpTo(node, (now += 2_000));
    for (let i = 1; i <= GC_MUTATION_THRESHOLD - 2; i += 1) createLease(node, 'default', { id: `m${i}` });
    expect(nextDueMs(node)).toBeUndefined();
    createLease(node, 'default', { id: 'last' });
    expect(nextDueMs(node)).toBe(now + GC_DELAY_MS);
    jumpTo(node, (now += 1_000));
    expect(listLeases(node, 'default').some((l) => l.id === 'soon')).toBe(false);
    expect(listLeases(node, 'default')).toHaveLength(GC_MUTATION_THRESHOLD - 1);
  });

  it('collects once a moment after containerd starts, as startup_delay does', () => {
    let now = TEST_EPOCH_MS;
    const node = makeTestNode(1, 0);
    node.nowMs = () => now;
    createLease(node, 'default', { id: 'old', expiresMs: 0, labels: { 'containerd.io/gc.expire': '2000-01-01T00:00:00Z' } });
    collectAfterStartup(node);
    expect(node.state.host.timers?.heap.map((t) => [t.kind, t.atMs])).toEqual([[GC_TIMER, now + GC_DELAY_MS]]);
    jumpTo(node, (now += GC_DELAY_MS));
    expect(listLeases(node, 'default')).toEqual([]);
  });
});
