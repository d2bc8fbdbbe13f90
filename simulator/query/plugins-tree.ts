// The stores beside containerd's: the CRI plugin's pod sandboxes and their containers (its own
// records, cri/store), and Docker Engine's image store and containers (dockerd/store). What
// they show through crictl and docker comes from these records.

import type { CriState } from '../cri/store/schema';
import type { DockerdState } from '../dockerd/store/schema';
import { group, type StateNode } from './state-tree';

/** crictl and docker accept a unique prefix; 13 characters is what crictl ps prints. */
const short = (id: string, n: number) => id.slice(0, n);

function podName(config: Record<string, unknown>, fallback: string): string {
  const metadata = config['metadata'];
  const name = typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>)['name'] : undefined;
  return typeof name === 'string' ? name : fallback;
}

export function criTree(cri: CriState): StateNode {
  const containersOf = new Map<string, StateNode[]>();
  for (const c of Object.values(cri.containers)) {
    const node: StateNode = {
      id: `cri/pod/${c.sandboxId}/container/${c.id}`,
      ref: { kind: 'cri-container', namespace: 'k8s.io', key: c.id },
      label: podName(c.config, c.name),
      detail: `${c.state.replace('CONTAINER_', '')} ${c.imageName}`,
      command: `crictl inspect ${short(c.id, 13)}`,
      stamp: `${c.state} ${c.pid} ${c.exitCode}`,
      children: [],
    };
    const list = containersOf.get(c.sandboxId) ?? [];
    list.push(node);
    containersOf.set(c.sandboxId, list);
  }
  const pods = Object.values(cri.sandboxes).map(
    (p): StateNode => ({
      id: `cri/pod/${p.id}`,
      ref: { kind: 'pod', namespace: 'k8s.io', key: p.id },
      label: podName(p.config, p.name),
      detail: `${p.state.replace('SANDBOX_', '')}${p.ip ? ` ${p.ip}` : ''}`,
      command: `crictl inspectp ${short(p.id, 13)}`,
      stamp: `${p.state} ${p.pid}`,
      children: containersOf.get(p.id) ?? [],
    }),
  );
  return group('cri', 'CRI pods', pods);
}

export function dockerdTree(dockerd: DockerdState): StateNode {
  const tagsOf = new Map<string, string[]>();
  for (const [reference, id] of Object.entries(dockerd.references)) {
    const list = tagsOf.get(id) ?? [];
    list.push(reference);
    tagsOf.set(id, list);
  }
  const images = Object.values(dockerd.images).map((image): StateNode => {
    const tags = tagsOf.get(image.id) ?? [];
    return {
      id: `docker/image/${image.id}`,
      ref: { kind: 'docker-image', namespace: '', key: image.id },
      label: tags[0] ?? `<none> ${short(image.id, 12)}`,
      detail: `${short(image.id, 12)} ${image.diffIds.length} layers`,
      command: `docker image inspect ${short(image.id, 12)}`,
      stamp: tags.join(' '),
      children: [],
    };
  });
  const containers = Object.values(dockerd.containers).map(
    (c): StateNode => ({
      id: `docker/container/${c.id}`,
      ref: { kind: 'docker-container', namespace: '', key: c.id },
      label: c.name,
      detail: `${c.state.status} ${c.image}`,
      command: `docker inspect ${c.name}`,
      stamp: `${c.name} ${c.state.status} ${c.state.pid} ${c.state.exitCode}`,
      children: [],
    }),
  );
  return group('docker', 'docker', [group('docker/images', 'images', images), group('docker/containers', 'containers', containers)]);
}
