import { describe, expect, it } from 'vitest';
import { isAlreadyExists, isFailedPrecondition, isInvalidArgument, isNotFound } from '../../errdefs/errdefs';
import { makeTestNode, thrown } from '../namespaces/test-support';
import {
  applyLayer,
  chainId,
  commit,
  list,
  mounts,
  prepare,
  remove,
  removeFile,
  snapshotFileLookup,
  snapshotFileMap,
  snapshotFiles,
  stat,
  updateLabels,
  usage,
  view,
  writeFile,
} from './snapshots';

const ROOT = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots';

describe('chainId', () => {
  it('is the diff id for one layer and sha256("parent diffid") above it', () => {
    const a = 'sha256:' + 'a'.repeat(64);
    const b = 'sha256:' + 'b'.repeat(64);
    expect(chainId([])).toBe('');
    expect(chainId([a])).toBe(a);
    // sha256 of "sha256:aaa… sha256:bbb…", computed independently with sha256sum.
    expect(chainId([a, b])).toBe('sha256:ccd722928bd92476ba1745586fed6e45a102504185ad88cd89e01ff116fd146c');
    expect(chainId([a, b])).not.toBe(chainId([b, a]));
  });
});

describe('prepare / view / commit / remove', () => {
  it('builds a chain with stable backend ids and overlay mounts', () => {
    const node = makeTestNode();
    prepare(node, 'default', 'overlayfs', 'base');
    expect(mounts(node, 'default', 'overlayfs', 'base')).toEqual([{ type: 'bind', source: `${ROOT}/1/fs`, options: ['rw', 'rbind'] }]);
    commit(node, 'default', 'overlayfs', 'layer1', 'base');
    prepare(node, 'default', 'overlayfs', 'c1', 'layer1');
    commit(node, 'default', 'overlayfs', 'layer2', 'c1');
    const m = prepare(node, 'default', 'overlayfs', 'c4', 'layer2');
    expect(m).toEqual([
      {
        type: 'overlay',
        source: 'overlay',
        options: ['index=off', `workdir=${ROOT}/3/work`, `upperdir=${ROOT}/3/fs`, `lowerdir=${ROOT}/2/fs:${ROOT}/1/fs`],
      },
    ]);
    view(node, 'default', 'overlayfs', 'v1', 'layer1');
    expect(mounts(node, 'default', 'overlayfs', 'v1')).toEqual([{ type: 'bind', source: `${ROOT}/1/fs`, options: ['ro', 'rbind'] }]);
    view(node, 'default', 'overlayfs', 'v2', 'layer2');
    expect(mounts(node, 'default', 'overlayfs', 'v2')[0]?.options).toEqual(['index=off', `lowerdir=${ROOT}/2/fs:${ROOT}/1/fs`]);
    expect(list(node, 'default', 'overlayfs').map((s) => [s.name, s.parent, s.kind])).toEqual([
      ['c4', 'layer2', 'Active'],
      ['layer1', '', 'Committed'],
      ['layer2', 'layer1', 'Committed'],
      ['v1', 'layer1', 'View'],
      ['v2', 'layer2', 'View'],
    ]);
    expect(node.state.containerd.events.map((e) => e.topic)).toEqual([
      '/snapshot/prepare',
      '/snapshot/commit',
      '/snapshot/prepare',
      '/snapshot/commit',
      '/snapshot/prepare',
    ]);
  });

  it('raises containerd errors with its wording', () => {
    const node = makeTestNode();
    prepare(node, 'default', 'overlayfs', 'base');
    commit(node, 'default', 'overlayfs', 'layer1', 'base');
    prepare(node, 'default', 'overlayfs', 'c1', 'layer1');
    let err = thrown(() => prepare(node, 'default', 'overlayfs', 'c1', 'layer1'));
    expect(isAlreadyExists(err) && (err as Error).message).toBe('snapshot "c1": already exists');
    err = thrown(() => prepare(node, 'default', 'overlayfs', 'c2', 'nope'));
    expect(isNotFound(err) && (err as Error).message).toBe('parent snapshot nope does not exist: not found');
    err = thrown(() => prepare(node, 'default', 'overlayfs', 'c3', 'c1'));
    expect(isInvalidArgument(err) && (err as Error).message).toBe(
      'failed to create snapshot: parent "default/3/c1" is not committed snapshot: invalid argument',
    );
    err = thrown(() => commit(node, 'default', 'overlayfs', 'layer1', 'base'));
    expect((err as Error).message).toBe('snapshot "layer1": already exists');
    err = thrown(() => mounts(node, 'default', 'overlayfs', 'layer1'));
    expect(isFailedPrecondition(err) && (err as Error).message).toBe(
      'failed to get active mount: requested snapshot default/2/layer1 not active or view: failed precondition',
    );
    view(node, 'default', 'overlayfs', 'v', 'layer1');
    err = thrown(() => commit(node, 'default', 'overlayfs', 'x', 'v'));
    expect((err as Error).message).toBe('failed to commit snapshot: snapshot "default/5/v" is not active: failed precondition');
    err = thrown(() => remove(node, 'default', 'overlayfs', 'layer1'));
    expect(isFailedPrecondition(err) && (err as Error).message).toBe('cannot remove snapshot with child: failed precondition');
    err = thrown(() => remove(node, 'default', 'overlayfs', 'nope'));
    expect((err as Error).message).toBe('snapshot nope does not exist: not found');
    expect((thrown(() => list(node, 'default', 'bogus')) as Error).message).toBe('snapshotter not loaded: bogus: invalid argument');
    err = thrown(() => commit(node, 'default', 'overlayfs', 'x', 'nope'));
    expect(isNotFound(err) && (err as Error).message).toBe('snapshot nope does not exist: not found');
  });

  it('commits nothing where the namespace never held a snapshot of that snapshotter', () => {
    const node = makeTestNode();
    prepare(node, 'default', 'overlayfs', 'base');
    for (const [ns, snapshotter] of [['default', 'native'], ['other', 'overlayfs']] as const) {
      const err = thrown(() => commit(node, ns, snapshotter, 'x', 'base'));
      expect(isNotFound(err) && (err as Error).message).toBe(`can not find snapshotter "${snapshotter}": not found`);
    }
  });

  it('does not create the namespace on reads, and keeps snapshotters apart', () => {
    const node = makeTestNode();
    expect(list(node, 'other', 'overlayfs')).toEqual([]);
    expect(node.state.containerd.namespaces).toEqual({});
    prepare(node, 'default', 'native', 'nb');
    expect(mounts(node, 'default', 'native', 'nb')).toEqual([
      { type: 'bind', source: '/var/lib/containerd/io.containerd.snapshotter.v1.native/snapshots/1', options: ['rbind', 'rw'] },
    ]);
    expect(list(node, 'default', 'overlayfs')).toEqual([]);
  });

  it('removes leaves and updates labels', () => {
    const node = makeTestNode();
    prepare(node, 'default', 'overlayfs', 'a', '', { 'containerd.io/gc.root': 'x' });
    const info = updateLabels(node, 'default', 'overlayfs', 'a', { foo: 'bar', 'containerd.io/gc.root': '' });
    expect(info.labels).toEqual({ foo: 'bar' });
    expect(stat(node, 'default', 'overlayfs', 'a').labels).toEqual({ foo: 'bar' });
    remove(node, 'default', 'overlayfs', 'a');
    expect(isNotFound(thrown(() => stat(node, 'default', 'overlayfs', 'a')))).toBe(true);
  });
});

