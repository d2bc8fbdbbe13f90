import { describe, expect, it } from 'vitest';
import { makeTestNode } from '../containerd/namespaces/test-support';
import { mountTree, unmountTarget } from './mounts';

describe('host mounts', () => {
  it('shows the tree at the target and takes away only what it added', () => {
    const node = makeTestNode();
    const files = node.state.host.files;
    files['/mnt'] = { kind: 'dir', mode: 0o755, mtimeMs: 0 };
    files['/mnt/keep'] = { kind: 'file', content: 'mine', mode: 0o644, mtimeMs: 0 };
    mountTree(
      node,
      '/mnt',
      () => ({ '/bin': { kind: 'dir', mode: 0o755 }, '/bin/sh': { kind: 'symlink', content: 'busybox', mode: 0o777 }, '/keep': { kind: 'file', content: 'theirs', mode: 0o644 } }),
      { namespace: 'default', snapshotter: 'overlayfs' },
    );
    expect(files['/mnt/bin/sh']).toMatchObject({ kind: 'symlink', content: 'busybox' });
    expect(node.state.host.mounts?.['/mnt']?.paths).toEqual(['/mnt/bin', '/mnt/bin/sh']);
    unmountTarget(node, '/mnt');
    expect(Object.keys(files).filter((p) => p.startsWith('/mnt')).sort()).toEqual(['/mnt', '/mnt/keep']);
    expect(node.state.host.mounts?.['/mnt']).toBeUndefined();
  });

  it('refuses a target that is not a directory before reading the tree', () => {
    const node = makeTestNode();
    let read = false;
    const tree = () => {
      read = true;
      return {};
    };
    expect(() => mountTree(node, '/nope', tree, { namespace: 'default', snapshotter: 'overlayfs' })).toThrow('no such file or directory');
    node.state.host.files['/f'] = { kind: 'file', content: '', mode: 0o644, mtimeMs: 0 };
    expect(() => mountTree(node, '/f', tree, { namespace: 'default', snapshotter: 'overlayfs' })).toThrow('not a directory');
    expect(read).toBe(false);
  });
});
