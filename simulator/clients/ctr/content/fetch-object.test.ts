import { describe, expect, it } from 'vitest';
import { makeImagesNode } from '../../../containerd/images/test-support';
import { digestText } from '../../../oci/digest';
import { ctr } from '../ctr-test-support';

describe('ctr content fetch-object', () => {
  it('prints the object a reference resolves to, byte for byte, and stores nothing', async () => {
    const node = makeImagesNode({ online: true });
    const r = await ctr(node, 'content fetch-object docker.io/library/busybox:latest');
    expect([r.stderr, r.exit]).toEqual(['', 0]);
    const index = JSON.parse(r.stdout) as { mediaType?: string; manifests?: Array<{ digest: string }> };
    expect(index.manifests?.length).toBeGreaterThan(0);
    // The manifest it names, fetched by digest, is the manifest whose bytes hash to that digest.
    const digest = index.manifests?.[0]?.digest ?? '';
    const manifest = await ctr(node, `content fetch-object docker.io/library/busybox@${digest}`);
    expect(digestText(manifest.stdout)).toBe(digest);
    expect((await ctr(node, 'content ls -q')).stdout).toBe('');
  });

  it('fails as the resolver does for what is not there', async () => {
    const node = makeImagesNode({ online: true });
    const r = await ctr(node, 'content fetch-object docker.io/library/busybox:nope');
    expect([r.stdout, r.stderr, r.exit]).toEqual(['', 'ctr: docker.io/library/busybox:nope: not found\n', 1]);
  });
});
