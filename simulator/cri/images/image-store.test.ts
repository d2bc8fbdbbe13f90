// findLocal's shortcut for a name no record has must answer as the scan over every image does.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeImagesNode } from '../../containerd/images/test-support';
import { criContext } from '../context';
import { imageService } from './image-service';
import { findLocal, listCriImages } from './image-store';

async function pulledNode() {
  const node = makeImagesNode({ online: true });
  const ctx = criContext(node);
  const svc = imageService(ctx);
  for (const image of ['busybox', 'nginx:1.25', 'registry.k8s.io/pause:3.6']) await svc.pullImage({ image: { image } });
  return ctx;
}

/** findLocal over a list given by the caller takes no shortcut. */
function outcome(f: () => unknown): string {
  try {
    return `found ${(f() as { id: string } | undefined)?.id ?? 'nothing'}`;
  } catch (err) {
    return `error ${(err as Error).message}`;
  }
}

describe('findLocal', () => {
  it('finds, misses and refuses as the full scan does, for names, ids and prefixes', async () => {
    const ctx = await pulledNode();
    const ids = listCriImages(ctx).map((i) => i.id);
    const refs = fc.oneof(
      fc.constantFrom('busybox', 'docker.io/library/nginx:1.25', 'registry.k8s.io/pause:3.6', 'registry.k8s.io/pause:3.7', 'nginx', '', 'sha256:', 'a', 'UPPER', 'abc:def'),
      fc.constantFrom(...ids).chain((id) => fc.integer({ min: 0, max: id.length }).map((n) => id.slice(0, n))),
      fc.constantFrom(...ids).chain((id) => fc.integer({ min: 7, max: id.length }).map((n) => id.slice(7, n))),
      fc.string(),
    );
    fc.assert(
      fc.property(refs, (ref) => {
        expect(outcome(() => findLocal(ctx, ref))).toBe(outcome(() => findLocal(ctx, ref, listCriImages(ctx))));
      }),
      { numRuns: 300 },
    );
    expect(findLocal(ctx, 'registry.k8s.io/pause:3.7')).toBeUndefined();
    expect(findLocal(ctx, 'busybox')?.references[0]).toBe('docker.io/library/busybox:latest');
  });
});
