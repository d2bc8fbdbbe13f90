// crictl and ctr on one node: CRI keeps its images in containerd's k8s.io namespace, so what
// one client does the other sees (containerd 1.6.20 image_pull.go:167-189 for the three
// records of a pull; the event-driven image store of pkg/cri/server/events.go for ctr's).

import { describe, expect, it } from 'vitest';
import { imagesSession, NGINX_125_DIGEST, NGINX_125_ID } from './test-support';

describe('crictl and ctr share k8s.io', () => {
  it('crictl pull → ctr -n k8s.io images ls: the tag, the digest reference and the id, all managed', async () => {
    const run = await imagesSession();
    await run('crictl pull nginx:1.25');
    expect((await run('ctr -n k8s.io images ls -q')).out).toBe(`docker.io/library/nginx:1.25\ndocker.io/library/nginx@${NGINX_125_DIGEST}\n${NGINX_125_ID}\n`);
    const labels = (await run('ctr -n k8s.io images ls')).out.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/).at(-1));
    expect(labels).toEqual(['io.cri-containerd.image=managed', 'io.cri-containerd.image=managed', 'io.cri-containerd.image=managed']);
    expect((await run('ctr images ls -q')).out).toBe('');
  });

  it('ctr images pull into default is invisible to crictl', async () => {
    const run = await imagesSession();
    expect((await run('ctr images pull docker.io/library/busybox:latest')).code).toBe(0);
    expect((await run('crictl images -q')).out).toBe('');
  });

  it('ctr -n k8s.io images rm of the tag shows in crictl images; ctr import into k8s.io appears', async () => {
    const run = await imagesSession();
    await run('crictl pull nginx:1.25');
    await run('ctr -n k8s.io images rm docker.io/library/nginx:1.25');
    expect((await run('crictl images')).out.split('\n')[1]).toBe('docker.io/library/nginx   <none>              af153a9fbb1be       70.2MB');
    await run('ctr images pull docker.io/library/busybox:latest');
    await run('ctr images export /root/bb.tar docker.io/library/busybox:latest');
    await run('ctr -n k8s.io images import /root/bb.tar');
    expect((await run('crictl images')).out).toContain('\ndocker.io/library/busybox   latest              ');
  });
});
