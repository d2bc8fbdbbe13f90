// The invariant checker itself must catch each broken rule, or the property runs prove nothing.

import { describe, expect, it } from 'vitest';
import { emptyNamespace, type ContainerdState } from '../../simulator/containerd/metadata/schema';
import { holdsObjects, invariantViolations } from './invariants';

function state(): ContainerdState {
  return { uuid: 'u', blobs: {}, namespaces: { default: emptyNamespace() }, events: [] };
}

const snap = (parent: string) => ({ kind: 'Active' as const, parent, labels: {}, createdAt: '', updatedAt: '', size: 0, inodes: 0 });

/** Image `img` whose target is the blob `digest` of type `mediaType`. */
const image = (mediaType: string, digest: string) => ({
  name: 'img',
  target: { mediaType, digest, size: 1 },
  labels: {},
  createdAt: '',
  updatedAt: '',
});

describe('invariantViolations', () => {
  it('accepts an empty node', () => {
    expect(invariantViolations(state())).toEqual([]);
  });
  it('flags a task without container, a container without snapshot, an orphan snapshot, missing blobs', () => {
    const s = state();
    const ns = s.namespaces['default']!;
    ns.tasks['t'] = {} as never;
    ns.containers['c'] = { snapshotter: 'overlayfs', snapshotKey: 'c' } as never;
    ns.snapshots['overlayfs'] = { x: snap('gone') };
    ns.images['img'] = image('application/vnd.oci.image.manifest.v1+json', 'sha256:m');
    const problems = invariantViolations(s);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/task t has no container/);
    expect(problems.join('\n')).toMatch(/container c lost its snapshot/);
    expect(problems.join('\n')).toMatch(/snapshot overlayfs\/x has no parent gone/);
    expect(problems.join('\n')).toMatch(/sha256:m missing from the content store/);
  });
  it('flags a committed snapshot whose layer files are gone', () => {
    const s = state();
    s.namespaces['default']!.snapshots['overlayfs'] = { base: { ...snap(''), kind: 'Committed', layerDigest: 'sha256:l' } };
    expect(invariantViolations(s)).toEqual(['default: snapshot overlayfs/base lost the files of layer sha256:l']);
    s.blobs['sha256:l'] = { digest: 'sha256:l', size: 1, mediaType: 'x', files: {} };
    expect(invariantViolations(s)).toEqual([]);
  });
  it('follows an index to the amd64 manifest and its config and layers', () => {
    const s = state();
    const ns = s.namespaces['default']!;
    const index = { manifests: [{ digest: 'sha256:m', platform: { os: 'linux', architecture: 'amd64' } }] };
    s.blobs['sha256:i'] = { digest: 'sha256:i', size: 1, mediaType: 'x', data: JSON.stringify(index) };
    s.blobs['sha256:m'] = { digest: 'sha256:m', size: 1, mediaType: 'x', data: JSON.stringify({ config: { digest: 'sha256:c' }, layers: [{ digest: 'sha256:l' }] }) };
    for (const d of ['sha256:i', 'sha256:m']) ns.content[d] = { labels: {}, createdAt: '', updatedAt: '' };
    ns.images['img'] = image('application/vnd.oci.image.index.v1+json', 'sha256:i');
    expect(invariantViolations(s)).toEqual([
      'default: image img config sha256:c missing from the content store',
      'default: image img layer sha256:l missing from the content store',
    ]);
  });
  it('knows what blocks a namespace removal', () => {
    const ns = emptyNamespace();
    expect(holdsObjects(ns)).toBe(false);
    ns.leases['l'] = { id: 'l', createdAt: '', labels: {} };
    expect(holdsObjects(ns)).toBe(false);
    ns.snapshots['native'] = { k: snap('') };
    expect(holdsObjects(ns)).toBe(true);
  });
});
