// A pod's hostname is its containers' too: they join the pause process's UTS namespace
// (tests/oracle/cri/fixtures/pod-network-cni.json: `hostname` in a container of a pod with
// hostname netpod-host printed netpod-host), and a pod without one shows the node's name.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';
import { installNodePlugins } from '../../node-plugins';
import type { PodSandboxConfig } from '../api/runtime-v1';
import { criServices } from '../index';

const pod = (name: string): PodSandboxConfig => ({ metadata: { name, uid: `uid-${name}`, namespace: 'default', attempt: 1 }, logDirectory: `/tmp/logs/${name}` });

async function hostnameIn(config: PodSandboxConfig): Promise<string> {
  const s = createSession({ seed: 7 });
  installNodePlugins(s.node);
  await s.run('ctr -n k8s.io i pull docker.io/library/busybox:latest');
  const cri = criServices(s.node).runtime;
  const { podSandboxId } = await cri.runPodSandbox({ config });
  const { containerId } = await cri.createContainer({
    podSandboxId,
    config: { metadata: { name: 'c', attempt: 0 }, image: { image: 'docker.io/library/busybox:latest' }, command: ['sleep', '1000'] },
    sandboxConfig: config,
  });
  await cri.startContainer({ containerId });
  return (await cri.execSync({ containerId, cmd: ['sh', '-c', 'hostname; cat /proc/sys/kernel/hostname'], timeout: 5 })).stdout;
}

describe('the UTS namespace of a pod\'s containers', () => {
  it('shows the pod\'s hostname', async () => {
    expect(await hostnameIn({ ...pod('netpod'), hostname: 'netpod-host' })).toBe('netpod-host\nnetpod-host\n');
  });

  it('shows the node\'s name when the pod sets none', async () => {
    expect(await hostnameIn(pod('plain'))).toBe('node1\nnode1\n');
  });
});
