import { describe, expect, it, vi } from 'vitest';
import * as walk from '../../../containerd/images/image-walk';
import * as unpack from '../../../containerd/images/unpack';
import { parseManifest } from '../../../oci/documents';
import { importFixture, makeImagesNode } from '../../../containerd/images/test-support';
import { ctr } from '../ctr-test-support';
import { perTarget } from './per-target';

vi.mock('../../../containerd/images/image-walk', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../containerd/images/image-walk')>();
  return { ...actual, imageSizeSoFar: vi.fn(actual.imageSizeSoFar), platformsOf: vi.fn(actual.platformsOf), checkImage: vi.fn(actual.checkImage) };
});
vi.mock('../../../containerd/images/unpack', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../containerd/images/unpack')>();
  return { ...actual, checkUnpacked: vi.fn(actual.checkUnpacked) };
});

describe('listings of many tags of one image', () => {
  it('work out each target once per command', async () => {
    const node = makeImagesNode();
    const [image] = importFixture(node, '/root/nginx-docker.tar');
    const records = node.state.containerd.namespaces.default?.images ?? {};
    for (let i = 0; i < 50; i++) records[`docker.io/library/nginx:t${i}`] = { ...structuredClone(records[image?.name ?? ''] ?? ({} as never)), name: `docker.io/library/nginx:t${i}` };
    const spies = [walk.imageSizeSoFar, walk.platformsOf, walk.checkImage, unpack.checkUnpacked].map((f) => vi.mocked(f));
    spies.forEach((s) => s.mockClear());
    const ls = await ctr(node, 'images ls');
    const check = await ctr(node, 'images check');
    expect(ls.stdout.split('\n')).toHaveLength(53);
    expect(check.stdout.split('\n')).toHaveLength(53);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1, 1, 1]);
  });

  it('replays a failure for every row that shares the target', () => {
    let calls = 0;
    const f = perTarget((i: { target: { mediaType: string; digest: string; size: number } }) => {
      calls++;
      throw new Error(`bad ${i.target.digest}`);
    });
    const target = { mediaType: 'm', digest: 'sha256:a', size: 1 };
    expect(() => f({ target })).toThrow('bad sha256:a');
    expect(() => f({ target: { ...target } })).toThrow('bad sha256:a');
    expect(calls).toBe(1);
  });
});

describe('parsed documents', () => {
  it('are parsed once per text and cannot be changed by a reader', () => {
    const text = JSON.stringify({ schemaVersion: 2, config: { mediaType: 'c', digest: 'sha256:c', size: 1 }, layers: [] });
    const a = parseManifest(text);
    expect(parseManifest(`${text}`)).toBe(a);
    expect(Object.isFrozen(a.config)).toBe(true);
    expect(() => a.layers.push(a.config)).toThrow(TypeError);
  });
});
