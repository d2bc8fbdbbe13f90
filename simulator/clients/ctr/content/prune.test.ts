import { describe, expect, it } from 'vitest';
import { makeImagesNode } from '../../../containerd/images/test-support';
import { createSimulator } from '../../../index';
import { writeConformanceFixtures } from '../../../registry/conformance-fixtures';
import { ctr } from '../ctr-test-support';

const LAYER = 'sha256:7e654956148e270e997c538bf94bedce203a12593e8a076c2f144ab7d7433b1c';

describe('ctr content prune references', () => {
  it('drops the layer references and collects the layers at once; snapshots stay', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    const before = (await ctr(node, 'content ls -q')).stdout;
    expect(before).toContain(LAYER);
    const prune = await ctr(node, 'content prune references');
    expect([prune.stdout, prune.stderr, prune.exit]).toEqual(['', '', 0]);
    const after = (await ctr(node, 'content ls')).stdout;
    expect(after).not.toContain(LAYER);
    expect(after).not.toContain('containerd.io/gc.ref.content.l.');
    expect(after).toContain('containerd.io/gc.ref.content.config=');
    expect((await ctr(node, 'snapshots ls')).stdout).toContain('Committed');
    // The helper lease is gone again.
    expect((await ctr(node, 'leases ls -q')).stdout).toBe('');
  });

  it('--dry logs what it would remove at debug level and changes nothing', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    const before = (await ctr(node, 'content ls -q')).stdout;
    const dry = await ctr(node, 'content prune references --dry');
    const lines = dry.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^time="[^"]+" level=debug msg="dry run, no changes will be applied"$/);
    expect(lines.slice(1).every((l) => /level=debug msg="Removing label" digest="sha256:[0-9a-f]{64}" label=containerd\.io\/gc\.ref\.content\.l\.\d+$/.test(l))).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    expect((await ctr(node, 'content ls -q')).stdout).toBe(before);
  });
});

describe('an import that fails half-way after a prune', () => {
  it('leaves the blobs it walked before the missing one stored and their parents labelled', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    await ctr(node, 'content prune references');
    const all = await ctr(node, 'images import --all-platforms /root/busybox-oci.tar');
    expect([all.exit, all.stderr]).toEqual([1, expect.stringMatching(/^ctr: content digest sha256:[0-9a-f]{64}: not found\n$/)]);
    const ls = (await ctr(node, 'content ls')).stdout;
    expect(ls).toContain(LAYER);
    expect(ls).toContain('containerd.io/gc.ref.content.l.0=');
    expect(ls).toContain('containerd.io/gc.ref.content.m.1=');
  });
});

describe('ctr content prune references --dry: the order of a blob\'s labels', () => {
  it('is Go\'s map order over the labels as they arrive (as content ls prints them), so a manifest\'s l.1 comes before its l.0 most of the time', async () => {
    let l1First = 0;
    const runs = 16;
    for (let seed = 1; seed <= runs; seed++) {
      let t = Date.UTC(2026, 10, 28);
      const node = createSimulator({ seed, now: () => (t += 3) });
      writeConformanceFixtures(node);
      node.state.registries.offline = true;
      await ctr(node, 'images import /root/nginx-docker.tar');
      const removed = (await ctr(node, 'content prune references --dry')).stderr
        .split('\n')
        .map((l) => /label=containerd\.io\/gc\.ref\.content\.(l\.\d)$/.exec(l)?.[1])
        .filter((l) => l !== undefined);
      expect([...removed].sort()).toEqual(['l.0', 'l.1']);
      if (removed[0] === 'l.1') l1First++;
    }
    // The real node: l.1 first in 3 of 3 runs of the fresh set 6401-6412 (51 in 64 by the two ranges' slots).
    expect(l1First).toBeGreaterThan(runs / 2);
  });
});
