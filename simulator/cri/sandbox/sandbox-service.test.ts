// The pod sandbox RPCs against containerd 1.6.20's behaviour as recorded in
// tests/oracle/cri/fixtures (pod-lifecycle.json, configs-streams-stats.json,
// images-and-cross-client.json) and pkg/cri/server/sandbox_*.go at v1.6.20.

import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';
import { installNodePlugins } from '../../node-plugins';
import type { PodSandboxConfig } from '../api/runtime-v1';
import { textToBinary, writeFile } from '../../host/vfs';
import { criServices } from '../index';

/** containerd's own bridge config (its 10-containerd-net.conflist), as a kubeadm-style node has it. */
const CONTAINERD_NET_CONFLIST = `{
  "cniVersion": "1.0.0",
  "name": "containerd-net",
  "plugins": [
    { "type": "bridge", "bridge": "cni0", "isGateway": true, "ipMasq": true, "promiscMode": true,
      "ipam": { "type": "host-local", "ranges": [[{ "subnet": "10.88.0.0/16" }]], "routes": [{ "dst": "0.0.0.0/0" }] } },
    { "type": "portmap", "capabilities": { "portMappings": true } }
  ]
}
`;

const hostPod = (name: string, extra: Partial<PodSandboxConfig> = {}): PodSandboxConfig => ({
  metadata: { name, uid: `uid-${name}-1`, namespace: 'default', attempt: 1 },
  logDirectory: `/tmp/logs/${name}`,
  labels: { app: name },
  annotations: { 'ctrlab.example/note': 'oracle' },
  linux: { securityContext: { namespaceOptions: { network: 'NODE' } } },
  ...extra,
});

/** hostPod('web') as Go's encoding/json writes it (the sandbox metadata's Config, the verbose info's config). */
const WEB_CONFIG_GO_JSON = {
  metadata: { name: 'web', uid: 'uid-web-1', namespace: 'default', attempt: 1 },
  log_directory: '/tmp/logs/web',
  labels: { app: 'web' },
  annotations: { 'ctrlab.example/note': 'oracle' },
  linux: { security_context: { namespace_options: { network: 2 } } },
};

// The notes' pod-config.json: pod network, no namespace options.
const notesPod: PodSandboxConfig = {
  metadata: { name: 'nginx-sandbox', namespace: 'default', attempt: 1, uid: 'hdishd83djaidwnduwk28bcsb' },
  logDirectory: '/tmp',
  linux: {},
};

function node(cni = true) {
  const s = createSession({ seed: 5 });
  installNodePlugins(s.node);
  // node1 ships containerd's example network; `false` is the oracle's daemon, which had none.
  if (cni) writeFile(s.node.state.host.files, '/etc/cni/net.d/10-containerd-net.conflist', textToBinary(CONTAINERD_NET_CONFLIST), { parents: true });
  else delete s.node.state.host.files['/etc/cni/net.d/10-containerd-net.conflist'];
  return { s, cri: criServices(s.node).runtime };
}

async function errorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    const e = err as Error & { errClass?: string };
    return `${e.errClass ?? 'plain'}: ${e.message}`;
  }
  return 'no error';
}

