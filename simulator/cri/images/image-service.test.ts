// The CRI ImageService against a test node. Expectations follow containerd 1.6.20's
// pkg/cri/server/image_*.go and the real plugin's answers recorded in
// tests/oracle/cri/fixtures/images-and-cross-client.json and pod-lifecycle.json.

import { describe, expect, it } from 'vitest';
import { connect } from '../../containerd/client/index';
import { listEvents } from '../../containerd/events/events';
import { BUSYBOX_CHAIN, BUSYBOX_CONFIG, importFixture, makeImagesNode } from '../../containerd/images/test-support';
import { ContainerdError } from '../../errdefs/errdefs';
import type { Node } from '../../node';
import { criContext } from '../context';
import { ensureImage } from './ensure-image';
import { imageService } from './image-service';

const NGINX_125_ID = 'sha256:af153a9fbb1be4074fcf5e06947e50831b74ee3bb1b3dee9724939852025a040';

function setup(online = true) {
  const node = makeImagesNode({ online });
  const ctx = criContext(node);
  return { node, ctx, svc: imageService(ctx), k8s: connect(node).withNamespace('k8s.io') };
}

const rows = (node: Node, ns = 'k8s.io') =>
  connect(node)
    .withNamespace(ns)
    .images.list()
    .map((i) => `${i.name} ${i.labels['io.cri-containerd.image'] ?? '-'}`);

