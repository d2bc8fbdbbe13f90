import { describe, expect, it } from 'vitest';
import { makeImagesNode } from '../../../containerd/images/test-support';
import { ctr } from '../ctr-test-support';

const HEADER = 'REF TYPE DIGEST SIZE PLATFORMS LABELS \n';

describe('ctr images (transcript 03)', () => {
  it('imports, lists, tags and removes exactly as recorded', async () => {
    const node = makeImagesNode();
    expect(await ctr(node, 'images ls')).toEqual({ stdout: HEADER, stderr: '', exit: 0 });
    expect((await ctr(node, 'images import /root/busybox-oci.tar')).stdout).toBe(
      'unpacking docker.io/library/busybox:latest (sha256:bff38f7f22acc98f1c9a4fa12ad6776979a99bc4d8977838f8a872bd737b2301)...done\n',
    );
    await ctr(node, 'images import /root/nginx-docker.tar');
    expect((await ctr(node, 'i ls')).stdout).toBe(
      'REF                              TYPE                                                 DIGEST                                                                  SIZE       PLATFORMS                  LABELS \n' +
        'docker.io/library/busybox:latest application/vnd.oci.image.index.v1+json              sha256:bff38f7f22acc98f1c9a4fa12ad6776979a99bc4d8977838f8a872bd737b2301 1005.7 KiB linux/amd64,linux/arm64/v8 -      \n' +
        'docker.io/library/nginx:alpine   application/vnd.docker.distribution.manifest.v2+json sha256:e64563dbdf371c42d5e04a23ef01fe8e26b7ab557e4dcbac12d2c6dc495066c1 1015.6 KiB linux/amd64                -      \n',
    );
    expect((await ctr(node, 'images check')).stdout).toContain('complete (3/3) 1015.0 KiB/1015.0 KiB true\n');
    expect((await ctr(node, 'images tag docker.io/library/busybox:latest docker.io/library/busybox:1.36')).stdout).toBe('docker.io/library/busybox:1.36\n');
    expect(await ctr(node, 'images tag docker.io/library/busybox:latest docker.io/library/busybox:1.36')).toEqual({
      stdout: '',
      stderr: 'ctr: image "docker.io/library/busybox:1.36": already exists\n',
      exit: 1,
    });
    expect((await ctr(node, 'images tag --force docker.io/library/busybox:latest docker.io/library/busybox:1.36')).exit).toBe(0);
    const rm = await ctr(node, 'images rm docker.io/library/busybox:1.36 nope:1');
    expect(rm.stdout).toBe('docker.io/library/busybox:1.36\n');
    expect(rm.stderr).toMatch(/^time="2026-11-28T05:14:\d\dZ" level=warning msg="nope:1: image not found"\n$/);
    expect(rm.exit).toBe(0);
    expect((await ctr(node, 'i ls -q name~=nginx')).stdout).toBe('docker.io/library/nginx:alpine\n');
  });

  it('reports reference and argument errors with ctr 1.6 wording', async () => {
    const node = makeImagesNode();
    expect((await ctr(node, 'i pull nginx:alpine')).stderr).toBe(
      'ctr: failed to resolve reference "nginx:alpine": parse "dummy://nginx:alpine": invalid port ":alpine" after host\n',
    );
    expect((await ctr(node, 'i pull docker.io/library/nginx')).stderr).toBe('ctr: failed to resolve reference "docker.io/library/nginx": object required\n');
    const offline = await ctr(node, 'i pull docker.io/library/busybox:latest');
    expect(offline.stderr.split('\n')[1]).toBe(
      'ctr: failed to resolve reference "docker.io/library/busybox:latest": failed to do request: Head "https://registry-1.docker.io/v2/library/busybox/manifests/latest": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: no such host',
    );
    expect((await ctr(node, 'images import /etc/hostname')).stderr).toBe('ctr: unexpected EOF\n');
    expect((await ctr(node, 'images import /root/nonexistent.tar')).stderr).toBe('ctr: open /root/nonexistent.tar: no such file or directory\n');
    expect((await ctr(node, 'images export /root/y.tar')).stderr).toBe('ctr: please provide both an output filename and an image reference to export\n');
    expect((await ctr(node, 'images mount docker.io/library/busybox:latest')).stderr).toBe('ctr: please provide a target path to mount to\n');
    expect((await ctr(node, 'images convert a')).stderr).toBe('ctr: src and target image need to be specified\n');
  });

  it('exports an OCI archive that imports again, with familiar RepoTags', async () => {
    const node = makeImagesNode();
    // Unpacked first, busybox's gzip layer stands in for nginx's uncompressed base layer.
    await ctr(node, 'images import /root/busybox-oci.tar');
    await ctr(node, 'images import /root/nginx-docker.tar');
    expect(await ctr(node, 'images export /root/nginx.tar docker.io/library/nginx:alpine')).toEqual({ stdout: '', stderr: '', exit: 0 });
    const reimport = await ctr(node, '-n k8s.io images import --base-name foo/bar /root/nginx.tar');
    expect(reimport.stdout).toBe('unpacking docker.io/library/nginx:alpine (sha256:e64563dbdf371c42d5e04a23ef01fe8e26b7ab557e4dcbac12d2c6dc495066c1)...done\n');
    expect((await ctr(node, '-n k8s.io i ls -q')).stdout).toBe(
      'docker.io/library/nginx:alpine\nsha256:f4e93c23c8b699f523931c1849a6e628507fd16d1b77232aca45a9ae588dd389\n',
    );
    expect((await ctr(node, 'images export /root/x.tar docker.io/library/missing:latest')).stderr).toBe('ctr: image "docker.io/library/missing:latest": not found\n');
    expect(node.state.host.files['/root/x.tar']?.content).toBe('');
  });

  it('converts to the recorded digests and labels with the recorded quirks', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    await ctr(node, 'images import /root/nginx-docker.tar');
    expect((await ctr(node, 'images convert --oci docker.io/library/nginx:alpine docker.io/library/nginx:alpine-oci')).stdout).toBe(
      'sha256:1d195af16064d301662eaad060070779c9ed2d73c19ed0c4eb56a97ef7df27ad\n',
    );
    expect((await ctr(node, 'images convert docker.io/library/nginx:alpine docker.io/library/nginx:conv')).stdout).toBe(
      'sha256:e64563dbdf371c42d5e04a23ef01fe8e26b7ab557e4dcbac12d2c6dc495066c1\n',
    );
    expect((await ctr(node, 'images convert --oci --uncompress docker.io/library/busybox:latest docker.io/library/busybox:uncompressed')).stdout).toBe(
      'sha256:47cd90f8787907f2669bc1dfb46749f91c2f22ed5742b9ed6183a382f01bd82c\n',
    );
    expect((await ctr(node, 'i ls name==docker.io/library/busybox:uncompressed')).stdout).toContain(' 1.9 MiB linux/amd64 -      \n');
    expect((await ctr(node, 'images label docker.io/library/busybox:latest app=demo')).stdout).toBe('app=demo\n');
    const two = (await ctr(node, 'images label docker.io/library/busybox:latest a=1 b=2')).stdout.trim().split(',').sort();
    expect(two).toEqual(['a=1', 'app=demo', 'b=2']);
    expect((await ctr(node, 'images label docker.io/library/busybox:latest')).stderr).toBe(
      'ctr: Target.Digest "" invalid: invalid checksum digest format: invalid argument\n',
    );
    await ctr(node, 'images label docker.io/library/busybox:latest app=');
    expect((await ctr(node, 'images ls -q labels.a==1')).stdout).toBe('docker.io/library/busybox:latest\n');
  });

  it('mounts the image files into the node and takes them away again', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    node.state.host.files['/mnt'] = { kind: 'dir', mode: 0o755, mtimeMs: 0 };
    expect((await ctr(node, 'images mount docker.io/library/busybox:latest /mnt')).stdout).toBe(
      'sha256:51389e34881cbae78c13029e5ae0094c144bc24dca14f2c1a10ac0bbbf39c044\n/mnt\n',
    );
    expect(node.state.host.files['/mnt/bin/busybox']?.kind).toBe('file');
    expect((await ctr(node, 'images unmount /mnt')).stdout).toBe('/mnt\n');
    expect(node.state.host.files['/mnt/bin/busybox']).toBeUndefined();
    expect((await ctr(node, 'images unmount --rm /mnt')).stdout).toBe('/mnt\n');
    expect((await ctr(node, 'snapshots ls')).stdout).not.toContain('/mnt');
    expect(await ctr(node, 'images mount docker.io/library/busybox:latest /nowhere')).toEqual({
      stdout: 'sha256:51389e34881cbae78c13029e5ae0094c144bc24dca14f2c1a10ac0bbbf39c044\n',
      stderr: 'ctr: no such file or directory\n',
      exit: 1,
    });
  });

  it('fails pushes like the recorded node', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    await ctr(node, 'images import /root/nginx-docker.tar');
    const bb = await ctr(node, 'images push docker.io/library/busybox:latest');
    expect(bb.stdout).toBe(
      'index-latest@sha256:bff38f7f22acc98f1c9a4fa12ad6776979a99bc4d8977838f8a872bd737b2301: waiting        |\x1b[32m\x1b[0m--------------------------------------| \n' +
        'elapsed: 0.1 s                                                                        total:   0.0 B (0.0 B/s)                                         \n',
    );
    expect(bb.stderr).toBe('ctr: content digest sha256:9c34acf24098d0bd910db978d6de94f14747883fa9ef371d685cf74ca7a66ff5: not found\n');
    const local = await ctr(node, 'images push --plain-http localhost:5000/nginx:alpine docker.io/library/nginx:alpine');
    expect(local.stdout.split('\n')[1]).toBe(
      'config-sha256:f4e93c23c8b699f523931c1849a6e628507fd16d1b77232aca45a9ae588dd389:          waiting        |\x1b[32m\x1b[0m--------------------------------------| ',
    );
    expect(local.stderr).toBe(
      'ctr: failed to do request: Head "http://localhost:5000/v2/nginx/blobs/sha256:f4e93c23c8b699f523931c1849a6e628507fd16d1b77232aca45a9ae588dd389": dial tcp 127.0.0.1:5000: connect: connection refused\n',
    );
    expect((await ctr(node, 'images push docker.io/library/missing:1')).stderr).toBe(
      'ctr: unable to resolve image to manifest: image "docker.io/library/missing:1": not found\n',
    );
  });
});
