import { describe, expect, it } from 'vitest';
import { listEvents, subscribeEvents } from '../containerd/events/events';
import { listImages } from '../containerd/images/image-store';
import { BUSYBOX_CONFIG, importFixture, makeImagesNode } from '../containerd/images/test-support';
import { makeNode } from '../node';

const managedRows = (node: ReturnType<typeof makeImagesNode>, ns: string) =>
  listImages(node, ns).map((i) => `${i.name} ${i.labels['io.cri-containerd.image'] ?? '-'}`);

describe('CRI image bookkeeping', () => {
  it('manages images created in k8s.io and adds the config-digest reference', () => {
    const node = makeImagesNode();
    importFixture(node, '/root/busybox-oci.tar', 'k8s.io');
    expect(managedRows(node, 'k8s.io')).toEqual(['docker.io/library/busybox:latest managed', `${BUSYBOX_CONFIG} managed`]);
    importFixture(node, '/root/busybox-oci.tar', 'default');
    expect(listImages(node, 'default')[0]?.labels).toEqual({});
  });

  it('reacts to the event before the service call returns, and subscribers see events in ring order', () => {
    const node = makeImagesNode();
    const seen: string[] = [];
    subscribeEvents(node, (e) => seen.push(`${e.topic} ${String(e.event.name)}`));
    importFixture(node, '/root/busybox-oci.tar', 'k8s.io');
    const ring = listEvents(node).filter((e) => e.topic.startsWith('/images/')).map((e) => `${e.topic} ${String(e.event.name)}`);
    expect(seen.filter((l) => l.startsWith('/images/'))).toEqual(ring);
    expect(ring).toEqual([
      '/images/create docker.io/library/busybox:latest',
      `/images/create ${BUSYBOX_CONFIG}`,
      '/images/update docker.io/library/busybox:latest',
    ]);
  });

  it('is a plugin installed on the node: a node made without it leaves images alone', () => {
    const unplugged = makeNode(structuredClone(makeImagesNode().state), () => 0);
    importFixture(unplugged, '/root/busybox-oci.tar', 'k8s.io');
    expect(managedRows(unplugged, 'k8s.io')).toEqual(['docker.io/library/busybox:latest -']);
  });
});
