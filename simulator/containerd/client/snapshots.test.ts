import { describe, expect, it } from 'vitest';
import { isInvalidArgument } from '../../errdefs/errdefs';
import { makeTestNode, thrown } from '../namespaces/test-support';
import { connect } from './client';

describe('SnapshotService', () => {
  it('walks in key order through the default snapshotter', () => {
    const sn = connect(makeTestNode()).withNamespace('default').snapshots.service('');
    sn.prepare('b', '');
    sn.commit('base', 'b');
    sn.view('v', 'base');
    sn.prepare('a', 'base', { x: '1' });
    expect(sn.walk().map((i) => [i.name, i.kind, i.parent])).toEqual([
      ['a', 'Active', 'base'],
      ['base', 'Committed', ''],
      ['v', 'View', 'base'],
    ]);
    expect(sn.update('a', { x: '', y: '2' }).labels).toEqual({ y: '2' });
  });
  it("reports Walk's refused namespace as the stream's unknown error, after the snapshotter check", () => {
    const client = connect(makeTestNode());
    const err = thrown(() => client.withNamespace('').snapshots.service('').walk());
    expect((err as Error).message).toBe('namespace is required: failed precondition: unknown');
    expect(isInvalidArgument(thrown(() => client.withNamespace('').snapshots.service('zfs').walk()))).toBe(true);
  });
});
