import { describe, expect, it } from 'vitest';
import { isFailedPrecondition, isNotFound } from '../../errdefs/errdefs';
import { addTestImage, containerOpts } from '../containers/test-image';
import { makeTestNode, thrown } from '../namespaces/test-support';
import { getSnapshot } from '../snapshots/snapshots';
import { connect } from './client';
import { parseSignal } from './tasks';

function setup() {
  const node = makeTestNode();
  addTestImage(node, 'default', 'docker.io/library/busybox:latest');
  return { node, client: connect(node).withNamespace('default') };
}

describe('Container.delete', () => {
  it('removes the snapshot only with snapshot cleanup', () => {
    const { node, client } = setup();
    client.containers.newContainer(containerOpts('c1'));
    client.containers.newContainer(containerOpts('c2'));
    client.containers.loadContainer('c1').delete({ snapshotCleanup: true });
    client.containers.loadContainer('c2').delete();
    expect(getSnapshot(node, 'default', 'overlayfs', 'c1')).toBeUndefined();
    expect(getSnapshot(node, 'default', 'overlayfs', 'c2')).toBeDefined();
    expect(isNotFound(thrown(() => client.containers.loadContainer('c1')))).toBe(true);
  });
  it('refuses a container that still has a task', () => {
    const { client } = setup();
    const c = client.containers.newContainer(containerOpts('c1', { args: ['sleep', '100'] }));
    c.newTask({ stdin: undefined });
    const err = thrown(() => c.delete({ snapshotCleanup: true }));
    expect(isFailedPrecondition(err)).toBe(true);
    expect((err as Error).message).toBe('cannot delete running task c1: failed precondition');
  });
});

describe('Task', () => {
  it('runs, is killed and deleted through its handle', () => {
    const { client } = setup();
    const { process: task } = client.containers.newContainer(containerOpts('t1', { args: ['sleep', '100'] })).newTask({ stdin: undefined });
    expect(task.status()).toBe('RUNNING');
    expect(client.tasks.list().map((t) => [t.id, t.status])).toEqual([['t1', 'RUNNING']]);
    task.kill(parseSignal('SIGKILL'));
    expect(task.state()?.exitStatus).toBe(137);
    expect(task.delete().exitStatus).toBe(137);
    expect(isNotFound(thrown(() => client.containers.loadContainer('t1').task()))).toBe(true);
  });
});
