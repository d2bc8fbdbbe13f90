// The container config's user and privilege fields as containerd 1.6.20's CRI plugin takes them
// (tests/oracle/cri/fixtures/config-edges.json and edges-and-errors.json): users by id and by
// name from the image's /etc/passwd, supplemental groups, the refusals and their texts, the
// pod's etc files read-only with the rootfs, and a container without stdin.

import { describe, expect, it } from 'vitest';
import { subscribeEvents } from '../../containerd/events/events';
import { containerRpcs } from './container-service';
import { containerConfig, podConfig, podNode, POD_ID } from './test-support';

async function setup() {
  const { s, ctx } = await podNode();
  return { s, rpc: containerRpcs(ctx) };
}

const specOf = async (s: Awaited<ReturnType<typeof setup>>['s'], id: string) =>
  JSON.parse((await s.run(`ctr -n k8s.io c info ${id}`)).stdout).Spec as {
    process: { user: { uid: number; gid: number; additionalGids: number[] } };
    mounts: Array<{ destination: string; options: string[] }>;
  };

describe('CRI container security context', () => {
  it('run_as_user, run_as_group and supplemental groups: additionalGids merged and sorted', async () => {
    const { s, rpc } = await setup();
    const config = containerConfig('ids', ['id'], {
      linux: { securityContext: { runAsUser: { value: '1000' }, runAsGroup: { value: '2000' }, supplementalGroups: ['4000', '3000', '2000'] } },
    });
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config, sandboxConfig: podConfig });
    expect((await specOf(s, containerId)).process.user).toEqual({ uid: 1000, gid: 2000, additionalGids: [2000, 3000, 4000] });
  });

  it('run_as_username is looked up in the image: nobody is 65534:65534, and the container is stored once', async () => {
    const { s, rpc } = await setup();
    const topics: string[] = [];
    subscribeEvents(s.node, (e) => topics.push(e.topic), () => true);
    const config = containerConfig('byname', ['id'], { linux: { securityContext: { runAsUsername: 'nobody' } } });
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config, sandboxConfig: podConfig });
    expect((await specOf(s, containerId)).process.user).toEqual({ uid: 65534, gid: 65534, additionalGids: [65534] });
    // WithUser runs inside NewContainer: one /containers/create, no /containers/update.
    expect(topics.filter((t) => t.startsWith('/containers/'))).toEqual(['/containers/create']);
  });

  it('an unknown user name fails inside NewContainer and leaves no container or snapshot', async () => {
    const { s, rpc } = await setup();
    const before = (await s.run('ctr -n k8s.io snapshots ls')).stdout;
    const config = containerConfig('nouser', ['id'], { linux: { securityContext: { runAsUsername: 'nosuchuser' } } });
    await expect(rpc.createContainer({ podSandboxId: POD_ID, config, sandboxConfig: podConfig })).rejects.toThrow(
      /^failed to create containerd container: mount callback failed on \/var\/lib\/containerd\/tmpmounts\/containerd-mount\d+: no users found$/,
    );
    expect((await s.run('ctr -n k8s.io snapshots ls')).stdout).toBe(before);
    expect((await rpc.listContainers({})).containers).toEqual([]);
    // The name was not kept reserved.
    const again = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('nouser', ['id']), sandboxConfig: podConfig });
    expect(again.containerId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a group without a user, and a privileged container in an unprivileged pod, are refused', async () => {
    const { rpc } = await setup();
    await expect(
      rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('g', ['id'], { linux: { securityContext: { runAsGroup: { value: '2000' } } } }), sandboxConfig: podConfig }),
    ).rejects.toThrow(/^failed to get container spec opts: failed to generate user string: user group "2000" is specified without user$/);
    await expect(
      rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('p', ['true'], { linux: { securityContext: { privileged: true } } }), sandboxConfig: podConfig }),
    ).rejects.toThrow(/^failed to generate container "[0-9a-f]{64}" spec: no privileged container allowed in sandbox$/);
  });

  it('a read-only rootfs makes the pod hostname, hosts and resolv.conf binds ro, not /dev/shm', async () => {
    const { s, rpc } = await setup();
    const config = containerConfig('ro', ['true'], { linux: { securityContext: { readonlyRootfs: true } } });
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config, sandboxConfig: podConfig });
    const binds = Object.fromEntries((await specOf(s, containerId)).mounts.slice(6).map((m) => [m.destination, m.options[2]]));
    expect(binds).toEqual({ '/etc/hostname': 'ro', '/etc/hosts': 'ro', '/etc/resolv.conf': 'ro', '/dev/shm': 'rw' });
  });

  it('without stdin the process reads /dev/null: busybox default CMD sh exits 0, Completed', async () => {
    const { s, rpc } = await setup();
    const config = { ...containerConfig('default', []), command: undefined };
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config, sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    await s.run('sleep 1');
    const { status } = await rpc.containerStatus({ containerId });
    expect([status.state, status.exitCode, status.reason]).toEqual(['CONTAINER_EXITED', 0, 'Completed']);
  });
});
