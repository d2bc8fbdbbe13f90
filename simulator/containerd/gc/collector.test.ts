import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../namespaces/test-support';
import { hasContent, writeBlob } from '../content/content-store';
import { digestText } from '../content/digest';
import { applyLayer, commit, getSnapshot, prepare, remove, snapshotFiles } from '../snapshots/snapshots';
import { createLease } from '../leases/leases';
import type { Node } from '../../node';
import { collectGarbage, collectIfDue, GC_DELAY_MS } from './collector';
import { markGcDirty } from './dirty';

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
    expect(collectGarbage(node)).toEqual({ content: {}, snapshots: {} });
    remove(node, 'default', 'overlayfs', 'p');
    expect(collectGarbage(node)).toEqual({ content: {}, snapshots: {} });
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
});
