import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../containerd/namespaces/test-support';
import { criContext } from '../context';
import { imageService } from './image-service';
import { connect } from '../../containerd/client/index';

function setup() {
  const node = makeTestNode();
  const ctx = criContext(node);
  return { node, ctx, svc: imageService(ctx) };
}

describe('CRI ImageService', () => {
  it('pulls nginx:1.25 into k8s.io with the tag, digest and id references, managed', async () => {
    const { node, svc } = setup();
    const { imageRef } = await svc.pullImage({ image: { image: 'nginx:1.25' } });
    expect(imageRef).toMatch(/^sha256:[a-f0-9]{64}$/);
    const rows = connect(node).withNamespace('k8s.io').images.list().map((i) => `${i.name} ${i.labels['io.cri-containerd.image']}`);
    expect(rows).toHaveLength(3);
    expect(rows).toContain('docker.io/library/nginx:1.25 managed');
    expect(rows).toContain(`${imageRef} managed`);
    expect(rows.some((r) => /^docker\.io\/library\/nginx@sha256:[a-f0-9]{64} managed$/.test(r))).toBe(true);
    const { images } = await svc.listImages({});
    expect(images).toHaveLength(1);
  });
});
