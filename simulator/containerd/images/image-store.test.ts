import { describe, expect, it } from 'vitest';
import { isAlreadyExists, isFailedPrecondition, isInvalidArgument, isNotFound } from '../../errdefs/errdefs';
import { makeTestNode, thrown } from '../namespaces/test-support';
import { listEvents } from '../events/events';
import { createImage, deleteImage, getImage, listImages, updateImage } from './image-store';
import { BUSYBOX_INDEX } from './test-support';

const target = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: BUSYBOX_INDEX, size: 505 };

describe('image store', () => {
  it('creates, lists by name, refuses duplicates and publishes events', () => {
    const node = makeTestNode();
    createImage(node, 'default', { name: 'b', target });
    createImage(node, 'default', { name: 'a', target, labels: { x: '1', empty: '' } });
    expect(listImages(node, 'default').map((i) => i.name)).toEqual(['a', 'b']);
    expect(getImage(node, 'default', 'a').labels).toEqual({ x: '1' });
    const dup = thrown(() => createImage(node, 'default', { name: 'a', target }));
    expect(isAlreadyExists(dup)).toBe(true);
    expect((dup as Error).message).toBe('image "a": already exists');
    expect(listEvents(node).map((e) => e.topic)).toEqual(['/images/create', '/images/create']);
  });

  it('updates through field paths; no paths validates the empty target (ctr label quirk)', () => {
    const node = makeTestNode();
    createImage(node, 'default', { name: 'a', target, labels: { app: 'demo' } });
    const updated = updateImage(node, 'default', { name: 'a', target: { mediaType: '', digest: '', size: 0 }, labels: { app: '', b: '2' } }, ['labels.app', 'labels.b']);
    expect(updated.labels).toEqual({ b: '2' });
    const quirk = thrown(() => updateImage(node, 'default', { name: 'a', target: { mediaType: '', digest: '', size: 0 } }));
    expect(isInvalidArgument(quirk)).toBe(true);
    expect((quirk as Error).message).toBe('Target.Digest "" invalid: invalid checksum digest format: invalid argument');
    expect(isNotFound(thrown(() => updateImage(node, 'default', { name: 'zz', target }, ['labels.a'])))).toBe(true);
    // The images service's own check, before the metadata store (`ctr i tag x ""`).
    expect((thrown(() => createImage(node, 'default', { name: '', target })) as Error).message).toBe('Image.Name required: invalid argument');
    deleteImage(node, 'default', 'a');
    expect((thrown(() => getImage(node, 'default', 'a')) as Error).message).toBe('image "a": not found');
  });

  it('refuses a request without a namespace before looking at the name (namespaces.NamespaceRequired)', () => {
    const node = makeTestNode();
    for (const call of [() => getImage(node, '', 'a'), () => deleteImage(node, '', 'a'), () => createImage(node, '', { name: 'a', target })]) {
      const err = thrown(call);
      expect(isFailedPrecondition(err)).toBe(true);
      expect((err as Error).message).toBe('namespace is required: failed precondition');
    }
  });
});
