// The diff service's walking differ: the layer of a snapshot's changes as real tar / tar+gzip
// bytes with the containerd.io/uncompressed label, whiteouts for deletions, Apply into an
// active snapshot, and the refusals.

import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../namespaces/test-support';
import { readTar } from '../../host/tar';
import { binaryBytes, digestBinary } from '../../oci/digest';
import { bytesToBinary } from '../../host/native-codecs';
import { MEDIA_TYPE } from '../../oci/media-types';
import { getBlob, contentInfo } from '../content/content-store';
import { prepare, commit, snapshotFileMap, writeFile, removeFile } from '../snapshots/snapshots';
import { layerBytes } from '../../oci/archive/layer-payload';
import { applyDiff, compareSnapshots, createDiff, UNCOMPRESSED_LABEL, writeDiff } from './walking-differ';

function nodeWithChanges() {
  const node = makeTestNode();
  prepare(node, 'default', 'overlayfs', 'base-key', '');
  writeFile(node, 'default', 'overlayfs', 'base-key', '/etc/a', { kind: 'file', mode: 0o644, content: 'a\n' });
  writeFile(node, 'default', 'overlayfs', 'base-key', '/etc/b', { kind: 'file', mode: 0o644, content: 'b\n' });
  commit(node, 'default', 'overlayfs', 'base', 'base-key');
  prepare(node, 'default', 'overlayfs', 'c1', 'base');
  writeFile(node, 'default', 'overlayfs', 'c1', '/etc/c', { kind: 'file', mode: 0o600, content: 'c\n' });
  removeFile(node, 'default', 'overlayfs', 'c1', '/etc/a');
  return node;
}

describe('walking differ', () => {
  it('writes the changes as tar+gzip, labelled with the tar digest, whiteouts for deletions', () => {
    const node = nodeWithChanges();
    const desc = createDiff(node, 'default', 'overlayfs', 'c1');
    expect(desc.mediaType).toBe(MEDIA_TYPE.ociLayerGzip);
    const blob = getBlob(node, 'default', desc.digest);
    const gz = layerBytes(blob);
    expect(digestBinary(gz)).toBe(desc.digest);
    const tar = bytesToBinary(gunzipSync(binaryBytes(gz)));
    expect(contentInfo(node, 'default', desc.digest).labels[UNCOMPRESSED_LABEL]).toBe(digestBinary(tar));
    expect(readTar(tar).map((e) => e.name)).toEqual(['etc/.wh.a', 'etc/c']);
    expect(blob.files).toEqual({ '/etc/c': { kind: 'file', mode: 0o600, content: 'c\n' }, '/etc/a': null });
    // The temporary parent view is gone again.
    expect(() => prepare(node, 'default', 'overlayfs', 'c1', 'base')).toThrow('already exists');
  });

  it('writes a plain tar for the uncompressed media type and refuses others', () => {
    const node = nodeWithChanges();
    const desc = writeDiff(node, 'default', { '/x': { kind: 'file', mode: 0o644, content: 'x' } }, { mediaType: MEDIA_TYPE.ociLayer });
    // Only a compressed layer carries its tar's digest as a label.
    expect(contentInfo(node, 'default', desc.digest).labels).toEqual({});
    expect(() => writeDiff(node, 'default', {}, { mediaType: 'application/x-foo' })).toThrow('unsupported diff media type: application/x-foo: not implemented');
  });

  it('applies a layer into an active snapshot, which then shows the changes over its parent', () => {
    const node = nodeWithChanges();
    const desc = createDiff(node, 'default', 'overlayfs', 'c1');
    prepare(node, 'default', 'overlayfs', 'apply-key', 'base');
    applyDiff(node, 'default', 'overlayfs', 'apply-key', desc);
    commit(node, 'default', 'overlayfs', 'next', 'apply-key');
    expect([...snapshotFileMap(node, 'default', 'overlayfs', 'next').keys()].sort()).toEqual(['/etc/b', '/etc/c']);
    expect(() => applyDiff(node, 'other', 'overlayfs', 'apply-key', desc)).toThrow('not found');
    expect(() => createDiff(node, 'default', 'overlayfs', 'missing')).toThrow('snapshot missing does not exist');
  });

  it('compares two snapshots: what the second adds or changes, a whiteout for what only the first has', () => {
    const node = nodeWithChanges();
    const desc = compareSnapshots(node, 'default', 'overlayfs', 'base', 'c1', { labels: { mine: 'yes' } });
    expect(getBlob(node, 'default', desc.digest).files).toEqual({ '/etc/c': { kind: 'file', mode: 0o600, content: 'c\n' }, '/etc/a': null });
    expect(contentInfo(node, 'default', desc.digest).labels.mine).toBe('yes');
    const back = compareSnapshots(node, 'default', 'overlayfs', 'c1', 'base');
    expect(getBlob(node, 'default', back.digest).files).toEqual({ '/etc/a': { kind: 'file', mode: 0o644, content: 'a\n' }, '/etc/c': null });
  });
});
