// `crictl rmi` against cmd/crictl/image.go:315-437 of cri-tools v1.26.0 and containerd 1.6.20's
// RemoveImage (image_remove.go: every reference of the image, not-found is no error).

import { describe, expect, it } from 'vitest';
import { imagesSession, NGINX_125_DIGEST, NGINX_125_ID, PAUSE_36_ID } from './test-support';

/** logrus's time field off a terminal; pulls move the node's clock. */
const untimed = (text: string) => text.replace(/time="[^"]*"/g, 'time="T"');

describe('crictl rmi', () => {
  it('the notes: crictl rmi nginx:1.25 prints the tag; again, no such image and exit 1', async () => {
    const run = await imagesSession();
    await run('crictl pull nginx:1.25');
    expect(await run('crictl rmi nginx:1.25')).toEqual({ out: 'Deleted: docker.io/library/nginx:1.25\n', err: '', code: 0 });
    const again = await run('crictl rmi nginx:1.25');
    expect(again.code).toBe(1);
    expect(untimed(again.err)).toBe('time="T" level=error msg="no such image nginx:1.25"\ntime="T" level=fatal msg="unable to remove the image(s)"\n');
    expect((await run('ctr -n k8s.io images ls -q')).out).toBe('');
  });

  it('one name removes the whole image and prints every tag; an id prefix works', async () => {
    const run = await imagesSession();
    await run('crictl pull nginx:1.25');
    await run('ctr -n k8s.io images tag docker.io/library/nginx:1.25 example.com/web:v1');
    expect((await run('crictl rmi example.com/web:v1')).out).toBe('Deleted: docker.io/library/nginx:1.25\nDeleted: example.com/web:v1\n');
    await run('crictl pull registry.k8s.io/pause:3.6');
    expect((await run(`crictl rmi ${PAUSE_36_ID.slice(7, 20)}`)).out).toBe('Deleted: registry.k8s.io/pause:3.6\n');
  });

  it('an untagged image is reported by its digests', async () => {
    const run = await imagesSession();
    await run('crictl pull nginx:1.25');
    await run('ctr -n k8s.io images rm docker.io/library/nginx:1.25');
    expect((await run(`crictl rmi ${NGINX_125_ID}`)).out).toBe(`Deleted: docker.io/library/nginx@${NGINX_125_DIGEST}\n`);
  });

  it('-a removes every image; with nothing to remove it says so at INFO level', async () => {
    const run = await imagesSession();
    await run('crictl pull nginx:1.25');
    await run('crictl pull registry.k8s.io/pause:3.6');
    expect((await run('crictl rmi -a')).out).toBe('Deleted: docker.io/library/nginx:1.25\nDeleted: registry.k8s.io/pause:3.6\n');
    const nothing = await run('crictl rmi -a');
    expect({ ...nothing, err: untimed(nothing.err) }).toEqual({ out: '', err: 'time="T" level=info msg="No images to remove"\n', code: 0 });
    expect((await run('crictl images -q')).out).toBe('');
  });

  it('a missing image among others: the others go, the missing one fails the command', async () => {
    const run = await imagesSession();
    await run('crictl pull registry.k8s.io/pause:3.6');
    const r = await run('crictl rmi nothere registry.k8s.io/pause:3.6');
    expect(r.out).toBe('Deleted: registry.k8s.io/pause:3.6\n');
    expect(r.err).toContain('level=error msg="no such image nothere"');
    expect(r.code).toBe(1);
  });
});

describe('crictl rmi --debug', () => {
  it('logs each ImageStatus and RemoveImage request in gogo String() form (image.go:620-648)', async () => {
    const run = await imagesSession();
    await run('crictl pull registry.k8s.io/pause:3.6');
    const { err } = await run('crictl -D rmi registry.k8s.io/pause:3.6');
    const debug = err
      .split('\n')
      .filter((l) => l.includes('Request:') || l.includes('Response:'))
      .map((l) => /msg="(.*)"$/.exec(l)?.[1]);
    expect(debug).toEqual([
      'ImageStatusRequest: &ImageStatusRequest{Image:&ImageSpec{Image:registry.k8s.io/pause:3.6,Annotations:map[string]string{},},Verbose:false,}',
      `ImageStatusResponse: &ImageStatusResponse{Image:&Image{Id:${PAUSE_36_ID},RepoTags:[registry.k8s.io/pause:3.6],RepoDigests:[registry.k8s.io/pause@sha256:0353313ba411edb8b2c9b97b9ee206947dded0e56de2ef8170f2cf400e0acf94],Size_:303641,Uid:&Int64Value{Value:65535,},Username:,Spec:nil,Pinned:false,},Info:map[string]string{},}`,
      'RemoveImageRequest: &RemoveImageRequest{Image:&ImageSpec{Image:registry.k8s.io/pause:3.6,Annotations:map[string]string{},},}',
    ]);
  });
});

describe('crictl rmi and containers', () => {
  async function withContainer() {
    const run = await imagesSession();
    await run(`echo '{"metadata":{"name":"p","namespace":"default","uid":"u1","attempt":1},"log_directory":"/tmp/logs","linux":{"security_context":{"namespace_options":{"network":2}}}}' > pod.json`);
    await run(`echo '{"metadata":{"name":"c"},"image":{"image":"busybox"},"command":["sleep","100"],"log_path":"c.log"}' > c.json`);
    await run('crictl pull busybox');
    await run('crictl pull nginx:1.25');
    const pod = (await run('crictl runp pod.json')).out.trim();
    expect((await run(`crictl create ${pod} c.json pod.json`)).code).toBe(0);
    return run;
  }

  it('--prune keeps the images of containers (ListContainers), not the sandbox image (image.go:359-385)', async () => {
    const run = await withContainer();
    expect((await run('crictl rmi --prune')).out).toBe('Deleted: docker.io/library/nginx:1.25\nDeleted: registry.k8s.io/pause:3.6\n');
    expect((await run('crictl images -q')).out.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('an image a container was created from is removed all the same (containerd 1.6.20 image_remove.go checks no use)', async () => {
    const run = await withContainer();
    expect((await run('crictl rmi busybox')).out).toBe('Deleted: docker.io/library/busybox:latest\n');
  });
});
