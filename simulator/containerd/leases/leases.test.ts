import { describe, expect, it } from 'vitest';
import { isAlreadyExists, isNotFound } from '../../errdefs/errdefs';
import { makeTestNode } from '../namespaces/test-support';
import { createLease, deleteLease, listLeases, withClientLease } from './leases';
import { getNamespace } from '../namespaces/namespaces';

describe('leases', () => {
  it('creates ids shaped like containerd random ids with a 24h gc.expire label', () => {
    const node = makeTestNode();
    const lease = createLease(node, 'default');
    expect(lease.id).toMatch(/^\d{1,9}-[A-Za-z0-9_-]{4}$/);
    expect(lease.labels).toEqual({ 'containerd.io/gc.expire': '2026-11-29T05:17:21Z' });
    expect(lease.createdAt.startsWith('2026-11-28T05:17:21')).toBe(true);
  });
  it('honours --id, --expires 0 and labels; lists sorted; rejects duplicates', () => {
    const node = makeTestNode();
    createLease(node, 'default', { id: 'mylease', labels: { a: 'b' } });
    createLease(node, 'default', { id: 'noexp', expiresMs: 0 });
    expect(listLeases(node, 'default').map((l) => [l.id, l.labels])).toEqual([
      ['mylease', { a: 'b', 'containerd.io/gc.expire': '2026-11-29T05:17:21Z' }],
      ['noexp', {}],
    ]);
    expect(() => createLease(node, 'default', { id: 'mylease' })).toThrow('lease "mylease": already exists');
    try {
      createLease(node, 'default', { id: 'mylease' });
    } catch (err) {
      expect(isAlreadyExists(err)).toBe(true);
    }
  });
  it('deletes, and reports missing leases as not found without creating the namespace', () => {
    const node = makeTestNode();
    createLease(node, 'default', { id: 'x' });
    deleteLease(node, 'default', 'x');
    expect(listLeases(node, 'default')).toEqual([]);
    let err: unknown;
    try {
      deleteLease(node, 'other', 'x');
    } catch (e) {
      err = e;
    }
    expect(isNotFound(err) && (err as Error).message).toBe('lease "x": not found');
    expect(Object.keys(node.state.containerd.namespaces)).toEqual(['default']);
  });
  it("models the Go client's WithLease: the namespace is made, nothing is listed, and its deletion marks the store dirty even when the call fails", async () => {
    const node = makeTestNode();
    expect(node.state.containerd.gcDirtySinceMs).toBeUndefined();
    expect(withClientLease(node, 'fresh', () => 7)).toBe(7);
    expect(getNamespace(node, 'fresh')).toBeDefined();
    expect(listLeases(node, 'fresh')).toEqual([]);
    expect(node.state.containerd.gcDirtySinceMs).toBe(node.nowMs());

    const failing = makeTestNode();
    expect(() =>
      withClientLease(failing, 'other', () => {
        throw new Error('image not found');
      }),
    ).toThrow('image not found');
    expect(getNamespace(failing, 'other')).toBeDefined();
    expect(failing.state.containerd.gcDirtySinceMs).toBeDefined();

    const later = makeTestNode();
    const pending = withClientLease(later, 'default', async () => 'done');
    await expect(pending).resolves.toBe('done');
    expect(later.state.containerd.gcDirtySinceMs).toBeDefined();
  });
  it('refuses the lease (and runs nothing) without a valid namespace, as the lease Create does', () => {
    const node = makeTestNode();
    let ran = false;
    expect(() => withClientLease(node, '', () => (ran = true))).toThrow('namespace is required');
    expect(ran).toBe(false);
    expect(node.state.containerd.gcDirtySinceMs).toBeUndefined();
  });
});
