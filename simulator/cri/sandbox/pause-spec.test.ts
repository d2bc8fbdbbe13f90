// The pause container's spec (containerd 1.6.20 pkg/cri/server/sandbox_run_linux.go
// sandboxContainerSpec; the host-network form as pod-lifecycle.json records it, the pod-network
// form as pod-network-cni.json does).

import { describe, expect, it } from 'vitest';
import { pauseSpec } from './pause-spec';

const ID = 'ab'.repeat(32);
const IMAGE = { user: '65535:65535', env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], entrypoint: ['/pause'], cmd: [], workingDir: '/' };

describe('pauseSpec', () => {
  it('host network: no uts or network namespace, the default cgroup path, the image user', () => {
    const spec = pauseSpec(ID, { metadata: { name: 'web', uid: 'u', namespace: 'default', attempt: 1 }, linux: { securityContext: { namespaceOptions: { network: 'NODE' } } } }, IMAGE, '') as never as {
      process: { user: unknown; args: string[]; oomScoreAdj: number };
      hostname?: string;
      linux: { namespaces: unknown; cgroupsPath: string };
    };
    expect(spec.process.user).toEqual({ uid: 65535, gid: 65535, additionalGids: [65535] });
    expect(spec.process.args).toEqual(['/pause']);
    expect(spec.process.oomScoreAdj).toBe(-998);
    expect(spec.hostname).toBeUndefined();
    expect(spec.linux.namespaces).toEqual([{ type: 'pid' }, { type: 'ipc' }, { type: 'mount' }]);
    expect(spec.linux.cgroupsPath).toBe(`/k8s.io/${ID}`);
  });

  it('pod network with hostname, cgroup parent, sysctls, resources and supplemental groups', () => {
    const spec = pauseSpec(
      ID,
      {
        metadata: { name: 'netpod', uid: 'u', namespace: 'default', attempt: 1 },
        hostname: 'netpod-host',
        linux: {
          cgroupParent: '/kubepods/pod1/',
          sysctls: { 'net.ipv4.ip_forward': '1' },
          resources: { cpuShares: '512', memoryLimitInBytes: '67108864' },
          securityContext: { supplementalGroups: ['10', '65535'] },
        },
      },
      IMAGE,
      '/var/run/netns/cni-x',
    ) as never as Record<string, Record<string, unknown>>;
    expect(spec.hostname).toBe('netpod-host');
    expect(Object.keys(spec)).toEqual(['ociVersion', 'process', 'root', 'hostname', 'mounts', 'annotations', 'linux']);
    expect(Object.keys(spec.linux ?? {}).slice(0, 4)).toEqual(['sysctl', 'resources', 'cgroupsPath', 'namespaces']);
    expect(spec.linux?.cgroupsPath).toBe(`/kubepods/pod1/${ID}`);
    expect(spec.linux?.namespaces).toEqual([{ type: 'pid' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }, { type: 'network', path: '/var/run/netns/cni-x' }]);
    expect((spec.process?.user as { additionalGids: number[] }).additionalGids).toEqual([65535, 10]);
    expect(spec.annotations).toMatchObject({
      'io.kubernetes.cri.sandbox-cpu-period': '0',
      'io.kubernetes.cri.sandbox-cpu-shares': '512',
      'io.kubernetes.cri.sandbox-memory': '67108864',
    });
    expect(Object.keys(spec.annotations ?? {})).toEqual([...Object.keys(spec.annotations ?? {})].sort());
  });
});