describe('RunPodSandbox', () => {
  it('pulls the pause image, runs its task and lists the sandbox READY, as ctr shows it', async () => {
    const { s, cri } = node();
    const { podSandboxId: id } = await cri.runPodSandbox({ config: hostPod('web') });
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const { items } = await cri.listPodSandbox({});
    expect(items).toEqual([
      {
        id,
        metadata: { name: 'web', uid: 'uid-web-1', namespace: 'default', attempt: 1 },
        state: 'SANDBOX_READY',
        createdAt: expect.stringMatching(/^\d{19}$/),
        labels: { app: 'web' },
        annotations: { 'ctrlab.example/note': 'oracle' },
        runtimeHandler: '',
      },
    ]);
    const c = await s.run('ctr -n k8s.io c ls');
    expect(c.stdout).toMatch(new RegExp(`${id}\\s+registry.k8s.io/pause:3.6\\s+io.containerd.runc.v2`));
    const t = await s.run('ctr -n k8s.io t ls');
    expect(t.stdout).toMatch(new RegExp(`${id}\\s+\\d+\\s+RUNNING`));
    // pod-lifecycle.json `ctr -n k8s.io containers info $pod`: the config's labels and the kind.
    const info = JSON.parse((await s.run(`ctr -n k8s.io c info ${id}`)).stdout);
    expect(info.Labels).toEqual({ app: 'web', 'io.cri-containerd.kind': 'sandbox' });
    expect(info.Spec.process.args).toEqual(['/pause']);
    // the sandbox metadata extension, as pod-lifecycle.json shows it (base64 of versioned JSON)
    const ext = info.Extensions['io.cri-containerd.sandbox.metadata'];
    expect(ext.type_url).toBe('github.com/containerd/cri/pkg/store/sandbox/Metadata');
    expect(JSON.parse(atob(ext.value))).toEqual({
      Version: 'v1',
      Metadata: {
        ID: id,
        Name: 'web_default_uid-web-1_1',
        Config: WEB_CONFIG_GO_JSON,
        NetNSPath: '',
        IP: '',
        AdditionalIPs: null,
        RuntimeHandler: '',
        CNIResult: null,
        ProcessLabel: '',
      },
    });
  });

  it('refuses a config without metadata, and a name already reserved (configs-streams-stats.json)', async () => {
    const { cri } = node();
    expect(await errorOf(cri.runPodSandbox({ config: {} }))).toBe('unknown: sandbox config must include metadata');
    const { podSandboxId: id } = await cri.runPodSandbox({ config: hostPod('misc') });
    expect(await errorOf(cri.runPodSandbox({ config: hostPod('misc') }))).toBe(
      `unknown: failed to reserve sandbox name "misc_default_uid-misc-1_1": name "misc_default_uid-misc-1_1" is reserved for "${id}"`,
    );
    expect(await errorOf(cri.runPodSandbox({ config: hostPod('x'), runtimeHandler: 'kata' }))).toBe(
      'unknown: failed to get sandbox runtime: no runtime for "kata" is configured',
    );
    expect((await cri.listPodSandbox({})).items).toHaveLength(1);
  });

  it('gives a pod-network sandbox a 10.88.0.x address and writes the sandbox files', async () => {
    const { s, cri } = node();
    const { podSandboxId: a } = await cri.runPodSandbox({ config: notesPod });
    const { podSandboxId: b } = await cri.runPodSandbox({ config: hostPod('web') });
    const { podSandboxId: c } = await cri.runPodSandbox({ config: { ...notesPod, metadata: { ...notesPod.metadata!, attempt: 2 } } });
    expect((await cri.podSandboxStatus({ podSandboxId: a })).status.network).toEqual({ ip: '10.88.0.2', additionalIps: [] });
    expect((await cri.podSandboxStatus({ podSandboxId: b })).status.network).toEqual({ ip: '', additionalIps: [] });
    expect((await cri.podSandboxStatus({ podSandboxId: c })).status.network?.ip).toBe('10.88.0.3');
    const r = await s.run(`cat /var/lib/containerd/io.containerd.grpc.v1.cri/sandboxes/${a}/hostname`);
    expect(r.stdout).toBe('node1\n');
  });
});

describe('a pod network without CNI (configs-streams-stats.json)', () => {
  it('fails RunPodSandbox and leaves the sandbox NOTREADY, its stop and removal failing the same way', async () => {
    const { s, cri } = node(false);
    const err = await errorOf(cri.runPodSandbox({ config: notesPod }));
    const id = /sandbox "([0-9a-f]{64})"/.exec(err)?.[1] ?? '';
    expect(err).toBe(`unknown: failed to setup network for sandbox "${id}": cni plugin not initialized`);
    const { items } = await cri.listPodSandbox({});
    expect(items.map((i) => [i.id, i.state])).toEqual([[id, 'SANDBOX_NOTREADY']]);
    const { status, info } = await cri.podSandboxStatus({ podSandboxId: id, verbose: true });
    expect(status.network).toEqual({ ip: '', additionalIps: [] });
    expect(JSON.parse(info.info ?? '{}')).toMatchObject({ pid: 0, processStatus: 'deleted', netNamespaceClosed: false, cniResult: null });
    expect(await errorOf(cri.stopPodSandbox({ podSandboxId: id }))).toBe(`unknown: failed to destroy network for sandbox "${id}": cni plugin not initialized`);
    expect(await errorOf(cri.removePodSandbox({ podSandboxId: id }))).toBe(
      `unknown: failed to forcibly stop sandbox "${id}": failed to destroy network for sandbox "${id}": cni plugin not initialized`,
    );
    // the name stays reserved, the pause container stays (no task)
    expect(await errorOf(cri.runPodSandbox({ config: notesPod }))).toContain('is reserved for');
    expect((await s.run('ctr -n k8s.io c ls -q')).stdout).toBe(`${id}\n`);
    // once a CNI config is there, the sandbox can go
    writeFile(s.node.state.host.files, '/etc/cni/net.d/10-containerd-net.conflist', textToBinary(CONTAINERD_NET_CONFLIST), { parents: true });
    await cri.removePodSandbox({ podSandboxId: id });
    expect((await cri.listPodSandbox({})).items).toEqual([]);
    expect((await s.run('ctr -n k8s.io c ls -q')).stdout).toBe('');
  });
});

