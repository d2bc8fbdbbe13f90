import { describe, expect, it } from 'vitest';
import { contentInfo } from '../content/content-store';
import { getSnapshot, list } from '../snapshots/snapshots';
import { isUnpacked, resolveImage, unpackImage } from './unpack';
import { BUSYBOX_CHAIN, BUSYBOX_CONFIG, NGINX_CHAIN, importFixture, makeImagesNode } from './test-support';

describe('unpack', () => {
  it('commits each layer under its chain ID and labels config and layers', () => {
    const node = makeImagesNode();
    const [busybox] = importFixture(node, '/root/busybox-oci.tar');
    const [nginx] = importFixture(node, '/root/nginx-docker.tar');
    if (!busybox || !nginx) throw new Error('import failed');
    expect(isUnpacked(node, 'default', busybox)).toBe(false);
    expect(unpackImage(node, 'default', busybox).chainId).toBe(BUSYBOX_CHAIN);
    unpackImage(node, 'default', nginx);
    expect(list(node, 'default', 'overlayfs').map((s) => [s.name, s.parent, s.kind])).toEqual([
      [NGINX_CHAIN, BUSYBOX_CHAIN, 'Committed'],
      [BUSYBOX_CHAIN, '', 'Committed'],
    ]);
    expect(isUnpacked(node, 'default', busybox)).toBe(true);
    expect(contentInfo(node, 'default', BUSYBOX_CONFIG).labels).toEqual({ 'containerd.io/gc.ref.snapshot.overlayfs': BUSYBOX_CHAIN });
    expect(getSnapshot(node, 'default', 'overlayfs', BUSYBOX_CHAIN)?.inodes).toBe(47);
  });

  it('resolves the run config a runtime needs', () => {
    const node = makeImagesNode();
    importFixture(node, '/root/nginx-docker.tar');
    const r = resolveImage(node, 'default', 'docker.io/library/nginx:alpine');
    expect(r.config.config?.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(r.config.config?.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(r.layers).toHaveLength(2);
    expect(r.chainId).toBe(NGINX_CHAIN);
  });
});
