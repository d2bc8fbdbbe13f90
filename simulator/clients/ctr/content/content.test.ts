import { describe, expect, it } from 'vitest';
import { makeImagesNode } from '../../../containerd/images/test-support';
import { ctr } from '../ctr-test-support';

describe('ctr content (transcript 07)', () => {
  it('lists blobs with tab padding, decimal sizes and ages', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    const ls = (await ctr(node, 'content ls')).stdout.split('\n');
    expect(ls[0]).toBe('DIGEST\t\t\t\t\t\t\t\t\tSIZE\tAGE\t\t\tLABELS');
    expect(ls).toContain(
      'sha256:7e654956148e270e997c538bf94bedce203a12593e8a076c2f144ab7d7433b1c\t1.029MB\tLess than a second\tcontainerd.io/uncompressed=sha256:51389e34881cbae78c13029e5ae0094c144bc24dca14f2c1a10ac0bbbf39c044',
    );
    expect((await ctr(node, 'content ls -q')).stdout.split('\n')).toHaveLength(5);
  });

  it('gets blobs byte for byte and fails like ctr', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    const get = await ctr(node, 'content get sha256:fc480f01af0ac256cc3196a957b5ae9d2bec486fc389156e1cfcb470865a7d30');
    expect(get.stdout.startsWith('{"architecture":"amd64"')).toBe(true);
    expect(get.stdout.endsWith('}')).toBe(true);
    expect((await ctr(node, `content get sha256:${'0'.repeat(64)}`)).stderr).toBe(`ctr: content digest sha256:${'0'.repeat(64)}: not found\n`);
    expect((await ctr(node, 'content get nope')).stderr).toBe('ctr: invalid checksum digest format\n');
    expect((await ctr(node, 'content get')).stderr).toBe('ctr: invalid checksum digest format\n');
    // Only the first digest counts; the rest are not even parsed.
    const first = await ctr(node, 'content get sha256:fc480f01af0ac256cc3196a957b5ae9d2bec486fc389156e1cfcb470865a7d30 nope');
    expect([first.stdout, first.exit]).toEqual([get.stdout, 0]);
  });

  it('labels and deletes blobs; unsupported verbs say so', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    const digest = 'sha256:bff38f7f22acc98f1c9a4fa12ad6776979a99bc4d8977838f8a872bd737b2301';
    expect((await ctr(node, `content label ${digest} x=1`)).stdout.trim().split(',').sort()).toEqual([
      'containerd.io/gc.ref.content.m.0=sha256:3897836b2df1f0294a4bb98faf34bd80855666ea916ccb84c6bc07b471f0d7dc',
      'x=1',
    ]);
    expect((await ctr(node, `content rm ${digest} sha256:${'1'.repeat(64)}`)).stdout).toBe(`${digest}\n`);
    // Without the node's shell (no CommandIO.runChild) no editor can run: edit.test.ts runs one.
    const edit = await ctr(node, `content edit --editor vi sha256:7e654956148e270e997c538bf94bedce203a12593e8a076c2f144ab7d7433b1c`);
    expect(edit.exit).toBe(1);
    expect(edit.stderr).toContain('not simulated here');
  });

  it('edit checks --validate, the digest, the blob and the editor before any editor runs', async () => {
    const node = makeImagesNode();
    await ctr(node, 'images import /root/busybox-oci.tar');
    const digest = 'sha256:bff38f7f22acc98f1c9a4fa12ad6776979a99bc4d8977838f8a872bd737b2301';
    expect((await ctr(node, `content edit --validate json ${digest}`)).stderr).toBe('ctr: validating the edit result not supported\n');
    expect((await ctr(node, 'content edit')).stderr).toBe('ctr: invalid checksum digest format\n');
    expect((await ctr(node, `content edit sha256:${'0'.repeat(64)}`)).stderr).toBe(`ctr: content digest sha256:${'0'.repeat(64)}: not found\n`);
    expect((await ctr(node, `content edit ${digest}`)).stderr).toBe('ctr: editor is required\n');
  });

  it('content ls asks for the namespace before it parses the filters', async () => {
    const r = await ctr(makeImagesNode(), '-n "" content ls "labels.a/b"');
    expect(r.stderr).toBe('ctr: namespace is required: failed precondition\n');
  });
});