describe('PodSandboxStatus', () => {
  it('verbose info as SandboxInfo marshals it (pod-lifecycle.json)', async () => {
    const { cri } = node();
    const { podSandboxId: id } = await cri.runPodSandbox({ config: hostPod('web') });
    const { status, info } = await cri.podSandboxStatus({ podSandboxId: id.slice(0, 5), verbose: true });
    expect(status.linux).toEqual({ namespaces: { options: { network: 'NODE', pid: 'POD', ipc: 'POD', targetId: '' } } });
    const parsed = JSON.parse(info.info ?? '{}');
    expect(Object.keys(parsed)).toEqual([
      'pid', 'processStatus', 'netNamespaceClosed', 'image', 'snapshotKey', 'snapshotter', 'runtimeHandler', 'runtimeType', 'runtimeOptions', 'config', 'runtimeSpec', 'cniResult',
    ]);
    expect(parsed).toMatchObject({
      processStatus: 'running',
      netNamespaceClosed: false,
      image: 'registry.k8s.io/pause:3.6',
      snapshotKey: id,
      snapshotter: 'overlayfs',
      runtimeType: 'io.containerd.runc.v2',
      runtimeOptions: {},
      config: WEB_CONFIG_GO_JSON,
      cniResult: null,
    });
    expect(parsed.runtimeSpec.linux.namespaces).toEqual([{ type: 'pid' }, { type: 'ipc' }, { type: 'mount' }]);
    expect(parsed.runtimeSpec.linux.cgroupsPath).toBe(`/k8s.io/${id}`);
  });

  it('unknown and ambiguous ids', async () => {
    const { cri } = node();
    expect(await errorOf(cri.podSandboxStatus({ podSandboxId: 'deadbeef' }))).toBe('not found: an error occurred when try to find sandbox: not found');
    expect(await errorOf(cri.stopPodSandbox({ podSandboxId: 'deadbeef' }))).toBe('not found: an error occurred when try to find sandbox "deadbeef": not found');
    expect(await errorOf(cri.removePodSandbox({ podSandboxId: 'deadbeef' }))).toBe('no error');
  });
});

describe('stop and remove', () => {
  it('stop kills the pause task (deleted, NOTREADY); remove of a ready pod stops it first', async () => {
    const { s, cri } = node();
    const { podSandboxId: id } = await cri.runPodSandbox({ config: hostPod('web') });
    await cri.stopPodSandbox({ podSandboxId: id });
    const { status, info } = await cri.podSandboxStatus({ podSandboxId: id, verbose: true });
    expect(status.state).toBe('SANDBOX_NOTREADY');
    expect(JSON.parse(info.info ?? '{}')).toMatchObject({ pid: 0, processStatus: 'deleted' });
    expect((await s.run('ctr -n k8s.io t ls')).stdout).toBe('TASK    PID    STATUS    \n');
    await cri.stopPodSandbox({ podSandboxId: id });
    await cri.removePodSandbox({ podSandboxId: id });
    expect((await cri.listPodSandbox({})).items).toEqual([]);
    expect((await s.run('ctr -n k8s.io c ls -q')).stdout).toBe('');
    expect((await s.run('ctr -n k8s.io snapshots ls')).stdout).not.toContain(id);

    const { podSandboxId: ready } = await cri.runPodSandbox({ config: hostPod('doomed') });
    await cri.removePodSandbox({ podSandboxId: ready });
    expect((await cri.listPodSandbox({})).items).toEqual([]);
    expect((await s.run('ctr -n k8s.io t ls -q')).stdout).toBe('');
  });

  it('`ctr -n k8s.io t kill` of the pause task makes the sandbox NOTREADY (images-and-cross-client.json)', async () => {
    const { s, cri } = node();
    const { podSandboxId: id } = await cri.runPodSandbox({ config: hostPod('cross') });
    expect((await s.run(`ctr -n k8s.io t kill -s KILL ${id}`)).exitCode).toBe(0);
    expect((await cri.podSandboxStatus({ podSandboxId: id })).status.state).toBe('SANDBOX_NOTREADY');
    expect((await s.run('ctr -n k8s.io t ls -q')).stdout).toBe('');
    const ready = await cri.listPodSandbox({ filter: { state: { state: 'SANDBOX_READY' } } });
    expect(ready.items).toEqual([]);
  });
});

