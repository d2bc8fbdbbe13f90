// The container RPCs against the recorded behaviour of containerd 1.6.20's CRI plugin
// (tests/oracle/cri/fixtures/pod-lifecycle.json): states, exit codes, reasons, labels as ctr
// shows them, and the error texts.

import { describe, expect, it } from 'vitest';
import { v } from '../../schema/kit';
import { CriContainerRecordSchema } from '../store/container-record';
import { containerRpcs } from './container-service';
import { containerConfig, podConfig, podNode, POD_ID } from './test-support';

async function setup() {
  const { s, ctx } = await podNode();
  return { s, ctx, rpc: containerRpcs(ctx) };
}

describe('CRI container service', () => {
  it('creates a CREATED container with the CRI labels and name, as ctr -n k8s.io shows it', async () => {
    const { s, rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['sleep', '1000']), sandboxConfig: podConfig });
    expect(containerId).toMatch(/^[0-9a-f]{64}$/);
    const { status, info } = await rpc.containerStatus({ containerId, verbose: true });
    expect(status.state).toBe('CONTAINER_CREATED');
    expect(status.startedAt).toBe('0');
    expect(status.logPath).toBe('/tmp/pods/web/main.log');
    // fixture: ContainerStatus of a CREATED container shows the image's tag, pid 0, config in Go's JSON.
    expect(status.image).toEqual({ image: 'docker.io/library/busybox:latest', annotations: {} });
    const parsed = JSON.parse(info.info ?? '{}');
    expect(Object.keys(parsed)).toEqual(['sandboxID', 'pid', 'removing', 'snapshotKey', 'snapshotter', 'runtimeType', 'runtimeOptions', 'config', 'runtimeSpec']);
    expect(parsed.config).toEqual({ metadata: { name: 'main' }, image: { image: 'busybox' }, command: ['sleep', '1000'], labels: { tier: 'test' }, log_path: 'main.log' });
    expect(parsed.runtimeSpec.annotations['io.kubernetes.cri.sandbox-name']).toBe('web');
    const info2 = await s.run(`ctr -n k8s.io c info ${containerId}`);
    expect(JSON.parse(info2.stdout).Labels).toEqual({ 'io.cri-containerd.kind': 'container', tier: 'test' });
    const tasks = await s.run('ctr -n k8s.io t ls');
    expect(tasks.stdout).not.toContain(containerId);
  });

  it('refuses a second container of the same name and a missing sandbox, with 1.6.20 texts', async () => {
    const { rpc } = await setup();
    const first = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['true']), sandboxConfig: podConfig });
    await expect(rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['true']), sandboxConfig: podConfig })).rejects.toThrow(
      `failed to reserve container name "main_web_default_uid-web-1_0": name "main_web_default_uid-web-1_0" is reserved for "${first.containerId}"`,
    );
    // fixture pod-lifecycle.json: CreateContainer in "f00dbeef" → NotFound.
    await expect(rpc.createContainer({ podSandboxId: 'f00dbeef', config: containerConfig('lost', ['true']), sandboxConfig: podConfig })).rejects.toThrow(
      'failed to find sandbox id "f00dbeef": not found',
    );
    await expect(
      rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('x', ['true'], { image: { image: 'nothere' } }), sandboxConfig: podConfig }),
    ).rejects.toThrow('failed to resolve image "nothere": not found');
  });

  it('starts, exits by itself with Error and its code, and the task is deleted', async () => {
    const { s, rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('once', ['sh', '-c', 'echo bye; exit 3']), sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    await s.run('sleep 1');
    const { status } = await rpc.containerStatus({ containerId });
    expect(status.state).toBe('CONTAINER_EXITED');
    expect(status.exitCode).toBe(3);
    expect(status.reason).toBe('Error');
    expect((await s.run('ctr -n k8s.io t ls')).stdout).not.toContain(containerId);
    // fixture: StartContainer of an exited container.
    await expect(rpc.startContainer({ containerId })).rejects.toThrow(`failed to set starting state for container "${containerId}": container is in CONTAINER_EXITED state`);
  });

  it('shows a ctr -n k8s.io t kill -s 9 of a running container as EXITED 137', async () => {
    const { s, rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('top', ['top']), sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    expect((await rpc.containerStatus({ containerId })).status.state).toBe('CONTAINER_RUNNING');
    expect((await s.run(`ctr -n k8s.io t ls`)).stdout).toMatch(new RegExp(`${containerId}\\s+\\d+\\s+RUNNING`));
    const killed = await s.run(`ctr -n k8s.io t kill -s 9 ${containerId}`);
    expect(killed.exitCode).toBe(0);
    const { status } = await rpc.containerStatus({ containerId });
    expect(status.state).toBe('CONTAINER_EXITED');
    expect(status.exitCode).toBe(137);
    expect(status.reason).toBe('Error');
  });

  it('stops with SIGTERM (143) and removes; an unknown id is no error for remove', async () => {
    const { s, rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['sleep', '1000']), sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    await rpc.stopContainer({ containerId, timeout: 1 });
    const { status } = await rpc.containerStatus({ containerId });
    expect(status.state).toBe('CONTAINER_EXITED');
    expect(status.exitCode).toBe(143);
    await rpc.stopContainer({ containerId, timeout: 1 });
    await rpc.removeContainer({ containerId });
    await expect(rpc.containerStatus({ containerId })).rejects.toThrow(`an error occurred when try to find container "${containerId}": not found`);
    await expect(rpc.removeContainer({ containerId: 'deadbeef' })).resolves.toBeUndefined();
    await expect(rpc.stopContainer({ containerId: 'deadbeef', timeout: 0 })).rejects.toThrow('an error occurred when try to find container "deadbeef": not found');
    expect((await s.run('ctr -n k8s.io c ls -q')).stdout).not.toContain(containerId);
  });

  it('removes a running container by stopping it forcibly first', async () => {
    const { rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['sleep', '1000']), sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    await rpc.removeContainer({ containerId });
    expect((await rpc.listContainers({})).containers).toEqual([]);
  });

  it('lists with state, pod, label and unique-prefix id filters', async () => {
    const { rpc } = await setup();
    const a = (await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('a', ['sleep', '1000']), sandboxConfig: podConfig })).containerId;
    const b = (await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('b', ['sleep', '1000'], { labels: { tier: 'db' } }), sandboxConfig: podConfig })).containerId;
    await rpc.startContainer({ containerId: a });
    const ids = async (filter: object) => (await rpc.listContainers({ filter })).containers.map((c) => c.id);
    expect(await ids({ state: { state: 'CONTAINER_RUNNING' } })).toEqual([a]);
    expect(await ids({ labelSelector: { tier: 'db' } })).toEqual([b]);
    expect(await ids({ id: b.slice(0, 6) })).toEqual([b]);
    expect(await ids({ podSandboxId: POD_ID.slice(0, 8) })).toEqual([a, b]);
    expect(await ids({ podSandboxId: 'ffff' })).toEqual([]);
  });

  it('updates resources into the spec and the status, and reports stats of a running task', async () => {
    const { rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['sleep', '1000']), sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    await rpc.updateContainerResources({ containerId, linux: { cpuShares: '512', memoryLimitInBytes: '67108864' } });
    const { status } = await rpc.containerStatus({ containerId });
    // fixture: memorySwapLimitInBytes follows the memory limit.
    expect(status.resources?.linux).toMatchObject({ cpuShares: '512', memoryLimitInBytes: '67108864', memorySwapLimitInBytes: '67108864', cpuPeriod: '0' });
    const { stats } = await rpc.containerStats({ containerId });
    expect(stats.attributes.id).toBe(containerId);
    expect(Number(stats.cpu?.usageCoreNanoSeconds?.value)).toBeGreaterThan(0);
    expect(Number(stats.memory?.workingSetBytes?.value)).toBeGreaterThan(0);
    expect(stats.writableLayer?.fsId.mountpoint).toBe('/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs');
    await expect(rpc.containerStats({ containerId: 'deadbeef' })).rejects.toThrow('failed to find container: not found');
    await expect(rpc.updateContainerResources({ containerId: 'deadbeef', linux: { cpuShares: '512' } })).rejects.toThrow('failed to find container: not found');
  });

  // tests/oracle/cri/fixtures/learner-restarts-images-updates.json #49-#53: runc refuses the
  // shares (CRI casts -5 to uint64, above the maximum); the error is wrapped twice and the spec
  // goes back to what it was.
  it('puts the old spec back when the running task refuses the new resources', async () => {
    const { s, rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['sleep', '1000']), sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    await rpc.updateContainerResources({ containerId, linux: { cpuShares: '2' } });
    await expect(rpc.updateContainerResources({ containerId, linux: { cpuShares: '-5' } })).rejects.toThrow(
      'failed to update resources: failed to update resources: runc did not terminate successfully: exit status 1: the maximum allowed cpu-shares is 262144\n: unknown',
    );
    expect((await s.run(`ctr -n k8s.io c info ${containerId} | grep -A2 '"cpu"'`)).stdout).toContain('"shares": 2\n');
    expect((await rpc.containerStatus({ containerId })).status.resources?.linux?.cpuShares).toBe('2');
  });

  it('stops nginx with the image STOPSIGNAL (SIGQUIT): a graceful exit 0, reason Completed', async () => {
    const { s, rpc } = await setup();
    await s.run('ctr -n k8s.io i pull docker.io/library/nginx:1.25');
    const { containerId } = await rpc.createContainer({
      podSandboxId: POD_ID,
      config: containerConfig('web', [], { image: { image: 'nginx:1.25' }, command: undefined }),
      sandboxConfig: podConfig,
    });
    await rpc.startContainer({ containerId });
    const { info } = await rpc.containerStatus({ containerId, verbose: true });
    // getProcessArgs: the image's Entrypoint and Cmd when the config has neither.
    expect(JSON.parse(info.info ?? '{}').runtimeSpec.process.args).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
    await rpc.stopContainer({ containerId, timeout: 10 });
    const { status } = await rpc.containerStatus({ containerId });
    expect(status).toMatchObject({ state: 'CONTAINER_EXITED', exitCode: 0, reason: 'Completed' });
  });

  it('keeps records the save schema accepts in every state', async () => {
    const { s, rpc } = await setup();
    const a = (await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('a', ['sleep', '1000']), sandboxConfig: podConfig })).containerId;
    const b = (await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('b', ['sleep', '1000']), sandboxConfig: podConfig })).containerId;
    const c = (await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('c', ['sleep', '1000']), sandboxConfig: podConfig })).containerId;
    await rpc.startContainer({ containerId: b });
    await rpc.startContainer({ containerId: c });
    await rpc.stopContainer({ containerId: c, timeout: 0 });
    void a;
    const records = Object.values(s.node.state.cri.containers);
    expect(records.map((r) => r.state).sort()).toEqual(['CONTAINER_CREATED', 'CONTAINER_EXITED', 'CONTAINER_RUNNING']);
    for (const record of records) expect(() => v.parse(CriContainerRecordSchema, record)).not.toThrow();
  });

  it('makes a missing mount source as a directory and binds it (WithMounts, spec_linux.go:158-168 @v1.6.20)', async () => {
    const { s, rpc } = await setup();
    const config = containerConfig('m', ['sleep', '1000'], {
      mounts: [{ containerPath: '/data', hostPath: '/srv/new/data', readonly: true }],
    });
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config, sandboxConfig: podConfig });
    expect((await s.run('test -d /srv/new/data')).exitCode).toBe(0);
    const spec = JSON.parse((await rpc.containerStatus({ containerId, verbose: true })).info.info ?? '{}').runtimeSpec;
    // Ordered by path depth: /data (1) comes before /etc/hostname (2).
    expect(spec.mounts.slice(6).map((m: { destination: string }) => m.destination)).toEqual(['/data', '/etc/hostname', '/etc/hosts', '/etc/resolv.conf', '/dev/shm']);
    expect(spec.mounts[6]).toEqual({ destination: '/data', type: 'bind', source: '/srv/new/data', options: ['rbind', 'rprivate', 'ro'] });
    await rpc.startContainer({ containerId });
    expect((await rpc.containerStatus({ containerId })).status.mounts).toEqual([{ containerPath: '/data', hostPath: '/srv/new/data', readonly: true }]);
  });

  it('ctr -n k8s.io t rm -f of a running CRI container succeeds; CRI shows it EXITED 137 and removal then fails on the missing containerd container only after ctr c rm', async () => {
    const { s, rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['sleep', '1000']), sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    // The monitor's own Delete comes after ctr's, as on a real node (events.go handleContainerExit).
    const rm = await s.run(`ctr -n k8s.io t rm -f ${containerId}`);
    expect(rm.exitCode).toBe(0);
    // ctr's own warning for the killed task, nothing about a missing task.
    expect(rm.stderr).toMatch(/level=warning msg="task [0-9a-f]+ exit with non-zero exit code 137"\n$/);
    expect((await rpc.containerStatus({ containerId })).status).toMatchObject({ state: 'CONTAINER_EXITED', exitCode: 137 });
    expect((await s.run('ctr -n k8s.io t ls -q')).stdout).not.toContain(containerId);
    await s.run(`ctr -n k8s.io c rm ${containerId}`);
    // fixture images-and-cross-client.json: RemoveContainer after ctr removed the container.
    await expect(rpc.removeContainer({ containerId })).rejects.toThrow(`get container info: container "${containerId}" in namespace "k8s.io": not found`);
  });

  it('after ctr t kill the task is gone by the next line, as the monitor deletes it', async () => {
    const { s, rpc } = await setup();
    const { containerId } = await rpc.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', ['sleep', '1000']), sandboxConfig: podConfig });
    await rpc.startContainer({ containerId });
    await s.run(`ctr -n k8s.io t kill -s 9 ${containerId}`);
    expect((await s.run('ctr -n k8s.io t ls -q')).stdout).not.toContain(containerId);
    await rpc.removeContainer({ containerId });
    expect((await s.run('ctr -n k8s.io c ls -q')).stdout).not.toContain(containerId);
  });
});
