// Whatever name a client sends, the ImageService answers or fails with an errdefs error (a
// gRPC status), never a simulator fault, and a failed call leaves k8s.io as it was; after any
// sequence of calls every CRI image is a group of k8s.io records sharing one config digest.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connect } from '../../containerd/client/index';
import { importFixture, makeImagesNode } from '../../containerd/images/test-support';
import { ContainerdError } from '../../errdefs/errdefs';
import { criContext } from '../context';
import { imageService } from './image-service';

const NAMES = ['busybox', 'docker.io/library/busybox:latest', 'nginx:1.25', 'registry.k8s.io/pause:3.6', 'sha256:', 'fc480f01', '', 'Not A Reference', 'a'.repeat(64), 'x@sha256:zz', ':', '@', 'nginx:1.25@sha256:'];
const name = fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 30 }));

type Op = { kind: 'pull' | 'status' | 'remove'; name: string } | { kind: 'list' | 'fsinfo' };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('pull' as const, 'status' as const, 'remove' as const), name }),
  fc.record({ kind: fc.constantFrom('list' as const, 'fsinfo' as const) }),
);

describe('ImageService with any input', () => {
  it('answers or rejects with a ContainerdError; the store stays grouped by config digest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 8 }), async (ops) => {
        const node = makeImagesNode();
        importFixture(node, '/root/busybox-oci.tar', 'k8s.io');
        const svc = imageService(criContext(node));
        const k8s = connect(node).withNamespace('k8s.io');
        for (const o of ops) {
          const before = JSON.stringify(k8s.images.list());
          try {
            if (o.kind === 'pull') await svc.pullImage({ image: { image: o.name } });
            else if (o.kind === 'status') await svc.imageStatus({ image: { image: o.name }, verbose: true });
            else if (o.kind === 'remove') await svc.removeImage({ image: { image: o.name } });
            else if (o.kind === 'list') await svc.listImages({});
            else await svc.imageFsInfo({});
          } catch (err) {
            expect(err).toBeInstanceOf(ContainerdError);
            expect(JSON.stringify(k8s.images.list())).toBe(before);
          }
        }
        const { images } = await svc.listImages({});
        const records = k8s.images.list();
        for (const image of images) {
          const named = records.filter((r) => k8s.images.config(r.target).digest === image.id);
          expect(named.length).toBeGreaterThan(0);
        }
        expect(new Set(images.map((i) => i.id)).size).toBe(images.length);
      }),
      { numRuns: 40 },
    );
  });
});