describe('ctr acting on the pause container', () => {
  it('after `ctr t kill` and `ctr c rm` of the pause container, verbose status fails as the real plugin reads the spec; stop and remove still work', async () => {
    const { s, cri } = node();
    const { podSandboxId: id } = await cri.runPodSandbox({ config: hostPod('web') });
    await s.run(`ctr -n k8s.io t kill -s KILL ${id}`);
    expect((await s.run(`ctr -n k8s.io c rm ${id}`)).exitCode).toBe(0);
    expect(await errorOf(cri.podSandboxStatus({ podSandboxId: id, verbose: true }))).toBe(
      `not found: failed to get verbose sandbox container info: failed to get sandbox container runtime spec: container "${id}" in namespace "k8s.io": not found`,
    );
    expect((await cri.podSandboxStatus({ podSandboxId: id })).status.state).toBe('SANDBOX_NOTREADY');
    await cri.stopPodSandbox({ podSandboxId: id });
    await cri.removePodSandbox({ podSandboxId: id });
    expect((await cri.listPodSandbox({})).items).toEqual([]);
  });
});

describe('ListPodSandbox filters', () => {
  it('id prefix, state and labels', async () => {
    const { cri } = node();
    const { podSandboxId: a } = await cri.runPodSandbox({ config: hostPod('a') });
    const { podSandboxId: b } = await cri.runPodSandbox({ config: hostPod('b') });
    await cri.stopPodSandbox({ podSandboxId: b });
    const ids = async (filter: object) => (await cri.listPodSandbox({ filter })).items.map((i) => i.id);
    expect(await ids({ id: a.slice(0, 6) })).toEqual([a]);
    expect(await ids({ state: { state: 'SANDBOX_NOTREADY' } })).toEqual([b]);
    expect(await ids({ labelSelector: { app: 'a' } })).toEqual([a]);
    expect(await ids({ id: 'ffff' })).toEqual([]);
  });
});

describe('stats', () => {
  it('with a cgroup parent: the pod cgroup holds the pause task and its running containers', async () => {
    const { s, cri } = node();
    const images = criServices(s.node).image;
    await images.pullImage({ image: { image: 'docker.io/library/busybox:latest' } });
    const config = hostPod('cg', { linux: { cgroupParent: '/kubepods/pod-cg', securityContext: { namespaceOptions: { network: 'NODE' } } } });
    const { podSandboxId: id } = await cri.runPodSandbox({ config });
    const before = (await cri.podSandboxStats({ podSandboxId: id })).stats;
    expect(before.attributes.id).toBe(id);
    expect(before.linux?.process?.processCount).toEqual({ value: '0' });
    const { containerId } = await cri.createContainer({
      podSandboxId: id,
      config: { metadata: { name: 'c', attempt: 0 }, image: { image: 'docker.io/library/busybox:latest' }, command: ['sleep', '1000'] },
      sandboxConfig: config,
    });
    await cri.startContainer({ containerId });
    const after = (await cri.podSandboxStats({ podSandboxId: id })).stats;
    expect(after.linux?.process?.processCount).toEqual({ value: '1' });
    expect(Number(after.linux?.memory?.usageBytes?.value)).toBeGreaterThan(Number(before.linux?.memory?.usageBytes?.value));
    expect(after.linux?.containers.map((c) => c.attributes.id)).toEqual([containerId]);
    await cri.stopPodSandbox({ podSandboxId: id });
    expect(await errorOf(cri.podSandboxStats({ podSandboxId: id }))).toBe(
      `unknown: failed to decode pod sandbox metrics ${id}: failed to get pod sandbox stats since sandbox container "${id}" is not in ready state`,
    );
  });


  it('fails without a cgroup parent as the recorded node does (configs-streams-stats.json)', async () => {
    const { cri } = node();
    const { podSandboxId: id } = await cri.runPodSandbox({ config: hostPod('misc') });
    expect(await errorOf(cri.podSandboxStats({ podSandboxId: id }))).toBe(
      `unknown: failed getting metrics for sandbox ${id}: failed to get cgroup metrics for sandbox ${id} because cgroupPath is empty`,
    );
    expect(await errorOf(cri.listPodSandboxStats({}))).toBe(
      `unknown: failed to obtain metrics for sandbox "${id}": failed to get cgroup metrics for sandbox ${id} because cgroupPath is empty`,
    );
  });
});
