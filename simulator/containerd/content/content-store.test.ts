import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../namespaces/test-support';
import { isNotFound } from '../../errdefs/errdefs';
import { contentInfo, deleteContent, getBlob, hasContent, listContent, readBlobText, updateContentLabels, writeBlob } from './content-store';
import { digestText } from '../../oci/digest';

const blob = (text: string) => ({ digest: digestText(text), size: text.length, mediaType: 'application/json', data: text });

describe('content store', () => {
  it('keeps one blob for all namespaces but a reference per namespace', () => {
    const node = makeTestNode();
    const a = blob('{"a":1}');
    writeBlob(node, 'default', a, { x: '1' });
    expect(readBlobText(node, 'default', a.digest)).toBe('{"a":1}');
    expect(hasContent(node, 'k8s.io', a.digest)).toBe(false);
    expect(() => getBlob(node, 'k8s.io', a.digest)).toThrow(`content digest ${a.digest}: not found`);
    writeBlob(node, 'k8s.io', a);
    deleteContent(node, 'default', a.digest);
    expect(node.state.containerd.blobs[a.digest]).toBeDefined();
    deleteContent(node, 'k8s.io', a.digest);
    expect(node.state.containerd.blobs[a.digest]).toBeUndefined();
  });

  it('merges and clears labels, lists in digest order, raises notFound', () => {
    const node = makeTestNode();
    const [a, b] = [blob('1'), blob('2')];
    writeBlob(node, 'default', a);
    writeBlob(node, 'default', b, { keep: 'y' });
    expect(listContent(node, 'default').map((i) => i.digest)).toEqual([a.digest, b.digest].sort());
    expect(updateContentLabels(node, 'default', b.digest, { keep: '', z: '1' })).toEqual({ z: '1' });
    expect(contentInfo(node, 'default', b.digest).size).toBe(1);
    let caught: unknown;
    try {
      contentInfo(node, 'default', digestText('missing'));
    } catch (err) {
      caught = err;
    }
    expect(isNotFound(caught)).toBe(true);
  });
});
