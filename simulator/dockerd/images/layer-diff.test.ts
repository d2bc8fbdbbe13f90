// A layer's files are in its overlay2 diff dir from the moment dockerd registers it, as a real
// dockerd extracts a layer at pull; a node saved before that (the dir empty) gets them at the
// first start of a container on it.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';
import { rm } from '../../host/vfs';

const NOW = Date.UTC(2026, 11, 5, 9, 0, 0);

describe('layer diff dirs', () => {
  it('hold the layer files after docker pull, and a first run writes none of them', async () => {
    const s = createSession({ seed: 3, now: () => NOW });
    expect((await s.run('docker pull busybox')).exitCode).toBe(0);
    const layers = Object.values(s.node.state.dockerd?.layers ?? {});
    expect(layers.length).toBeGreaterThan(0);
    for (const layer of layers) {
      const diff = `/var/lib/docker/overlay2/${layer.cacheId}/diff`;
      const paths = Object.keys(layer.files).filter((p) => layer.files[p] !== null);
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) expect(s.node.state.host.files[`${diff}${p}`], `${diff}${p}`).toBeDefined();
    }
    const diffPaths = () => Object.keys(s.node.state.host.files).filter((p) => layers.some((l) => p.startsWith(`/var/lib/docker/overlay2/${l.cacheId}/diff/`)));
    const before = diffPaths();
    const r = await s.run('docker run --rm busybox cat /etc/passwd');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('root:x:0:0');
    expect(diffPaths()).toEqual(before);
  });

  it('are filled at the first start when a saved node has them empty', async () => {
    const s = createSession({ seed: 4, now: () => NOW });
    await s.run('docker pull busybox');
    const layers = Object.values(s.node.state.dockerd?.layers ?? {});
    for (const layer of layers) {
      const diff = `/var/lib/docker/overlay2/${layer.cacheId}/diff`;
      rm(s.node.state.host.files, diff, { recursive: true, force: true });
      s.node.state.host.files[diff] = { kind: 'dir', mode: 0o700, mtimeMs: NOW };
    }
    const r = await s.run('docker run --rm busybox cat /etc/passwd');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('root:x:0:0');
  });
});
