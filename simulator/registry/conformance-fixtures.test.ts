import { describe, expect, it } from 'vitest';
import { readImageArchive } from '../oci/archive/read-archive';
import { makeImagesNode } from '../containerd/images/test-support';
import { conformanceArchives, startRecordedLocalRegistry } from './conformance-fixtures';
import { resolveRemote } from './remote';

describe('conformance fixtures', () => {
  const archives = conformanceArchives();

  it('rebuild the recorded busybox layout byte for byte', () => {
    const parsed = readImageArchive(archives['/root/busybox-oci.tar'] ?? '');
    expect(parsed.manifests.map((m) => m.digest)).toEqual(['sha256:bff38f7f22acc98f1c9a4fa12ad6776979a99bc4d8977838f8a872bd737b2301']);
    const manifest = parsed.blob({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: 'sha256:3897836b2df1f0294a4bb98faf34bd80855666ea916ccb84c6bc07b471f0d7dc', size: 405 });
    expect(manifest?.size).toBe(405);
  });

  it('rebuild the docker-save nginx with the recorded manifest digest', () => {
    // As on the recorded node, where busybox's gzip layer had been unpacked before.
    const busyboxGzip = readImageArchive(archives['/root/busybox-oci.tar'] ?? '').blob({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: 'sha256:7e654956148e270e997c538bf94bedce203a12593e8a076c2f144ab7d7433b1c',
      size: 1028562,
    });
    const reuse = (d: string) => (d === busyboxGzip?.diffId ? busyboxGzip : undefined);
    const parsed = readImageArchive(archives['/root/nginx-docker.tar'] ?? '', { reuse });
    expect(parsed.manifests[0]?.digest).toBe('sha256:e64563dbdf371c42d5e04a23ef01fe8e26b7ab557e4dcbac12d2c6dc495066c1');
    // Alone, the layer is the uncompressed tar the archive holds.
    expect(readImageArchive(archives['/root/nginx-docker.tar'] ?? '').manifests[0]?.digest).not.toBe(parsed.manifests[0]?.digest);
    expect(parsed.manifests[0]?.annotations?.['io.containerd.image.name']).toBe('docker.io/library/nginx:alpine');
  });
});

describe('the recorded local registry', () => {
  it('serves busybox:1.36 and nginx:alpine on localhost:5000', () => {
    const node = makeImagesNode();
    startRecordedLocalRegistry(node);
    expect(resolveRemote(node, 'localhost:5000/library/busybox:1.36').descriptor.digest).toBe(
      'sha256:3897836b2df1f0294a4bb98faf34bd80855666ea916ccb84c6bc07b471f0d7dc',
    );
    expect(resolveRemote(node, 'localhost:5000/library/nginx:alpine').descriptor.digest).toBe(
      'sha256:e64563dbdf371c42d5e04a23ef01fe8e26b7ab557e4dcbac12d2c6dc495066c1',
    );
  });
});
