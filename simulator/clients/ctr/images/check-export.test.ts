import { describe, expect, it } from 'vitest';
import { makeImagesNode } from '../../../containerd/images/test-support';
import { ctr } from '../ctr-test-support';

const BUSYBOX = 'docker.io/library/busybox:latest';
const LAYER = 'sha256:7e654956148e270e997c538bf94bedce203a12593e8a076c2f144ab7d7433b1c';

describe('ctr images check -q and export of an image with a blob gone', () => {
  it('check -q names an image whose content is complete, unpacked in the snapshotter or not', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    expect((await ctr(node, 'images check -q --snapshotter native')).stdout).toBe(`${BUSYBOX}\n`);
    expect((await ctr(node, 'images check --snapshotter native')).stdout).toMatch(/complete \(2\/2\) .* false\n$/);
    await ctr(node, `content rm ${LAYER}`);
    expect((await ctr(node, 'images check -q')).stdout).toBe('');
  });

  it('export finds every manifest first, then fails on the missing layer while writing it', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    await ctr(node, `content rm ${LAYER}`);
    const r = await ctr(node, `images export /root/out.tar ${BUSYBOX}`);
    expect([r.stderr, r.exit]).toEqual([`ctr: failed to get reader: content digest ${LAYER}: not found\n`, 1]);
  });
});

describe('ctr images import --compress-blobs', () => {
  it('refuses a docker archive honestly (Go gzip bytes decide its digests) and changes nothing', async () => {
    const node = makeImagesNode();
    const r = await ctr(node, 'images import --compress-blobs /root/nginx-docker.tar');
    expect([r.stdout, r.exit]).toEqual(['', 1]);
    expect(r.stderr).toContain('not simulated here');
    expect((await ctr(node, 'images ls -q')).stdout).toBe('');
    // An OCI layout has nothing to compress: the flag changes nothing there.
    expect((await ctr(node, 'images import --compress-blobs /root/busybox-oci.tar')).exit).toBe(0);
  });
});
