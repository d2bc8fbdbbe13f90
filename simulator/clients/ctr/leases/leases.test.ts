import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { makeImagesNode } from '../../../containerd/images/test-support';
import { ctr } from '../ctr-test-support';

describe('ctr leases (transcript 07 and a real 1.6.20 node)', () => {
  it('lists, creates and lists again', async () => {
    const node = makeTestNode();
    expect(await ctr(node, 'leases ls')).toEqual({ stdout: 'ID CREATED AT LABELS \n', stderr: '', exit: 0 });
    const created = await ctr(node, 'leases create');
    expect(created.stdout).toMatch(/^\d{1,9}-[A-Za-z0-9_-]{4}\n$/);
    // The transcript's row, with the transcript's id given explicitly.
    const again = makeTestNode();
    await ctr(again, 'leases create --id 971102961-rH5U');
    expect((await ctr(again, 'leases ls')).stdout).toBe(
      'ID             CREATED AT           LABELS                                       \n' +
        '971102961-rH5U 2026-11-28T05:17:21Z containerd.io/gc.expire=2026-11-29T05:17:21Z \n',
    );
  });

  it('supports --id, -x 0, labels, -q and rm', async () => {
    const node = makeTestNode();
    expect((await ctr(node, 'leases create --id mylease a=b c')).stdout).toBe('mylease\n');
    expect((await ctr(node, 'leases create --id mylease')).stderr).toBe('ctr: lease "mylease": already exists\n');
    await ctr(node, 'leases create -x 0 --id noexp');
    expect((await ctr(node, 'leases ls')).stdout).toBe(
      'ID      CREATED AT           LABELS                                           \n' +
        'mylease 2026-11-28T05:17:21Z a=b,containerd.io/gc.expire=2026-11-29T05:17:21Z \n' +
        'noexp   2026-11-28T05:17:21Z -                                                \n',
    );
    expect((await ctr(node, 'leases ls -q')).stdout).toBe('mylease\nnoexp\n');
    expect(await ctr(node, 'leases rm mylease nope noexp')).toEqual({
      stdout: 'mylease\n',
      stderr: 'ctr: lease "nope": not found\n',
      exit: 1,
    });
    expect((await ctr(node, 'leases ls -q')).stdout).toBe('noexp\n');
  });

  it('wraps a bad namespace like ctr', async () => {
    expect((await ctr(makeTestNode(), '-n "bad ns" leases ls')).stderr).toBe(
      'ctr: failed to list leases: namespace validation: identifier "bad ns" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument\n',
    );
  });
  it('filters by id and labels', async () => {
    const node = makeTestNode();
    await ctr(node, 'leases create --id one team=a');
    await ctr(node, 'leases create --id two team=b');
    expect((await ctr(node, 'leases ls -q id==two')).stdout).toBe('two\n');
    expect((await ctr(node, 'leases ls -q labels.team==a')).stdout).toBe('one\n');
    // The leases store wraps the parser's invalid argument once more (metadata/leases.go:138).
    expect((await ctr(node, 'leases ls bogus==')).stderr).toBe(
      'ctr: failed to list leases: filters: parse error: [bogus==]: expected value or quoted: invalid argument: invalid argument\n',
    );
  });

  it('deletes an empty id as bolt does: not found without a leases bucket or with leases in it, else incompatible', async () => {
    const node = makeImagesNode();
    expect((await ctr(node, 'leases rm ""')).stderr).toBe('ctr: lease "": not found\n');
    await ctr(node, 'images import /root/busybox-oci.tar');
    expect((await ctr(node, 'leases rm ""')).stderr).toBe('ctr: incompatible value: unknown\n');
    await ctr(node, 'leases create --id l1');
    expect((await ctr(node, 'leases rm ""')).stderr).toBe('ctr: lease "": not found\n');
  });

  it('delete without an id shows its help and succeeds', async () => {
    const r = await ctr(makeTestNode(), 'leases rm --sync');
    expect([r.stdout.startsWith('NAME:\n   ctr leases delete - delete a lease\n'), r.stderr, r.exit]).toEqual([true, '', 0]);
  });

  it('keeps no label with an empty value, as the bolt store does (a later `a=` clears `a=1`)', async () => {
    const node = makeTestNode();
    await ctr(node, 'leases create --id l5 -x 0 a=1 b c= a=');
    await ctr(node, 'leases create --id l6 -x 0 k=v c=');
    expect((await ctr(node, 'leases ls')).stdout).toBe('ID CREATED AT           LABELS \nl5 2026-11-28T05:17:21Z -      \nl6 2026-11-28T05:17:21Z k=v    \n');
  });
});
