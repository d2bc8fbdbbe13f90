import { describe, expect, it } from 'vitest';
import { createSession } from '../index';
import { CRICTL_YAML } from '../../tests/scenario/notes-crictl-files';
import { crossings, layersInOrder, recordLayer, startCallPath, tracedApi } from './call-path';

const now = () => Date.UTC(2026, 10, 28, 5, 15, 0);

async function pathsOf(lines: string[], setup: string[] = []): Promise<string[][]> {
  const s = createSession({ seed: 9, now });
  for (const line of setup) expect((await s.run(line)).exitCode, line).toBe(0);
  const paths: string[][] = [];
  for (const line of lines) {
    const stop = startCallPath(s.node);
    const result = await s.run(line);
    expect(result.exitCode, `${line}: ${result.stderr}`).toBe(0);
    paths.push(stop());
  }
  return paths;
}

describe('call paths recorded as commands run', () => {
  it('ctr c ls goes to containerd only; crictl ps stops at the CRI plugin, which answers from its own store', async () => {
    const [ctr, crictl] = await pathsOf(['ctr c ls', 'crictl ps'], [CRICTL_YAML]);
    expect(ctr).toEqual(['ctr', 'containerd']);
    // containerd 1.6 pkg/cri/server/container_list.go: ListContainers reads containerStore, no containerd call.
    expect(crictl).toEqual(['crictl', 'cri']);
  });

  it('crictl pull passes crictl → CRI plugin → containerd', async () => {
    const [pull] = await pathsOf(['crictl pull busybox'], [CRICTL_YAML]);
    expect(pull).toEqual(['crictl', 'cri', 'containerd']);
  });

  it('docker run passes docker → dockerd → containerd → shim → runc, ctr run skips dockerd', async () => {
    const [docker, ctr] = await pathsOf(['docker run -d --name d1 busybox sleep 100', 'ctr run -d docker.io/library/busybox:latest c1 sleep 100'], ['ctr i pull docker.io/library/busybox:latest']);
    expect(docker).toEqual(['docker', 'dockerd', 'containerd', 'shim', 'runc']);
    expect(layersInOrder(ctr ?? [])).toEqual(['ctr', 'containerd', 'shim', 'runc']);
  });

  it('nerdctl build reaches buildkitd', async () => {
    const [build] = await pathsOf(['nerdctl build -t b1 /b'], ['mkdir /b', "printf 'FROM busybox\\nRUN echo hi\\n' > /b/Dockerfile"]);
    expect(layersInOrder(build ?? []).slice(0, 3)).toEqual(['nerdctl', 'containerd', 'buildkit']);
  });
});

describe('the recorder', () => {
  it('records nothing when no one listens, and one crossing per change of layer', () => {
    const node = createSession({ seed: 1, now }).node;
    recordLayer(node, 'ctr');
    const stop = startCallPath(node);
    for (const layer of ['ctr', 'containerd', 'containerd', 'shim']) recordLayer(node, layer);
    const path = stop();
    expect(path).toEqual(['ctr', 'containerd', 'shim']);
    expect(crossings(path)).toEqual([
      { from: '', to: 'ctr' },
      { from: 'ctr', to: 'containerd' },
      { from: 'containerd', to: 'shim' },
    ]);
    recordLayer(node, 'runc');
    expect(path).toHaveLength(3);
  });

  it('wraps an API so that each call records its layer and returns what the call returns', () => {
    const node = createSession({ seed: 1, now }).node;
    const api = tracedApi(node, 'dockerd', { ping: () => 'OK', images: { list: (n: number) => n + 1 }, name: 'x' });
    const stop = startCallPath(node);
    expect(api.images.list(1)).toBe(2);
    expect(api.ping()).toBe('OK');
    expect(api.name).toBe('x');
    expect(stop()).toEqual(['dockerd']);
  });
});
