import { describe, expect, it } from 'vitest';
import { createSession } from '../index';
import { diffQueries } from './diff';
import { objectInfo } from './object-info';
import { flattenTree, queryNode } from './query-node';
import type { StateNode } from './state-tree';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from '../../tests/scenario/notes-crictl-files';

const now = () => Date.UTC(2026, 10, 28, 5, 15, 0);

function find(root: StateNode, id: string): StateNode | undefined {
  return flattenTree(root).find((n) => n.id === id);
}

async function session(lines: string[]) {
  const s = createSession({ seed: 3, now });
  for (const line of lines) expect((await s.run(line)).exitCode, line).toBe(0);
  return s;
}

describe('queryNode', () => {
  it('shows a pulled image down to its layers and the snapshots they were unpacked into', async () => {
    const s = await session(['ctr i pull docker.io/library/busybox:latest']);
    const tree = queryNode(s.node.state);
    const image = find(tree, 'ns/default/image/docker.io/library/busybox:latest');
    expect(image?.command).toBe('ctr -n default images ls name==docker.io/library/busybox:latest');
    const kinds = flattenTree(image as StateNode).map((n) => n.label.split(' ')[0]);
    expect(kinds).toEqual(expect.arrayContaining(['index', 'manifest', 'config', 'layer', 'unpacked']));
    // The unpacked layer is also a snapshot of the namespace, with no parent.
    const snapshots = find(tree, 'ns/default/snapshots');
    expect(snapshots?.children.map((c) => c.detail)).toEqual(['Committed']);
  });

  it('nests a task and its processes under the container, and reads them from the live state', async () => {
    const s = await session(['ctr i pull docker.io/library/busybox:latest', 'ctr run -d docker.io/library/busybox:latest c1 sleep 1000']);
    const before = queryNode(s.node.state);
    const task = find(before, 'ns/default/container/c1/task');
    expect(task?.detail).toMatch(/^RUNNING pid \d+$/);
    expect(task?.children.map((c) => c.id)).toEqual(['ns/default/container/c1/task/process/init']);
    // A snapshot made by the run is the child of the image's top layer.
    const active = find(before, 'ns/default/snapshot/overlayfs/c1');
    expect(active?.detail).toMatch(/^Active parent sha256:/);
    expect((await s.run('ctr t exec -d --exec-id e1 c1 sleep 50')).exitCode).toBe(0);
    expect(find(queryNode(s.node.state), 'ns/default/container/c1/task/process/e1')?.label).toMatch(/^e1 pid \d+$/);
  });

  it('gives ctr containers info text for a container and content get text for a manifest', async () => {
    const s = await session(['ctr i pull docker.io/library/busybox:latest', 'ctr c create docker.io/library/busybox:latest c2']);
    const c = find(queryNode(s.node.state), 'ns/default/container/c2') as StateNode;
    const printed = await s.run(c.command);
    expect(objectInfo(s.node.state, c.ref).text).toBe(printed.stdout);
    const manifest = flattenTree(queryNode(s.node.state)).find((n) => n.label.startsWith('manifest')) as StateNode;
    expect(objectInfo(s.node.state, manifest.ref).text).toBe((await s.run(manifest.command)).stdout);
    expect(objectInfo(s.node.state, { kind: 'lease', namespace: 'default', key: 'x' })).toEqual({});
  });

  it('shows the CRI plugin’s pods with their containers and docker’s own store', async () => {
    const s = await session([CRICTL_YAML, POD_CONFIG, CONTAINER_CONFIG, 'crictl run container-config.json pod-config.json', 'docker pull busybox']);
    const tree = queryNode(s.node.state);
    expect(find(tree, 'docker/images')?.children.map((c) => c.label)).toEqual(['docker.io/library/busybox:latest']);
    expect(find(tree, 'ns/k8s.io/image/docker.io/library/busybox:latest')).toBeDefined();
    const pods = find(tree, 'cri')?.children ?? [];
    expect(pods.map((p) => [p.label, p.detail.split(' ')[0]])).toEqual([['nginx-sandbox', 'READY']]);
    expect(pods[0]?.children.map((c) => [c.label, c.detail])).toEqual([['busybox', 'RUNNING busybox']]);
    // The pod's pause container and the CRI container are containerd containers in k8s.io too.
    expect(find(tree, 'ns/k8s.io/containers')?.children).toHaveLength(2);
    const inspect = await s.run(pods[0]?.children[0]?.command ?? '');
    expect(inspect.exitCode).toBe(0);
  });
});

describe('diffQueries', () => {
  it('reports what a command created, changed and removed', async () => {
    const s = await session(['ctr i pull docker.io/library/busybox:latest', 'ctr c create docker.io/library/busybox:latest c3']);
    const q0 = queryNode(s.node.state);
    await s.run('ctr t start -d c3');
    const q1 = queryNode(s.node.state);
    const started = diffQueries(q0, q1);
    expect(started.created).toEqual(['ns/default/container/c3/task', 'ns/default/container/c3/task/process/init']);
    expect(started.removed).toEqual([]);
    await s.run('ctr t kill -s SIGKILL c3');
    await s.run('sleep 1');
    const q2 = queryNode(s.node.state);
    expect(diffQueries(q1, q2).changed).toContain('ns/default/container/c3/task');
    await s.run('ctr t rm c3');
    const removed = diffQueries(q2, queryNode(s.node.state)).removed.map((r) => r.id);
    expect(removed).toEqual(['ns/default/container/c3/task', 'ns/default/container/c3/task/process/init']);
    expect(diffQueries(q2, q2)).toEqual({ created: [], changed: [], removed: [] });
  });
});
