// `ctr snapshots diff` (snapshots.go diffCommand@v1.6.20) on the diff service: the layer's bytes
// on stdout, what a container wrote and deleted in it, the content gone once the lease is
// (no --keep) or kept with a gc.root label (--keep), two snapshots compared.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

async function nodeWithContainer() {
  let t = Date.UTC(2026, 11, 6, 18, 0, 0);
  const s = createSession({ seed: 9, now: () => (t += 50) });
  await s.run('ctr i pull docker.io/library/busybox:latest');
  await s.run('ctr run -d docker.io/library/busybox:latest c1 sleep 1000');
  await s.run("ctr t exec --exec-id e1 c1 sh -c 'echo hi > /root/new; rm /etc/group'");
  return s;
}

describe('ctr snapshots diff', () => {
  it('writes the container snapshot\'s changes over its parent as a gzip layer to stdout', async () => {
    const s = await nodeWithContainer();
    const listing = await s.run('ctr snapshots diff c1 | tar tz');
    expect(listing.exitCode).toBe(0);
    expect(listing.stdout.split('\n')).toEqual(expect.arrayContaining(['etc/.wh.group', 'root/new']));
    // Without --keep nothing holds the layer once ctr's lease is gone.
    await s.run('sleep 1');
    const before = (await s.run('ctr content ls -q')).stdout;
    await s.run('ctr snapshots diff c1 > /dev/null');
    await s.run('sleep 1');
    expect((await s.run('ctr content ls -q')).stdout).toBe(before);
  });

  it('--keep and --label label the content it writes, which then stays', async () => {
    const s = await nodeWithContainer();
    await s.run('ctr snapshots diff --keep --label team=a c1 > /root/layer.tgz');
    await s.run('sleep 1');
    const digest = (await s.run('sha256sum /root/layer.tgz')).stdout.split(' ')[0];
    const row = (await s.run(`ctr content ls | grep ${digest}`)).stdout;
    expect(row.trim().split('\t').at(-1)?.split(',').sort()).toEqual([
      expect.stringMatching(/^containerd\.io\/gc\.root=2026-12-06T18:00:\d\dZ$/),
      expect.stringMatching(/^containerd\.io\/uncompressed=sha256:[0-9a-f]{64}$/),
      'team=a',
    ]);
  });

  it('compares two snapshots, and an uncompressed layer when asked', async () => {
    const s = await nodeWithContainer();
    const parent = (await s.run("ctr snapshots info c1 | grep '\"Parent\"' | cut -d'\"' -f4")).stdout.trim();
    expect(parent).toMatch(/^sha256:/);
    const listing = await s.run(`ctr snapshots diff --media-type application/vnd.oci.image.layer.v1.tar ${parent} c1 | tar t`);
    expect(listing.stdout.split('\n')).toEqual(expect.arrayContaining(['etc/.wh.group', 'root/new']));
    expect((await s.run('ctr snapshots diff --media-type foo c1')).stderr).toBe('ctr: unsupported diff media type: foo: not implemented\n');
  });
});
