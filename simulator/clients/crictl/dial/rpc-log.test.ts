// The CRI client's per-RPC deadlines, remote_runtime.go / remote_image.go @k8s.io/kubernetes
// v1.26.0 (vendored by cri-tools v1.26.0): r.timeout by default, twice it for RunPodSandbox
// (:163), plus the stop timeout for StopContainer (:339), plus the exec timeout for ExecSync
// when one is given (:458-464), none for PullImage, ImageFsInfo and ListContainerStats.
import { describe, expect, it } from 'vitest';
import { RPC_LOG, rpcDeadlineMs } from './rpc-log';

describe('rpcDeadlineMs', () => {
  it.each([
    ['listContainers', {}, 2000],
    ['runPodSandbox', {}, 4000],
    ['stopContainer', { timeout: 10 }, 12000],
    ['execSync', { timeout: 0 }, undefined],
    ['execSync', { timeout: 3 }, 5000],
    ['pullImage', {}, undefined],
    ['imageFsInfo', {}, undefined],
    ['listContainerStats', {}, undefined],
  ])('%s %j', (rpc, req, expected) => {
    expect(rpcDeadlineMs(rpc, req, 2000)).toBe(expected);
  });

  it('logs no klog line for PodSandboxStatus (remote_runtime.go:241-256)', () => {
    expect(RPC_LOG.podSandboxStatus).toBeUndefined();
    expect(RPC_LOG.containerStatus?.source).toBe('remote_runtime.go:415');
  });
});
