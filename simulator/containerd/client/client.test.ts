import { describe, expect, it } from 'vitest';
import { ContainerdError, isFailedPrecondition, isInvalidArgument } from '../../errdefs/errdefs';
import { BUSYBOX_CONFIG, BUSYBOX_INDEX, importFixture, makeImagesNode } from '../images/test-support';
import { thrown } from '../namespaces/test-support';
import { connect } from './client';

describe('client images', () => {
  it('lists by name and filter, refusing what the metadata store refuses', () => {
    const node = makeImagesNode();
    importFixture(node, '/root/busybox-oci.tar');
    const { images } = connect(node).withNamespace('default');
    expect(images.list().map((i) => i.name)).toEqual(['docker.io/library/busybox:latest']);
    expect(images.list(['name==nope'])).toEqual([]);
    const bad = thrown(() => images.list(['bad filter']));
    expect(isInvalidArgument(bad)).toBe(true);
    // The store wraps the parse error once more: "invalid argument" ends the message twice.
    expect((bad as Error).message).toMatch(/: invalid argument: invalid argument$/);
    const none = thrown(() => connect(node).withNamespace('').images.list());
    expect(isFailedPrecondition(none)).toBe(true);
  });

  it('walks an image from its target as the Go client does (config, platforms, check)', () => {
    const node = makeImagesNode();
    const [image] = importFixture(node, '/root/busybox-oci.tar');
    const { images } = connect(node).withNamespace('default');
    if (!image) throw new Error('no image');
    expect(image.target.digest).toBe(BUSYBOX_INDEX);
    expect(images.config(image.target).digest).toBe(BUSYBOX_CONFIG);
    expect(images.platforms(image.target).map((p) => `${p.os}/${p.architecture}`)).toContain('linux/amd64');
    expect(images.check(image.target).missing).toEqual([]);
    expect(images.isUnpacked(image, 'overlayfs')).toBe(false);
    images.unpack(image, 'overlayfs');
    expect(images.isUnpacked(image, 'overlayfs')).toBe(true);
  });

  it('deletes synchronously only when asked: the collector then runs before the call returns', () => {
    const node = makeImagesNode();
    importFixture(node, '/root/busybox-oci.tar');
    const { images, content } = connect(node).withNamespace('default');
    const before = content.list().length;
    images.create({ name: 'copy', target: images.get('docker.io/library/busybox:latest').target });
    images.delete('copy');
    images.delete('docker.io/library/busybox:latest', { synchronous: true });
    expect(before).toBeGreaterThan(0);
    expect(content.list()).toEqual([]);
  });
});

describe('client events', () => {
  it('delivers only what the filters ask for, and refuses a malformed filter as the stream would', () => {
    const node = makeImagesNode();
    const client = connect(node);
    const seen: string[] = [];
    const stop = client.withNamespace('default').events.subscribe(['topic~="/namespaces/"'], (e) => seen.push(`${e.namespace} ${e.topic}`));
    client.namespaces.create('demo', {}, 'default');
    client.namespaces.setLabel('demo', 'a', 'b', 'k8s.io');
    importFixture(node, '/root/busybox-oci.tar');
    stop();
    client.namespaces.delete('demo');
    expect(seen).toEqual(['default /namespaces/create', 'k8s.io /namespaces/update']);
    const bad = thrown(() => client.withNamespace('default').events.subscribe(['bad filter'], () => undefined));
    expect(bad).toBeInstanceOf(ContainerdError);
    expect((bad as Error).message).toMatch(/^rpc error: code = Unknown desc = subscription error: failed parsing subscription filters: /);
  });
});

describe('client namespaces, leases and content', () => {
  it('answer in the request namespace', () => {
    const node = makeImagesNode();
    const client = connect(node);
    client.namespaces.create('dev', { team: 'a' }, 'default');
    expect(client.namespaces.list()).toContain('dev');
    expect(client.namespaces.labels('dev')).toEqual({ team: 'a' });
    const { leases } = client.withNamespace('dev');
    leases.create({ id: 'l1', expiresMs: 0, labels: { k: 'v' } });
    leases.create({ id: 'l2', expiresMs: 0 });
    expect(leases.list(['labels.k==v']).map((l) => l.id)).toEqual(['l1']);
    leases.delete('l1');
    expect(leases.list().map((l) => l.id)).toEqual(['l2']);
    expect(isFailedPrecondition(thrown(() => client.withNamespace('').content.list()))).toBe(true);
  });
});
