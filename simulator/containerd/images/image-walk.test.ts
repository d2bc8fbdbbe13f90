import { describe, expect, it } from 'vitest';
import { checkImage, imageSize, manifestFor, platformsOf } from './image-walk';
import { formatPlatform } from '../../oci/platform';
import { BUSYBOX_MANIFEST, importFixture, makeImagesNode } from './test-support';

describe('image walk', () => {
  it('sizes, platforms and checks the recorded busybox as containerd does', () => {
    const node = makeImagesNode();
    const [image] = importFixture(node, '/root/busybox-oci.tar');
    if (!image) throw new Error('import failed');
    expect(imageSize(node, 'default', image.target)).toBe(505 + 405 + 381 + 1028562);
    expect(platformsOf(node, 'default', image.target).map(formatPlatform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(manifestFor(node, 'default', image.target).descriptor.digest).toBe(BUSYBOX_MANIFEST);
    const check = checkImage(node, 'default', image.target);
    expect([check.available, check.present.length, check.required.length, check.missing.length]).toEqual([true, 2, 2, 0]);
  });

  it('reports an image whose manifest is missing as unavailable', () => {
    const node = makeImagesNode();
    const [image] = importFixture(node, '/root/busybox-oci.tar');
    if (!image) throw new Error('import failed');
    const arm = checkImage(node, 'default', image.target, (p) => p.architecture === 'arm64');
    expect(arm.available).toBe(false);
  });
});