async function rejection(p: Promise<unknown>): Promise<ContainerdError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ContainerdError) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('PullImage', () => {
  it('normalises the name and leaves the tag, the repo digest and the id, all managed (image_pull.go:167-189)', async () => {
    const { node, svc, k8s } = setup();
    const { imageRef } = await svc.pullImage({ image: { image: 'nginx:1.25' } });
    expect(imageRef).toBe(NGINX_125_ID);
    const target = k8s.images.get('docker.io/library/nginx:1.25').target.digest;
    expect(rows(node)).toEqual([`docker.io/library/nginx:1.25 managed`, `docker.io/library/nginx@${target} managed`, `${NGINX_125_ID} managed`]);
    // Unpacked into overlayfs by client.Pull's unpacker: each layer's snapshot is labelled with
    // its chain ID (containerd 1.6.20 unpacker.go:151-161).
    expect(k8s.images.isUnpacked(k8s.images.get('docker.io/library/nginx:1.25'), 'overlayfs')).toBe(true);
    const overlayfs = k8s.snapshots.service('overlayfs');
    const layers = overlayfs.walk();
    expect(layers).toHaveLength(7);
    for (const info of layers) expect(info.labels).toEqual({ 'containerd.io/snapshot.ref': info.name });
  });

  it('unpacks before naming the image, then adds the id and digest names (pull.go:96-121, image_pull.go:167-180)', async () => {
    const { node, svc } = setup();
    const { imageRef } = await svc.pullImage({ image: { image: 'registry.k8s.io/pause:3.6' } });
    const topics = listEvents(node)
      .filter((e) => e.namespace === 'k8s.io' && (e.topic.startsWith('/images/') || e.topic === '/snapshot/commit'))
      .map((e) => `${e.topic} ${String(e.event.name ?? e.event.key ?? '')}`);
    const digest = connect(node).withNamespace('k8s.io').images.get('registry.k8s.io/pause:3.6').target.digest;
    expect(topics.filter((t) => t.startsWith('/images/'))).toEqual([
      '/images/create registry.k8s.io/pause:3.6',
      `/images/create ${imageRef}`,
      `/images/create registry.k8s.io/pause@${digest}`,
    ]);
    expect(topics[0]?.startsWith('/snapshot/commit')).toBe(true);
  });

  it('lets the pull take node time through call.wait, and a second pull changes nothing', async () => {
    const { node, svc } = setup();
    const waits: number[] = [];
    await svc.pullImage({ image: { image: 'registry.k8s.io/pause:3.6' } }, { wait: (ms) => (waits.push(ms), Promise.resolve()) });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    const before = rows(node);
    await svc.pullImage({ image: { image: 'registry.k8s.io/pause:3.6' } });
    expect(rows(node)).toEqual(before);
  });

  it('a pulled image is found by its repo digest, short or long, and by a tag of it plus that digest', async () => {
    const { svc, k8s } = setup();
    const { imageRef } = await svc.pullImage({ image: { image: 'nginx:1.25' } });
    const digest = k8s.images.get('docker.io/library/nginx:1.25').target.digest;
    for (const name of [`nginx@${digest}`, `docker.io/library/nginx@${digest}`, `nginx:1.25@${digest}`]) {
      expect((await svc.imageStatus({ image: { image: name } })).image?.id).toBe(imageRef);
    }
  });

  it('pulled by digest: no tag reference, the name@digest one and the id', async () => {
    const { node, svc, k8s } = setup();
    await svc.pullImage({ image: { image: 'registry.k8s.io/pause:3.6' } });
    const digest = k8s.images.get('registry.k8s.io/pause:3.6').target.digest;
    const fresh = setup();
    const { imageRef } = await fresh.svc.pullImage({ image: { image: `registry.k8s.io/pause@${digest}` } });
    expect(rows(fresh.node)).toEqual([`registry.k8s.io/pause@${digest} managed`, `${imageRef} managed`]);
    const { images } = await fresh.svc.listImages({});
    expect(images.map((i) => [i.repoTags, i.repoDigests])).toEqual([[[], [`registry.k8s.io/pause@${digest}`]]]);
    expect(node).toBeDefined();
  });

  it('refuses names the reference grammar refuses, with code Unknown (fixture images-and-cross-client)', async () => {
    const { svc } = setup();
    const empty = await rejection(svc.pullImage({ image: { image: '' } }));
    expect([empty.errClass, empty.message]).toEqual(['unknown', 'failed to parse image reference "": invalid reference format']);
    const upper = await rejection(svc.pullImage({ image: { image: 'Not A Reference' } }));
    expect(upper.message).toBe('failed to parse image reference "Not A Reference": invalid reference format: repository name must be lowercase');
  });

  it('wraps registry failures as client.Pull and the plugin do', async () => {
    const { svc, node } = setup();
    const missingTag = await rejection(svc.pullImage({ image: { image: 'nginx:0.0.0-none' } }));
    expect(missingTag.errClass).toBe('not found');
    expect(missingTag.message).toBe(
      'failed to pull and unpack image "docker.io/library/nginx:0.0.0-none": failed to resolve reference "docker.io/library/nginx:0.0.0-none": docker.io/library/nginx:0.0.0-none: not found',
    );
    const badCreds = await rejection(svc.pullImage({ image: { image: 'busybox' }, auth: { username: 'me', password: 'wrong' } }));
    expect(badCreds.message).toBe(
      'failed to pull and unpack image "docker.io/library/busybox:latest": failed to resolve reference "docker.io/library/busybox:latest": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    );
    // base64.DecodedLen(12) is 9 bytes for the 7 of "nocolon": %q shows the two zeros left.
    const badAuth = await rejection(svc.pullImage({ image: { image: 'busybox' }, auth: { auth: 'bm9jb2xvbg==' } }));
    expect(badAuth.message).toContain('invalid decoded auth: "nocolon\\x00\\x00"');
    expect(rows(node)).toEqual([]);
  });

  it('offline, the DNS failure of the resolver comes through', async () => {
    const { svc } = setup(false);
    const err = await rejection(svc.pullImage({ image: { image: 'busybox' } }));
    expect(err.message).toMatch(/^failed to pull and unpack image "docker.io\/library\/busybox:latest": failed to resolve reference "docker.io\/library\/busybox:latest": failed to do request: Head .*no such host$/);
  });
});

describe('the image store as ListImages, ImageStatus and RemoveImage see it', () => {
  function withBusybox() {
    const t = setup(false);
    importFixture(t.node, '/root/busybox-oci.tar', 'k8s.io');
    return t;
  }

  it('groups the records by config digest; the filter is ignored (image_list.go:29-39)', async () => {
    const { svc, k8s } = withBusybox();
    const { target } = k8s.images.get('docker.io/library/busybox:latest');
    k8s.images.create({ name: 'docker.io/library/busybox:v2', target, labels: {} });
    k8s.images.create({ name: 'example.com/tools/busybox:1.0', target, labels: {} });
    const { images } = await svc.listImages({ filter: { image: { image: 'nothing-like-it' } } });
    expect(images).toEqual([
      {
        id: BUSYBOX_CONFIG,
        repoTags: ['docker.io/library/busybox:latest', 'docker.io/library/busybox:v2', 'example.com/tools/busybox:1.0'],
        repoDigests: [],
        size: String(k8s.images.size(target)),
        username: '',
        pinned: false,
      },
    ]);
  });

  it('finds an image by short name, full name, id and id prefix; absent ones answer no image', async () => {
    const { svc, node } = withBusybox();
    importFixture(node, '/root/busybox-oci.tar', 'default');
    for (const name of ['busybox', 'docker.io/library/busybox', BUSYBOX_CONFIG, BUSYBOX_CONFIG.slice(7, 19), BUSYBOX_CONFIG.slice(0, 15)]) {
      expect((await svc.imageStatus({ image: { image: name } })).image?.id).toBe(BUSYBOX_CONFIG);
    }
    for (const name of ['docker.io/library/nginx:alpine', 'Not A Reference', 'busybox:v9']) {
      expect(await svc.imageStatus({ image: { image: name } })).toEqual({ info: {} });
    }
  });

  it('verbose status: info is {"chainID","imageSpec"} in Go field order (image_status.go:76-103)', async () => {
    const { svc } = withBusybox();
    const { info } = await svc.imageStatus({ image: { image: 'busybox' }, verbose: true });
    const text = info.info ?? '';
    expect(text.startsWith(`{"chainID":"${BUSYBOX_CHAIN}","imageSpec":{`)).toBe(true);
    const spec = (JSON.parse(text) as { imageSpec: Record<string, unknown> }).imageSpec;
    expect(Object.keys(spec)).toEqual(['created', 'architecture', 'os', 'config', 'rootfs', 'history'].filter((k) => k in spec));
    expect((await svc.imageStatus({ image: { image: 'busybox' } })).info).toEqual({});
  });

  it('RemoveImage of one tag removes every name of the image; absent names are no error', async () => {
    const { svc, node, k8s } = withBusybox();
    const { target } = k8s.images.get('docker.io/library/busybox:latest');
    k8s.images.create({ name: 'docker.io/library/busybox:v2', target, labels: {} });
    await svc.removeImage({ image: { image: 'docker.io/library/busybox:v2' } });
    expect(rows(node)).toEqual([]);
    await expect(svc.removeImage({ image: { image: 'docker.io/library/nothere:latest' } })).resolves.toBeUndefined();
  });

  it('ctr removing the tag leaves the id record: an image without tags or digests', async () => {
    const { svc, k8s } = withBusybox();
    k8s.images.delete('docker.io/library/busybox:latest');
    const { images } = await svc.listImages({});
    expect(images.map((i) => [i.id, i.repoTags, i.repoDigests])).toEqual([[BUSYBOX_CONFIG, [], []]]);
    expect(await svc.imageStatus({ image: { image: 'busybox' } })).toEqual({ info: {} });
  });

  it('an image of another namespace is not CRI\'s', async () => {
    const { svc, node } = setup(false);
    importFixture(node, '/root/busybox-oci.tar', 'default');
    expect((await svc.listImages({})).images).toEqual([]);
  });
});

describe('ImageFsInfo', () => {
  it('reports the overlayfs directory and the usage of k8s.io snapshots', async () => {
    const { svc, k8s } = setup();
    const empty = (await svc.imageFsInfo({})).imageFilesystems;
    expect(empty.map((f) => [f.fsId.mountpoint, f.usedBytes?.value, f.inodesUsed?.value])).toEqual([
      ['/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs', '0', '0'],
    ]);
    await svc.pullImage({ image: { image: 'registry.k8s.io/pause:3.6' } });
    const overlayfs = k8s.snapshots.service('overlayfs');
    const expected = overlayfs.walk().reduce((n, s) => n + overlayfs.usage(s.name).size, 0);
    const [fs] = (await svc.imageFsInfo({})).imageFilesystems;
    expect(Number(fs?.usedBytes?.value)).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(fs?.timestamp).toMatch(/^\d{19}$/);
  });
});

describe('ensureImage (RunPodSandbox\'s sandbox image)', () => {
  it('pulls an absent image once, then finds it', async () => {
    const { ctx, node } = setup();
    const waits: number[] = [];
    const call = { wait: (ms: number) => (waits.push(ms), Promise.resolve()) };
    const pulled = await ensureImage(ctx, 'registry.k8s.io/pause:3.6', call);
    expect(pulled.references).toContain('registry.k8s.io/pause:3.6');
    expect(pulled.imageSpec.config?.User).toBe('65535:65535');
    const again = await ensureImage(ctx, 'registry.k8s.io/pause:3.6', call);
    expect(again.id).toBe(pulled.id);
    expect(waits).toHaveLength(1);
    expect(rows(node)).toHaveLength(3);
  });

  it('wraps a failed pull as ensureImageExists does (helpers.go:291-299)', async () => {
    const { ctx } = setup(false);
    const err = await rejection(ensureImage(ctx, 'registry.k8s.io/pause:3.6'));
    expect(err.message).toMatch(/^failed to pull image "registry.k8s.io\/pause:3.6": failed to pull and unpack image "registry.k8s.io\/pause:3.6": failed to resolve reference/);
  });
});
