import { describe, expect, it } from 'vitest';
import { imageFs } from '../image-test-fs';
import { start } from '../test-support';
import { registryServerProgram } from './registry-server';

describe('registry serve', () => {
  it('reads its config, listens on http.addr and logs five start-up lines', () => {
    const fs = imageFs('library/registry', '2');
    const r = start(['registry', 'serve', '/etc/docker/registry/config.yml'], { fs, pid: 1 });
    expect(r.run.listens).toEqual([5000]);
    expect(r.run.exit).toBeUndefined();
    expect(r.stderr.split('\n').map((l) => /msg="([^"]*)"/.exec(l)?.[1]).filter(Boolean).slice(1)).toEqual([
      'redis not configured',
      expect.stringMatching(/^Starting upload purge in \d+m0s$/),
      'using inmemory blob descriptor cache',
      'listening on [::]:5000',
    ]);
  });
  it('fails on a missing config file', () => {
    const r = start(['registry', 'serve', '/nope.yml'], { fs: imageFs('library/registry', '2') });
    expect(r.stderr).toBe('configuration error: open /nope.yml: no such file or directory\n');
    expect(r.run.exit?.code).toBe(1);
  });
  it('answers the API base, an empty catalog, and a monolithic upload plus manifest', () => {
    const fs = imageFs('library/registry', '2');
    const serve = (method: string, path: string, body?: string) =>
      registryServerProgram.serve?.({ fs, argv: ['registry', 'serve', '/etc/docker/registry/config.yml'] }, path, { method, path, host: 'localhost:5000', userAgent: 't', headers: [], clientIp: '127.0.0.1', body });
    expect(serve('GET', '/v2/')).toMatchObject({ status: 200, body: '{}\n' });
    expect(serve('GET', '/v2/_catalog')?.body).toBe('{"repositories":[]}\n');
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(serve('POST', `/v2/x/blobs/uploads/?digest=${digest}`, 'data')?.status).toBe(201);
    expect(serve('GET', `/v2/x/blobs/${digest}`)?.body).toBe('data');
    expect(fs.lookup(`/var/lib/registry/docker/registry/v2/blobs/sha256/aa/${'a'.repeat(64)}/data`)?.content).toBe('data');
    const manifest = '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json"}';
    expect(serve('PUT', '/v2/x/manifests/v1', manifest)?.status).toBe(201);
    expect(serve('GET', '/v2/x/manifests/v1')?.headers).toContainEqual(['Content-Type', 'application/vnd.oci.image.manifest.v1+json']);
    expect(serve('GET', '/v2/y/tags/list')?.body).toBe('{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"y"}}]}\n');
  });
});
