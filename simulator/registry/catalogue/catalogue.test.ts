import { describe, expect, it } from 'vitest';
import { digestText } from '../../oci/digest';
import { parseImageConfig, parseIndex, parseManifest } from '../../oci/documents';
import { catalogue } from './catalogue';

describe('registry catalogue', () => {
  const c = catalogue();

  it('serves JSON blobs whose digest is the sha256 of their text', () => {
    for (const blob of Object.values(c.blobs)) {
      if (blob.data !== undefined) expect(digestText(blob.data)).toBe(blob.digest);
    }
  });

  it('has multi-platform nginx with the real run config', () => {
    const target = c.tags['docker.io']?.['library/nginx']?.['1.25'];
    if (!target) throw new Error('nginx:1.25 missing');
    const index = parseIndex(c.blobs[target.digest]?.data ?? '');
    expect(index.manifests.map((m) => `${m.platform?.architecture}${m.platform?.variant ?? ''}`)).toContain('arm64v8');
    const amd = index.manifests.find((m) => m.platform?.architecture === 'amd64');
    const manifest = parseManifest(c.blobs[amd?.digest ?? '']?.data ?? '');
    expect(manifest.layers).toHaveLength(7);
    const size = manifest.layers.reduce((n, l) => n + l.size, 0);
    expect(size / 1024 / 1024).toBeGreaterThan(60);
    const config = parseImageConfig(c.blobs[manifest.config.digest]?.data ?? '');
    expect(config.config?.StopSignal).toBe('SIGQUIT');
    expect(config.config?.Cmd).toEqual(['nginx', '-g', 'daemon off;']);
    expect(config.config?.Entrypoint).toEqual(['/docker-entrypoint.sh']);
    expect(config.rootfs.diff_ids).toHaveLength(7);
  });

  it('gives alpine an os-release naming Alpine Linux', () => {
    const target = c.tags['docker.io']?.['library/alpine']?.latest;
    const index = parseIndex(c.blobs[target?.digest ?? '']?.data ?? '');
    const manifest = parseManifest(c.blobs[index.manifests[0]?.digest ?? '']?.data ?? '');
    const layer = c.blobs[manifest.layers[0]?.digest ?? ''];
    expect(layer?.files?.['/etc/os-release']?.content).toContain('NAME="Alpine Linux"');
    expect(layer?.files?.['/bin/sh']?.kind).toBe('symlink');
  });
});
