// A host-network pod with a hostname (tests/oracle/cri/fixtures/runtime-edges.json): runc
// refuses the pause task, RunPodSandbox fails and cleans up, and the name is free again.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';
import { installNodePlugins } from '../../node-plugins';
import type { PodSandboxConfig } from '../api/runtime-v1';
import { criServices } from '../index';

const hostPod: PodSandboxConfig = {
  metadata: { name: 'rt', uid: 'uid-rt-1', namespace: 'default', attempt: 1 },
  logDirectory: '/tmp/logs/rt',
  linux: { securityContext: { namespaceOptions: { network: 'NODE' } } },
};

describe('RunPodSandbox with a hostname on the node network', () => {
  it('fails at task creation with runc\'s text, leaves nothing, and frees the name', async () => {
    const s = createSession({ seed: 5 });
    installNodePlugins(s.node);
    const cri = criServices(s.node).runtime;
    await expect(cri.runPodSandbox({ config: { ...hostPod, hostname: 'rt-host' } })).rejects.toThrow(
      /^failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to set hostname without a private UTS namespace: unknown$/,
    );
    expect((await cri.listPodSandbox({})).items).toEqual([]);
    expect((await s.run('ctr -n k8s.io containers ls -q')).stdout).toBe('');
    const { podSandboxId } = await cri.runPodSandbox({ config: hostPod });
    expect((await cri.podSandboxStatus({ podSandboxId })).status.state).toBe('SANDBOX_READY');
  });
});
