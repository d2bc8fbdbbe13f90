import { describe, expect, it } from 'vitest';
import { CONTAINERD_DEFAULT_CONFIG } from './containerd-default-config';
import { HARBOR_CA_PEM, initialFiles } from './node-files';
import * as vfs from './vfs';

describe('initialFiles', () => {
  const files = initialFiles(1000);

  it('is a Debian bookworm node called node1 with root’s home', () => {
    expect(vfs.readFile(files, '/etc/hostname')).toBe('node1\n');
    expect(vfs.readFile(files, '/etc/os-release')).toContain('VERSION_CODENAME=bookworm');
    expect(vfs.stat(files, '/root').kind).toBe('dir');
    expect(vfs.stat(files, '/tmp').mode).toBe(0o1777);
  });

  it('has containerd’s stock config and paths', () => {
    expect(vfs.readFile(files, '/etc/containerd/config.toml')).toBe(CONTAINERD_DEFAULT_CONFIG);
    expect(CONTAINERD_DEFAULT_CONFIG.startsWith('disabled_plugins = []\n')).toBe(true);
    expect(CONTAINERD_DEFAULT_CONFIG).toContain('  address = "/run/containerd/containerd.sock"\n');
    for (const dir of ['/etc/containerd/certs.d', '/var/lib/containerd', '/mnt']) expect(vfs.stat(files, dir).kind).toBe('dir');
    expect(vfs.exists(files, '/run/containerd/containerd.sock')).toBe(true);
  });

  it('has the harbor CA as a PEM certificate', () => {
    const pem = vfs.readFile(files, '/etc/containerd/harbor.mydomain.com/ca.crt');
    expect(pem).toBe(HARBOR_CA_PEM);
    expect(pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/);
  });
});
