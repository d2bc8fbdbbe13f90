import { describe, expect, it } from 'vitest';
import { ensureNamespace } from '../../../containerd/namespaces/namespaces';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { ctr } from '../ctr-test-support';

describe('ctr namespaces (transcript 02)', () => {
  it('creates, labels, lists and removes exactly as the real ctr prints', async () => {
    const node = makeTestNode();
    expect(await ctr(node, 'namespaces ls')).toEqual({ stdout: 'NAME LABELS \n', stderr: '', exit: 0 });
    expect(await ctr(node, 'ns ls -q')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect((await ctr(node, 'namespaces create dev')).exit).toBe(0);
    expect(await ctr(node, 'namespaces create dev')).toEqual({ stdout: '', stderr: 'ctr: namespace "dev": already exists\n', exit: 1 });
    await ctr(node, 'ns create Bad_Name');
    expect(await ctr(node, 'ns create')).toEqual({ stdout: '', stderr: 'ctr: please specify a namespace\n', exit: 1 });
    expect((await ctr(node, 'ns ls')).stdout).toBe('NAME     LABELS \nBad_Name        \ndev             \n');
    await ctr(node, 'namespaces label dev team=web');
    await ctr(node, 'namespaces label dev env=prod tier=1');
    expect((await ctr(node, 'ns ls')).stdout).toBe(
      'NAME     LABELS                   \nBad_Name                          \ndev      env=prod,team=web,tier=1 \n',
    );
    await ctr(node, 'ns label dev team=');
    expect((await ctr(node, 'ns ls')).stdout).toBe('NAME     LABELS          \nBad_Name                 \ndev      env=prod,tier=1 \n');
    expect(await ctr(node, 'ns rm missing')).toEqual({ stdout: 'missing\n', stderr: '', exit: 0 });
    expect(await ctr(node, 'ns rm dev')).toEqual({ stdout: 'dev\n', stderr: '', exit: 0 });
    expect(await ctr(node, 'ns rm')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect((await ctr(node, 'ns create "bad name!"')).stderr).toBe(
      'ctr: identifier "bad name!" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument\n',
    );
    expect((await ctr(node, 'ns create -- -x')).stderr).toBe(
      'ctr: identifier "-x" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument\n',
    );
    await ctr(node, 'ns create labeled a=b c=d');
    expect((await ctr(node, 'ns ls')).stdout).toBe('NAME     LABELS  \nBad_Name         \nlabeled  a=b,c=d \n');
    expect(await ctr(node, 'ns rm Bad_Name labeled')).toEqual({ stdout: 'Bad_Name\nlabeled\n', stderr: '', exit: 0 });
  });

  it('rejects --label with the usage text (no such flag in 1.6)', async () => {
    const r = await ctr(makeTestNode(), 'ns create --label a=b labeled');
    expect(r.exit).toBe(1);
    expect(r.stdout).toBe(
      'Incorrect Usage: flag provided but not defined: -label\n\nNAME:\n   ctr namespaces create - create a new namespace\n\n' +
        'USAGE:\n   ctr namespaces create <name> [<key>=<value>]\n\nDESCRIPTION:\n   create a new namespace. it must be unique\n',
    );
    expect(r.stderr).toBe('ctr: flag provided but not defined: -label\n');
  });

  it('refuses a non-empty namespace with a logrus line and the first error (transcript 09)', async () => {
    const node = makeTestNode();
    const ns = ensureNamespace(node, 'k8s.io');
    ns.images['x'] = { name: 'x', target: { mediaType: 'm', digest: 'sha256:a', size: 1 }, labels: {}, createdAt: '', updatedAt: '' };
    ns.content['sha256:a'] = { labels: {}, createdAt: '', updatedAt: '' };
    ns.snapshots['overlayfs'] = { k: { kind: 'Committed', parent: '', labels: {}, createdAt: '', updatedAt: '', size: 0, inodes: 0 } };
    const r = await ctr(node, '-n k8s.io ns rm k8s.io');
    expect(r.exit).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'time="2026-11-28T05:17:21Z" level=error msg="unable to delete k8s.io" error="namespace \\"k8s.io\\" must be empty, but it still has images, blobs, snapshots on \\"overlayfs\\" snapshotter: failed precondition"\n' +
        'ctr: unable to delete k8s.io: namespace "k8s.io" must be empty, but it still has images, blobs, snapshots on "overlayfs" snapshotter: failed precondition\n',
    );
  });

  it('prints the group and verb help as ctr 1.6 does', async () => {
    const node = makeTestNode();
    expect((await ctr(node, 'namespaces --help')).stdout).toBe(
      'NAME:\n   ctr namespaces - manage namespaces\n\nUSAGE:\n   ctr namespaces command [command options] [arguments...]\n\n' +
        'COMMANDS:\n   create, c   create a new namespace\n   list, ls    list namespaces\n   remove, rm  remove one or more namespaces\n' +
        '   label       set and clear labels for a namespace\n\nOPTIONS:\n   --help, -h  show help\n   \n',
    );
    expect((await ctr(node, 'namespaces rm --help')).stdout).toBe(
      'NAME:\n   ctr namespaces remove - remove one or more namespaces\n\nUSAGE:\n   ctr namespaces remove [command options] <name> [<name>, ...]\n\n' +
        'DESCRIPTION:\n   remove one or more namespaces. for now, the namespace must be empty\n\nOPTIONS:\n   --cgroup, -c  delete the namespace\'s cgroup\n   \n',
    );
  });
});
