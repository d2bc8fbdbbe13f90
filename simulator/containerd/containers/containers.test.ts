import { describe, expect, it } from 'vitest';
import { makeTestNode, thrown } from '../namespaces/test-support';
import { isAlreadyExists, isInvalidArgument, isNotFound } from '../../errdefs/errdefs';
import { listEvents } from '../events/events';
import { getSnapshot } from '../snapshots/snapshots';
import { getContainer, listContainers, updateContainerLabels } from './containers';
import { newContainer } from './new-container';
import { addTestImage, containerOpts as opts } from './test-image';

const BUSYBOX = 'docker.io/library/busybox:latest';

function setup() {
  const node = makeTestNode();
  addTestImage(node, 'default', BUSYBOX, { labels: { a: '1', b: '2' } });
  return node;
}

describe('newContainer', () => {
  it('prepares the snapshot first, copies image labels and adds the stop signal', () => {
    const node = setup();
    const c = newContainer(node, 'default', opts('c1'));
    expect(c.labels).toEqual({ a: '1', b: '2', 'io.containerd.image.config.stop-signal': 'SIGTERM' });
    expect(c.runtime).toEqual({ name: 'io.containerd.runc.v2', options: { type_url: 'containerd.runc.v1.Options' } });
    expect(c.spec.process.args).toEqual(['sh']);
    expect(c.spec.linux?.cgroupsPath).toBe('/default/c1');
    expect(getSnapshot(node, 'default', 'overlayfs', 'c1')?.kind).toBe('Active');
    const topics = listEvents(node).map((e) => e.topic);
    expect(topics.slice(-2)).toEqual(['/snapshot/prepare', '/containers/create']);
  });
  it('fails a duplicate id on the snapshot, and a missing image as not found', () => {
    const node = setup();
    newContainer(node, 'default', opts('c1'));
    const dup = thrown(() => newContainer(node, 'default', opts('c1')));
    expect(isAlreadyExists(dup)).toBe(true);
    expect((dup as Error).message).toBe('snapshot "c1": already exists');
    const missing = thrown(() => newContainer(node, 'default', opts('c2', { ref: 'docker.io/library/missing:latest' })));
    expect(isNotFound(missing)).toBe(true);
  });
  it('builds env, terminal and host networking into the spec', () => {
    const node = setup();
    const c = newContainer(node, 'default', opts('n1', { env: ['A=1'], terminal: true, netHost: true, cwd: '/tmp', args: ['env'] }));
    expect(c.spec.process.env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=1', 'TERM=xterm', 'HOSTNAME=node1']);
    expect(Object.keys(c.spec.process)[0]).toBe('terminal');
    expect(c.spec.linux?.namespaces?.map((n) => n.type)).toEqual(['pid', 'ipc', 'uts', 'mount']);
    expect(c.spec.mounts.slice(-2).map((m) => m.destination)).toEqual(['/etc/hosts', '/etc/resolv.conf']);
  });
});

describe('containers store', () => {
  it('lists sorted by id and refuses an empty label update like ctr 1.6', () => {
    const node = setup();
    newContainer(node, 'default', opts('web1'));
    newContainer(node, 'default', opts('c3'));
    expect(listContainers(node, 'default').map((c) => c.id)).toEqual(['c3', 'web1']);
    expect(isInvalidArgument(thrown(() => updateContainerLabels(node, 'default', 'c3', {})))).toBe(true);
    updateContainerLabels(node, 'default', 'c3', { a: '' , x: 'y' });
    expect(getContainer(node, 'default', 'c3').labels).toEqual({ b: '2', 'io.containerd.image.config.stop-signal': 'SIGTERM', x: 'y' });
  });
});