describe('files and usage', () => {
  it('merges layer blobs and the upper dir, honouring deletions', () => {
    const node = makeTestNode();
    node.state.containerd.blobs['sha256:l1'] = {
      digest: 'sha256:l1',
      size: 10,
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      unpackedSize: 2 * 1024 * 1024,
      files: {
        'bin/': { kind: 'dir', mode: 0o755 },
        'bin/sh': { kind: 'file', mode: 0o755, size: 100 },
        'etc/os-release': { kind: 'file', mode: 0o644, content: 'NAME=busybox' },
      },
    };
    prepare(node, 'default', 'overlayfs', 'extract', '');
    applyLayer(node, 'default', 'overlayfs', 'extract', 'sha256:l1');
    commit(node, 'default', 'overlayfs', 'sha256:chain', 'extract');
    expect(usage(node, 'default', 'overlayfs', 'sha256:chain')).toEqual({ size: 4096 + 2 * 1024 * 1024, inodes: 4 });
    prepare(node, 'default', 'overlayfs', 'c1', 'sha256:chain');
    expect(usage(node, 'default', 'overlayfs', 'c1')).toEqual({ size: 4096, inodes: 1 });
    writeFile(node, 'default', 'overlayfs', 'c1', '/tmp/hello', { kind: 'file', mode: 0o644, content: 'hi' });
    removeFile(node, 'default', 'overlayfs', 'c1', '/bin');
    const files = snapshotFiles(node, 'default', 'overlayfs', 'c1');
    expect(Object.keys(files).sort()).toEqual(['/etc/os-release', '/tmp/hello']);
    expect(usage(node, 'default', 'overlayfs', 'c1')).toEqual({ size: 8192, inodes: 3 });
    expect(Object.keys(snapshotFiles(node, 'default', 'overlayfs', 'sha256:chain')).sort()).toEqual([
      '/bin',
      '/bin/sh',
      '/etc/os-release',
    ]);
    expect(isFailedPrecondition(thrown(() => writeFile(node, 'default', 'overlayfs', 'sha256:chain', '/x', { kind: 'dir', mode: 0o755 })))).toBe(true);
  });

  it('answers one path at a time as the merged view does, whiteouts and re-created paths included', () => {
    const node = makeTestNode();
    node.state.containerd.blobs['sha256:l1'] = {
      digest: 'sha256:l1',
      size: 1,
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      files: { 'bin/': { kind: 'dir', mode: 0o755 }, 'bin/sh': { kind: 'file', mode: 0o755 }, './etc//os-release': { kind: 'file', mode: 0o644 } },
    };
    prepare(node, 'default', 'overlayfs', 'extract', '');
    applyLayer(node, 'default', 'overlayfs', 'extract', 'sha256:l1');
    commit(node, 'default', 'overlayfs', 'base', 'extract');
    prepare(node, 'default', 'overlayfs', 'c1', 'base');
    removeFile(node, 'default', 'overlayfs', 'c1', '/bin');
    writeFile(node, 'default', 'overlayfs', 'c1', '/bin/ls', { kind: 'file', mode: 0o755 });
    writeFile(node, 'default', 'overlayfs', 'c1', '/tmp/x', { kind: 'file', mode: 0o644 });
    removeFile(node, 'default', 'overlayfs', 'c1', '/tmp');
    const merged = snapshotFileMap(node, 'default', 'overlayfs', 'c1');
    const lookup = snapshotFileLookup(node, 'default', 'overlayfs', 'c1');
    for (const path of ['/', '/bin', '/bin/sh', '/bin/ls', '/etc', '/etc/os-release', '/tmp', '/tmp/x', '/nope']) {
      expect([path, lookup(path)]).toEqual([path, merged.get(path)]);
    }
    expect(lookup('/bin/ls')).toBeDefined();
    expect(lookup('/bin/sh')).toBeUndefined();
  });

  it('shows a re-created chain with its new layers, and each caller its own copy of the files', () => {
    const node = makeTestNode();
    const layer = (digest: string, files: Record<string, { kind: 'file'; mode: number; content: string }>) => {
      node.state.containerd.blobs[digest] = { digest, size: 1, mediaType: 'application/vnd.oci.image.layer.v1.tar', files };
    };
    const build = (digest: string) => {
      prepare(node, 'default', 'overlayfs', 'extract', '');
      applyLayer(node, 'default', 'overlayfs', 'extract', digest);
      commit(node, 'default', 'overlayfs', 'base', 'extract');
      prepare(node, 'default', 'overlayfs', 'c1', 'base');
    };
    layer('sha256:a', { 'a.txt': { kind: 'file', mode: 0o644, content: 'a' } });
    layer('sha256:b', { 'b.txt': { kind: 'file', mode: 0o644, content: 'b' } });
    build('sha256:a');
    const first = snapshotFiles(node, 'default', 'overlayfs', 'c1');
    delete first['/a.txt'];
    expect(Object.keys(snapshotFiles(node, 'default', 'overlayfs', 'c1'))).toEqual(['/a.txt']);
    remove(node, 'default', 'overlayfs', 'c1');
    remove(node, 'default', 'overlayfs', 'base');
    build('sha256:b');
    expect(Object.keys(snapshotFiles(node, 'default', 'overlayfs', 'c1'))).toEqual(['/b.txt']);
    writeFile(node, 'default', 'overlayfs', 'c1', '/c.txt', { kind: 'file', mode: 0o644, content: 'c' });
    expect(Object.keys(snapshotFiles(node, 'default', 'overlayfs', 'c1'))).toEqual(['/b.txt', '/c.txt']);
    expect(Object.keys(snapshotFiles(node, 'default', 'overlayfs', 'base'))).toEqual(['/b.txt']);
  });
});
