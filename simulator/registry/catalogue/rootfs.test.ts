import { describe, expect, it } from 'vitest';
import type { LayerFile } from '../../oci/blob';
import { parseImageConfig, parseIndex, parseManifest } from '../../oci/documents';
import { catalogue } from './catalogue';

/** The merged files of an image's amd64 manifest (later layers win, as overlayfs stacks them). */
function imageFiles(repo: string, tag: string): Record<string, LayerFile> {
  const c = catalogue();
  const target = c.tags['docker.io']?.[repo]?.[tag];
  if (!target) throw new Error(`${repo}:${tag} missing`);
  const index = parseIndex(c.blobs[target.digest]?.data ?? '');
  const amd = index.manifests.find((m) => m.platform?.architecture === 'amd64');
  const manifest = parseManifest(c.blobs[amd?.digest ?? '']?.data ?? '');
  const merged: Record<string, LayerFile> = {};
  for (const l of manifest.layers) Object.assign(merged, c.blobs[l.digest]?.files ?? {});
  return merged;
}

const text = (files: Record<string, LayerFile>, path: string): string => files[path]?.content ?? '';

describe('alpine:3.21 root filesystem', () => {
  const f = imageFiles('library/alpine', '3.21');
  it('names its release', () => {
    expect(text(f, '/etc/alpine-release')).toBe('3.21.3\n');
    expect(text(f, '/etc/os-release')).toContain('PRETTY_NAME="Alpine Linux v3.21"');
    expect(text(f, '/etc/apk/repositories')).toBe('https://dl-cdn.alpinelinux.org/alpine/v3.21/main\nhttps://dl-cdn.alpinelinux.org/alpine/v3.21/community\n');
  });
  it('lists the 16 base packages in apk\'s installed database', () => {
    const db = text(f, '/lib/apk/db/installed');
    const names = [...db.matchAll(/^P:(.*)$/gm)].map((m) => m[1]);
    expect(names).toHaveLength(16);
    expect(names).toContain('busybox');
    expect(db).toContain('P:musl\nV:1.2.5-r9\nA:x86_64\n');
  });
  it('links applets to /bin/busybox where busybox.links puts them', () => {
    expect(f['/bin/ls']).toMatchObject({ kind: 'symlink', content: '/bin/busybox' });
    expect(f['/usr/bin/wget']).toMatchObject({ kind: 'symlink', content: '/bin/busybox' });
    expect(f['/sbin/ip']).toMatchObject({ kind: 'symlink', content: '/bin/busybox' });
    expect(f['/bin/sh']?.kind).toBe('symlink');
    expect(text(f, '/etc/passwd').split('\n')[0]).toBe('root:x:0:0:root:/root:/bin/sh');
    expect(text(f, '/etc/shells')).toBe('# valid login shells\n/bin/sh\n/bin/ash\n');
  });
});

describe('nginx images', () => {
  for (const [tag, db] of [['alpine', '/lib/apk/db/installed'], ['latest', '/var/lib/dpkg/status']] as const) {
    it(`nginx:${tag} has its config, pages, entrypoint and log links`, () => {
      const f = imageFiles('library/nginx', tag);
      expect(text(f, '/etc/nginx/nginx.conf')).toMatch(/^\nuser  nginx;|^user  nginx;/);
      expect(text(f, '/etc/nginx/conf.d/default.conf')).toContain('listen       80;');
      expect(text(f, '/usr/share/nginx/html/index.html')).toHaveLength(615);
      expect(text(f, '/usr/share/nginx/html/50x.html')).toHaveLength(497);
      expect(text(f, '/docker-entrypoint.sh').split('\n')[46]).toBe('exec "$@"');
      expect(Object.keys(f).filter((p) => p.startsWith('/docker-entrypoint.d/'))).toEqual([
        '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '/docker-entrypoint.d/15-local-resolvers.envsh',
        '/docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.d/30-tune-worker-processes.sh',
      ]);
      expect(f['/var/log/nginx/access.log']).toMatchObject({ kind: 'symlink', content: '/dev/stdout' });
      expect(f['/var/log/nginx/error.log']).toMatchObject({ kind: 'symlink', content: '/dev/stderr' });
      expect(text(f, '/etc/passwd')).toMatch(/^nginx:x:101:101:/m);
      expect(text(f, db)).toMatch(/^(P:|Package: )nginx$/m);
    });
  }
  it('the Debian flavour names Debian 12', () => {
    const f = imageFiles('library/nginx', 'latest');
    expect(text(f, '/etc/debian_version')).toBe('12.10\n');
    expect(text(f, '/etc/os-release')).toContain('VERSION_CODENAME=bookworm');
    expect(text(f, '/var/lib/dpkg/status')).toContain('Package: dash\nEssential: yes\nStatus: install ok installed\n');
  });
});

describe('registry:2', () => {
  it('carries the registry binary, its config and entrypoint, and the real run config', () => {
    const f = imageFiles('library/registry', '2');
    expect(f['/bin/registry']?.kind).toBe('file');
    expect(text(f, '/etc/docker/registry/config.yml')).toContain('rootdirectory: /var/lib/registry');
    expect(text(f, '/entrypoint.sh')).toContain('*.yaml|*.yml) set -- registry serve "$@" ;;');
    const c = catalogue();
    const index = parseIndex(c.blobs[c.tags['docker.io']?.['library/registry']?.['2']?.digest ?? '']?.data ?? '');
    const manifest = parseManifest(c.blobs[index.manifests[0]?.digest ?? '']?.data ?? '');
    const config = parseImageConfig(c.blobs[manifest.config.digest]?.data ?? '');
    expect(config.config?.Entrypoint).toEqual(['/entrypoint.sh']);
    expect(config.config?.Cmd).toEqual(['/etc/docker/registry/config.yml']);
    expect(config.config?.ExposedPorts).toEqual({ '5000/tcp': {} });
  });
});
