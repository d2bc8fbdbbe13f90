import { describe, expect, it } from 'vitest';
import { writeBlob } from '../../../containerd/content/content-store';
import { digestText } from '../../../oci/digest';
import { importFixture, makeImagesNode } from '../../../containerd/images/test-support';
import { ctr } from '../ctr-test-support';
import { isInternalFault } from '../errors';
import { plain } from '../../../errdefs/errdefs';

const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';

/** A node whose nginx image points at a manifest with a null config: a simulator bug's shape. */
function damagedNode() {
  const node = makeImagesNode();
  const [image] = importFixture(node, '/root/nginx-docker.tar');
  const text = JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST_TYPE, config: null, layers: [] });
  const digest = digestText(text);
  writeBlob(node, 'default', { digest, size: text.length, mediaType: MANIFEST_TYPE, data: text });
  const record = node.state.containerd.namespaces.default?.images[image?.name ?? ''];
  if (!record) throw new Error('fixture image missing');
  record.target = { mediaType: MANIFEST_TYPE, digest, size: text.length };
  return node;
}

describe('per-image catch blocks', () => {
  it('tells typed failures from simulator faults', () => {
    expect(isInternalFault(plain('x'))).toBe(false);
    expect(isInternalFault(new TypeError('x'))).toBe(true);
    expect(isInternalFault(new Error('x'))).toBe(true);
    expect(isInternalFault('x')).toBe(true);
  });

  it('do not turn a fault into a realistic logrus line in images ls and check', async () => {
    const node = damagedNode();
    for (const line of ['images ls', 'images check']) {
      const r = await ctr(node, line);
      expect(r.stderr).not.toContain('level=error');
      expect(r.stderr).toMatch(/^ctr: internal simulator error: TypeError: /);
      expect(r.exit).toBe(1);
    }
  });
});
