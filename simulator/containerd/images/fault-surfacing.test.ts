import { describe, expect, it } from 'vitest';
import { writeBlob } from '../content/content-store';
import { digestText } from '../../oci/digest';
import { reachable } from './image-walk';
import { importFixture, makeImagesNode } from './test-support';
import { isUnpacked } from './unpack';

const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';

describe('walks that tolerate missing content', () => {
  it('still surface a simulator fault instead of reading it as "missing"', () => {
    const node = makeImagesNode();
    const [image] = importFixture(node, '/root/nginx-docker.tar');
    if (!image) throw new Error('fixture image missing');
    const text = JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST_TYPE, config: null, layers: [] });
    const digest = digestText(text);
    writeBlob(node, 'default', { digest, size: text.length, mediaType: MANIFEST_TYPE, data: text });
    const target = { mediaType: MANIFEST_TYPE, digest, size: text.length };
    expect(() => isUnpacked(node, 'default', { ...image, target })).toThrow(TypeError);
    expect(() => reachable(node, 'default', target)).toThrow(TypeError);
    // A blob that is simply not there is still a quiet "no".
    const absent = { ...target, digest: digestText('absent') };
    expect(isUnpacked(node, 'default', { ...image, target: absent })).toBe(false);
    expect(reachable(node, 'default', absent)).toEqual([absent]);
  });
});
