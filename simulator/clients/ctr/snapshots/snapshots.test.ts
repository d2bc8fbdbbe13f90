import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../../../containerd/namespaces/test-support';
import { commit, prepare } from '../../../containerd/snapshots/snapshots';
import { ctr } from '../ctr-test-support';

const BASE = 'sha256:51389e34881cbae78c13029e5ae0094c144bc24dca14f2c1a10ac0bbbf39c044';
const NGINX = 'sha256:4d20d6afd662967fcb39efd18045c533126b1e8a71109a43b9cc274431e489a7';
const ROOT = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots';

/** The overlayfs state of transcript 07: busybox and nginx unpacked, five containers. */
function transcriptNode() {
  const node = makeTestNode();
  prepare(node, 'default', 'overlayfs', 'extract-1', '');
  commit(node, 'default', 'overlayfs', BASE, 'extract-1');
  prepare(node, 'default', 'overlayfs', 'extract-2', BASE);
  commit(node, 'default', 'overlayfs', NGINX, 'extract-2');
  for (const key of ['c1', 'b1', 't4']) prepare(node, 'default', 'overlayfs', key, BASE);
  for (const key of ['web1', 'web2']) prepare(node, 'default', 'overlayfs', key, NGINX);
  return node;
}

describe('ctr snapshots (transcript 07)', () => {
  it('lists in key order with padding and trailing spaces', async () => {
    const r = await ctr(transcriptNode(), 'snapshots ls');
    expect(r.stdout).toBe(
      [
        'KEY                                                                     PARENT                                                                  KIND      ',
        `b1                                                                      ${BASE} Active    `,
        `c1                                                                      ${BASE} Active    `,
        `${NGINX} ${BASE} Committed `,
        `${BASE}                                                                         Committed `,
        `t4                                                                      ${BASE} Active    `,
        `web1                                                                    ${NGINX} Active    `,
        `web2                                                                    ${NGINX} Active    `,
        '',
      ].join('\n'),
    );
  });

  it('draws the tree like ctr', async () => {
    expect((await ctr(transcriptNode(), 'snapshots tree')).stdout).toBe(
      ` ${BASE}\n  \\_ b1\n  \\_ c1\n  \\_ ${NGINX}\n    \\_ web1\n    \\_ web2\n  \\_ t4\n`,
    );
  });

  it('prints info JSON, usage, mounts and removal errors', async () => {
    const node = transcriptNode();
    const info = await ctr(node, 'snapshots info b1');
    expect(info.stdout).toMatch(
      new RegExp(`^\\{\\n    "Kind": "Active",\\n    "Name": "b1",\\n    "Parent": "${BASE}",\\n    "Created": "2026-11-28T05:17:21\\.\\d+Z",\\n    "Updated": "2026-11-28T05:17:21\\.\\d+Z"\\n\\}\\n$`),
    );
    expect((await ctr(node, 'snapshots usage b1')).stdout).toBe('KEY SIZE    INODES \nb1  4.0 KiB 1      \n');
    expect((await ctr(node, 'snapshots usage -b b1')).stdout).toBe('KEY SIZE INODES \nb1  4096 1      \n');
    expect((await ctr(node, 'snapshots mounts /mnt b1')).stdout).toBe(
      `mount -t overlay overlay /mnt -o index=off,workdir=${ROOT}/4/work,upperdir=${ROOT}/4/fs,lowerdir=${ROOT}/1/fs\n`,
    );
    expect(await ctr(node, 'snapshots rm b1')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(await ctr(node, 'snapshots rm nope')).toEqual({
      stdout: '',
      stderr: 'ctr: failed to remove "nope": snapshot nope does not exist: not found\n',
      exit: 1,
    });
    expect((await ctr(node, `snapshots rm ${BASE}`)).stderr).toBe(
      `ctr: failed to remove "${BASE}": cannot remove snapshot with child: failed precondition\n`,
    );
    expect((await ctr(node, 'snapshots usage c1 nope')).stdout).toBe('');
  });

  it('keeps snapshotters apart and rejects unknown ones', async () => {
    const node = transcriptNode();
    expect((await ctr(node, 'snapshots --snapshotter native ls')).stdout).toBe('KEY PARENT KIND \n');
    expect((await ctr(node, 'snapshots ls', { CONTAINERD_SNAPSHOTTER: 'native' })).stdout).toBe('KEY PARENT KIND \n');
    expect((await ctr(node, 'snapshots --snapshotter bogus ls')).stderr).toBe('ctr: snapshotter not loaded: bogus: invalid argument\n');
    expect((await ctr(node, '-n "bad ns" snapshots ls')).stderr).toBe(
      'ctr: namespace validation: identifier "bad ns" must match ^[A-Za-z0-9]+(?:[._-](?:[A-Za-z0-9]+))*$: invalid argument: unknown\n',
    );
  });

  it('prepares, views, commits and labels like ctr 1.6 (checked on a real node)', async () => {
    const node = makeTestNode();
    expect(await ctr(node, 'snapshots prepare base')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect((await ctr(node, 'snapshots prepare base')).stderr).toBe('ctr: snapshot "base": already exists\n');
    expect((await ctr(node, 'snapshots mounts /mnt base')).stdout).toBe(`mount -t bind ${ROOT}/1/fs /mnt -o rw,rbind\n`);
    await ctr(node, 'snapshots commit layer1 base');
    expect((await ctr(node, 'snapshots info layer1')).stdout).toContain('"Labels": {\n        "containerd.io/gc.root": "2026-11-28T05:17:21Z"\n    },');
    expect((await ctr(node, 'snapshots prepare --mounts -t /x c1 layer1')).stdout).toBe(
      `mount -t overlay overlay /x -o index=off,workdir=${ROOT}/2/work,upperdir=${ROOT}/2/fs,lowerdir=${ROOT}/1/fs\n` +
        `[\n    {\n        "Type": "overlay",\n        "Source": "overlay",\n        "Options": [\n            "index=off",\n` +
        `            "workdir=${ROOT}/2/work",\n            "upperdir=${ROOT}/2/fs",\n            "lowerdir=${ROOT}/1/fs"\n        ]\n    }\n]\n`,
    );
    expect((await ctr(node, 'snapshots prepare c3 c1')).stderr).toBe(
      'ctr: failed to create snapshot: parent "default/3/c1" is not committed snapshot: invalid argument\n',
    );
    await ctr(node, 'snapshots view v1 layer1');
    expect((await ctr(node, 'snapshots info v1')).stdout).not.toContain('Labels');
    expect((await ctr(node, 'snapshots mounts /mnt layer1')).stderr).toBe(
      'ctr: failed to get active mount: requested snapshot default/2/layer1 not active or view: failed precondition\n',
    );
    expect((await ctr(node, 'snapshots label c1 foo=bar x')).stdout).toBe('containerd.io/gc.root=2026-11-28T05:17:21Z,foo=bar,x=true\n');
    expect((await ctr(node, 'snapshots label c1 foo=')).stdout).toBe('containerd.io/gc.root=2026-11-28T05:17:21Z,x=true\n');
    expect((await ctr(node, 'snapshots label')).stderr).toBe('ctr: snapshot  does not exist: not found\n');
    // A missing key committed under its own name: the overlay storage's text, without the key
    // (gen-5004 #16 on the real node).
    expect((await ctr(node, 'snapshots commit s9 s9')).stderr).toBe('ctr: snapshot does not exist: not found\n');
    expect((await ctr(node, 'snapshots commit s8 s9')).stderr).toBe('ctr: snapshot s9 does not exist: not found\n');
    expect((await ctr(node, 'snapshots commit only')).stdout).toContain('USAGE:\n   ctr snapshots commit <key> <active>\n');
    expect((await ctr(node, 'snapshots usage')).stdout).toBe(
      'KEY    SIZE    INODES \nc1     4.0 KiB 1      \nlayer1 4.0 KiB 1      \nv1     0.0 B   0      \n',
    );
    // The diff service writes the layer and ctr copies it to stdout: a gzip stream.
    const diff = await ctr(node, 'snapshots diff c1');
    expect(diff.exit).toBe(0);
    expect(diff.stdout.slice(0, 2)).toBe('\x1f\x8b');
    expect((await ctr(node, 'snapshots diff --media-type application/x-foo c1')).stderr).toBe('ctr: unsupported diff media type: application/x-foo: not implemented\n');
    // The checks before the diff service: an id, and snapshots that exist (snapshots.go diffCommand).
    expect((await ctr(node, 'snapshots diff')).stderr).toBe('ctr: snapshot id must be provided\n');
    expect((await ctr(node, 'snapshots diff nosuch')).stderr).toBe('ctr: snapshot nosuch does not exist: not found\n');
    expect((await ctr(node, 'snapshots diff c1 nosuch')).stderr).toBe('ctr: snapshot nosuch does not exist: not found\n');
  });

  it('prints the group help of ctr 1.6', async () => {
    expect((await ctr(makeTestNode(), 'snapshots --help')).stdout).toBe(
      'NAME:\n   ctr snapshots - manage snapshots\n\nUSAGE:\n   ctr snapshots command [command options] [arguments...]\n\nCOMMANDS:\n' +
        '   commit                   commit an active snapshot into the provided name\n' +
        "   diff                     get the diff of two snapshots. the default second snapshot is the first snapshot's parent.\n" +
        '   info                     get info about a snapshot\n   list, ls                 list snapshots\n' +
        '   mounts, m, mount         mount gets mount commands for the snapshots\n' +
        '   prepare                  prepare a snapshot from a committed snapshot\n' +
        '   delete, del, remove, rm  remove snapshots\n   label                    add labels to content\n' +
        '   tree                     display tree view of snapshot branches\n' +
        '   unpack                   unpack applies layers from a manifest to a snapshot\n   usage                    usage snapshots\n' +
        '   view                     create a read-only snapshot from a committed snapshot\n\nOPTIONS:\n' +
        '   --snapshotter value  snapshotter name. Empty value stands for the default value. [$CONTAINERD_SNAPSHOTTER]\n' +
        '   --help, -h           show help\n   \n',
    );
  });
});
