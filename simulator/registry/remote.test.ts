import { describe, expect, it } from 'vitest';
import { makeImagesNode } from '../containerd/images/test-support';
import { RegistryError, checkPush, resolveRemote } from './remote';
import { HARBOR_CA_FILE } from './hosts';

function failure(fn: () => unknown): RegistryError {
  try {
    fn();
  } catch (err) {
    if (err instanceof RegistryError) return err;
    throw err;
  }
  throw new Error('expected a RegistryError');
}

describe('remote registries', () => {
  it('fail DNS when offline, like the recorded node', () => {
    const node = makeImagesNode();
    const err = failure(() => resolveRemote(node, 'docker.io/library/nginx:alpine'));
    expect(err.message).toBe(
      'failed to do request: Head "https://registry-1.docker.io/v2/library/nginx/manifests/alpine": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host',
    );
    expect(err.tryNextHost?.host).toBe('registry-1.docker.io');
    expect(failure(() => resolveRemote(node, 'localhost:5000/foo:1', { plainHttp: true })).message).toBe(
      'failed to do request: Head "http://localhost:5000/v2/foo/manifests/1": dial tcp 127.0.0.1:5000: connect: connection refused',
    );
    expect(failure(() => resolveRemote(node, 'docker.io/library/nginx')).message).toBe('object required');
    // A bad digest is refused before any host is asked.
    expect(failure(() => resolveRemote(node, 'docker.io/library/busybox:latest@sha256:abc')).message).toBe('invalid checksum digest length');
  });

  it('resolve catalogue tags online, and not-found tags as not found', () => {
    const node = makeImagesNode({ online: true });
    const r = resolveRemote(node, 'docker.io/library/nginx:1.25');
    expect(r.descriptor.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    const missing = failure(() => resolveRemote(node, 'docker.io/library/nginx:nope'));
    expect(missing.message).toBe('docker.io/library/nginx:nope: not found');
    expect(missing.errClass).toBe('not found');
    // Tags named like Object's own properties are tags like any other (issue 7).
    for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(failure(() => resolveRemote(node, `docker.io/library/nginx:${tag}`)).message).toBe(`docker.io/library/nginx:${tag}: not found`);
    }
  });

  it('enforce harbor TLS and credentials', () => {
    const node = makeImagesNode({ online: true });
    const ref = 'harbor.mydomain.com/k8s/pause:1.25.1';
    expect(failure(() => resolveRemote(node, ref, { user: 'admin:Harbor12345' })).message).toContain('x509: certificate signed by unknown authority');
    expect(failure(() => resolveRemote(node, ref, { skipVerify: true })).message).toContain('insufficient_scope');
    expect(failure(() => resolveRemote(node, ref, { skipVerify: true, user: 'admin:bad' })).message).toBe(
      'failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
    );
    const ca = node.state.host.files[HARBOR_CA_FILE]?.content;
    expect(ca).toBeDefined();
    expect(resolveRemote(node, ref, { tlsCaCert: ca, user: 'admin:Harbor12345' }).descriptor.mediaType).toBe(
      'application/vnd.docker.distribution.manifest.v2+json',
    );
    expect(failure(() => checkPush(node, 'docker.io/library/x:1', 'sha256:00')).message).toBe('server message: insufficient_scope: authorization failed');
  });
});
