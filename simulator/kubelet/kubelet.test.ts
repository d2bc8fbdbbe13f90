// The kubelet's reconcile against a hand-written CRI runtime (test-support.ts): static pods
// from /etc/kubernetes/manifests, restarts per restartPolicy with CrashLoopBackOff, removal
// with the file, orphans killed and collected, and a runtime that goes away. Time passes as
// in a transcript: each second of node time is one turn of the kubelet's loop.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalEntries } from '../host/journal';
import { startUnit, stopUnit } from '../host/systemd';
import { settle } from '../host/scheduler';
import { catchUp, letTimePass } from '../host/time-driver';
import * as vfs from '../host/vfs';
import { initialNodeState } from '../initial-state';
import { makeNode, type Node } from '../node';
import '../node-units';
import { useCriServicesForKubelet } from './kubelet-daemon';
import { fakeCri, type FakeCri } from './test-support';

const NOW = Date.UTC(2026, 11, 4, 22, 10, 0);
const MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.25
    ports:
    - containerPort: 80
`;

let node: Node;
let cri: FakeCri;
let restore: () => void;

function write(path: string, text: string): void {
  vfs.writeFile(node.state.host.files, path, text, { mtimeMs: node.nowMs() });
}

function journal(): string[] {
  return journalEntries(node, 'kubelet').map((e) => e.message);
}

function containersNamed(name: string) {
  return [...cri.containers.values()].filter((c) => c.item.metadata.name === name).sort((a, b) => a.item.metadata.attempt - b.item.metadata.attempt);
}

beforeEach(() => {
  node = makeNode(initialNodeState(7, NOW), () => NOW);
  cri = fakeCri(node);
  restore = useCriServicesForKubelet(() => cri);
});

afterEach(() => restore());

describe('static pods', () => {
  it('a manifest becomes a sandbox and containers with the labels and annotations the kubelet gives them', async () => {
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST);
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_500);
    const [sandbox] = [...cri.sandboxes.values()];
    if (!sandbox) throw new Error('no sandbox');
    const uid = sandbox.item.metadata.uid;
    expect(uid).toMatch(/^[0-9a-f]{32}$/);
    expect(sandbox.item.metadata).toEqual({ name: 'web-node1', namespace: 'default', uid, attempt: 0 });
    expect(sandbox.config.labels).toEqual({ 'io.kubernetes.pod.name': 'web-node1', 'io.kubernetes.pod.namespace': 'default', 'io.kubernetes.pod.uid': uid });
    expect(sandbox.config.annotations).toMatchObject({ 'kubernetes.io/config.source': 'file', 'kubernetes.io/config.hash': uid });
    expect(sandbox.config.annotations?.['kubernetes.io/config.seen']).toBe('2026-12-04T22:10:01Z');
    expect(sandbox.config.logDirectory).toBe(`/var/log/pods/default_web-node1_${uid}`);
    expect(sandbox.config.hostname).toBe('web-node1');
    expect(sandbox.config.dnsConfig).toEqual({ servers: ['127.0.0.53'], searches: [], options: ['edns0', 'trust-ad'] });
    expect(sandbox.config.portMappings).toEqual([{ protocol: 'TCP', containerPort: 80, hostPort: 0 }]);
    expect(sandbox.config.linux?.cgroupParent).toBe(`/kubepods/besteffort/pod${uid}`);
    const [web] = containersNamed('web');
    if (!web) throw new Error('no container');
    expect(web.item.state).toBe('CONTAINER_RUNNING');
    expect(web.config.logPath).toBe('web/0.log');
    expect(web.config.labels).toEqual({
      'io.kubernetes.container.name': 'web',
      'io.kubernetes.pod.name': 'web-node1',
      'io.kubernetes.pod.namespace': 'default',
      'io.kubernetes.pod.uid': uid,
    });
    expect(web.config.annotations).toMatchObject({
      'io.kubernetes.container.restartCount': '0',
      'io.kubernetes.container.terminationMessagePath': '/dev/termination-log',
      'io.kubernetes.container.terminationMessagePolicy': 'File',
      'io.kubernetes.pod.terminationGracePeriod': '30',
      'io.kubernetes.container.ports': '[{"containerPort":80,"protocol":"TCP"}]',
    });
    expect(web.config.annotations?.['io.kubernetes.container.hash']).toMatch(/^[0-9a-f]{1,8}$/);
    // IfNotPresent for a pinned tag: asked once, pulled once, then the image id is what runs.
    expect(cri.pulls).toEqual(['nginx:1.25']);
    expect(web.config.image?.image).toMatch(/^sha256:/);
    expect(vfs.exists(node.state.host.files, `/var/lib/kubelet/pods/${uid}/etc-hosts`)).toBe(true);
    const lines = journal();
    expect(lines.some((l) => / kubelet\.go:2157\] "SyncLoop ADD" source="file" pods=\[default\/web-node1\]$/.test(l))).toBe(true);
    expect(lines.some((l) => /^I1204 22:10:00\.\d{6} +\d+ server\.go:412\] "Kubelet version" kubeletVersion="v1\.26\.15"$/.test(l))).toBe(true);
  });

  it('the same file gives the same UID after a restart of the kubelet, and the running pod is adopted', async () => {
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST);
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_000);
    stopUnit(node, 'kubelet');
    startUnit(node, 'kubelet');
    await letTimePass(node, 3_000);
    expect(cri.sandboxes.size).toBe(1);
    expect(cri.containers.size).toBe(1);
  });

  it('restartPolicy Always restarts at once, then backs off 10 s, 20 s…, logging CrashLoopBackOff', async () => {
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST);
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_000);
    const first = containersNamed('web')[0];
    if (!first) throw new Error('no container');
    cri.exit(first.item.id, 1);
    await letTimePass(node, 1_000);
    expect(containersNamed('web').map((c) => [c.item.metadata.attempt, c.item.state])).toEqual([
      [0, 'CONTAINER_EXITED'],
      [1, 'CONTAINER_RUNNING'],
    ]);
    const second = containersNamed('web')[1];
    if (!second) throw new Error('no restart');
    expect(second.config.logPath).toBe('web/1.log');
    expect(second.config.annotations?.['io.kubernetes.container.restartCount']).toBe('1');
    cri.exit(second.item.id, 1);
    await letTimePass(node, 2_000);
    const uid = first.item.labels['io.kubernetes.pod.uid'] ?? '';
    const backoffLine = journal().find((l) => l.includes('CrashLoopBackOff'));
    expect(backoffLine).toMatch(/^E1204 \S+ +\d+ pod_workers\.go:965\] "Error syncing pod, skipping" err=/);
    expect(backoffLine).toContain(
      `err="failed to \\"StartContainer\\" for \\"web\\" with CrashLoopBackOff: \\"back-off 10s restarting failed container=web pod=web-node1_default(${uid})\\"" pod="default/web-node1" podUID=${uid}`,
    );
    // The oldest dead instance is gone (one dead one is kept), no third attempt yet.
    expect(containersNamed('web').map((c) => [c.item.metadata.attempt, c.item.state])).toEqual([[1, 'CONTAINER_EXITED']]);
    await letTimePass(node, 9_000);
    expect(containersNamed('web').map((c) => c.item.metadata.attempt)).toContain(2);
    const third = containersNamed('web').find((c) => c.item.metadata.attempt === 2);
    if (!third) throw new Error('no third attempt');
    cri.exit(third.item.id, 0);
    await letTimePass(node, 12_000);
    expect(journal().some((l) => l.includes('back-off 20s restarting failed container=web'))).toBe(true);
    expect(containersNamed('web').some((c) => c.item.metadata.attempt === 3)).toBe(false);
    await letTimePass(node, 10_000);
    expect(containersNamed('web').some((c) => c.item.metadata.attempt === 3)).toBe(true);
  });

  it('Never leaves an exited container; OnFailure restarts only a failure', async () => {
    write('/etc/kubernetes/manifests/once.yaml', MANIFEST.replace('name: web\nspec:', 'name: once\nspec:\n  restartPolicy: Never'));
    write('/etc/kubernetes/manifests/job.yaml', MANIFEST.replace('name: web\nspec:', 'name: job\nspec:\n  restartPolicy: OnFailure').replace('- name: web', '- name: job'));
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_000);
    const [once] = [...cri.containers.values()].filter((c) => c.item.labels['io.kubernetes.pod.name'] === 'once-node1');
    const [job] = containersNamed('job');
    if (!once || !job) throw new Error('pods missing');
    cri.exit(once.item.id, 1);
    cri.exit(job.item.id, 0);
    await letTimePass(node, 30_000);
    expect([...cri.containers.values()].filter((c) => c.item.labels['io.kubernetes.pod.name'] === 'once-node1').length).toBe(1);
    expect(containersNamed('job').map((c) => c.item.state)).toEqual(['CONTAINER_EXITED']);
    write('/etc/kubernetes/manifests/job.yaml', vfs.readFile(node.state.host.files, '/etc/kubernetes/manifests/job.yaml').replace('nginx:1.25', 'nginx:1.24'));
    await letTimePass(node, 1_000);
    const [fresh] = containersNamed('job').filter((c) => c.item.state === 'CONTAINER_RUNNING');
    if (!fresh) throw new Error('the changed manifest did not start a new pod');
    cri.exit(fresh.item.id, 2);
    await letTimePass(node, 1_000);
    expect(containersNamed('job').filter((c) => c.item.state === 'CONTAINER_RUNNING').length).toBe(1);
  });

  it('a removed manifest stops the pod at once and the collector removes it within a minute', async () => {
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST);
    startUnit(node, 'kubelet');
    await letTimePass(node, 2_000);
    vfs.rm(node.state.host.files, '/etc/kubernetes/manifests/web.yaml');
    await letTimePass(node, 1_000);
    expect([...cri.sandboxes.values()].map((s) => s.item.state)).toEqual(['SANDBOX_NOTREADY']);
    expect(journal().some((l) => l.endsWith('"SyncLoop REMOVE" source="file" pods=[default/web-node1]'))).toBe(true);
    expect(journal().some((l) => /"Killing container with a grace period" pod="default\/web-node1" podUID=[0-9a-f]{32} containerName="web" containerID="containerd:\/\/[0-9a-f]{64}" gracePeriod=30$/.test(l))).toBe(true);
    await letTimePass(node, 60_000);
    expect(cri.sandboxes.size).toBe(0);
    expect(cri.containers.size).toBe(0);
  });
});

describe('pods the kubelet does not know', () => {
  it('a pod started by hand is killed at the next housekeeping and removed by the collector', async () => {
    const { podSandboxId } = await cri.runtime.runPodSandbox({
      config: { metadata: { name: 'nginx-sandbox', namespace: 'default', uid: 'hdishd83djaidwnduwk28bcsb', attempt: 1 } },
    });
    const { containerId } = await cri.runtime.createContainer({
      podSandboxId,
      config: { metadata: { name: 'nginx', attempt: 0 }, image: { image: 'nginx' } },
      sandboxConfig: {},
    });
    await cri.runtime.startContainer({ containerId });
    startUnit(node, 'kubelet');
    await letTimePass(node, 2_000);
    expect(cri.sandboxes.get(podSandboxId)?.item.state).toBe('SANDBOX_NOTREADY');
    const lines = journal();
    expect(lines.some((l) => /^I1204 \S+ +\d+ kubelet_pods\.go:1134\] "Clean up orphaned pod containers" podUID=hdishd83djaidwnduwk28bcsb$/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('"Killing container with a grace period" pod="default/nginx-sandbox" podUID=hdishd83djaidwnduwk28bcsb containerName="nginx"') && l.endsWith('gracePeriod=2'))).toBe(true);
    await letTimePass(node, 60_000);
    expect(cri.sandboxes.size).toBe(0);
    expect(cri.containers.size).toBe(0);
  });
});

describe('the runtime and the manifests going wrong', () => {
  it('logs CRI connection errors while containerd is stopped and carries on when it is back', async () => {
    startUnit(node, 'kubelet');
    stopUnit(node, 'containerd');
    await letTimePass(node, 2_000);
    const down = journal().filter((l) => l.includes('"ListPodSandbox with filter from runtime service failed"'));
    expect(down).toHaveLength(2);
    expect(down[0]).toMatch(
      /^E1204 \S+ +\d+ remote_runtime\.go:277\] "ListPodSandbox with filter from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing dial unix \/run\/containerd\/containerd\.sock: connect: connection refused\\"" filter="?nil"?$/,
    );
    startUnit(node, 'containerd');
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST);
    await letTimePass(node, 1_000);
    expect(cri.sandboxes.size).toBe(1);
  });

  it('a broken manifest is logged as the file source logs it, again at each 20 s listing', async () => {
    write('/etc/kubernetes/manifests/bad.yaml', 'apiVersion: v1\nkind: Pod\nmetadata;\n  name: x\n');
    write('/etc/kubernetes/manifests/.hidden.yaml', 'junk: [');
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_000);
    const bad = journal().filter((l) => l.includes('Could not process manifest file'));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(
      /^E1204 \S+ +\d+ file\.go:187\] "Could not process manifest file" err="\/etc\/kubernetes\/manifests\/bad\.yaml: couldn't parse as pod\(yaml: line \d+: [^"]+\), please check config file" path="\/etc\/kubernetes\/manifests\/bad\.yaml"$/,
    );
    await letTimePass(node, 20_000);
    expect(journal().filter((l) => l.includes('Could not process manifest file'))).toHaveLength(2);
    expect(cri.sandboxes.size).toBe(0);
  });

  it('an image that cannot be pulled is ErrImagePull, then ImagePullBackOff', async () => {
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST.replace('nginx:1.25', 'nosuch:1.0'));
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_000);
    expect(journal().some((l) => l.includes('"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image'))).toBe(true);
    expect(journal().some((l) => l.includes('with ErrImagePull: '))).toBe(true);
    await letTimePass(node, 10_000);
    expect(journal().some((l) => l.includes('with ImagePullBackOff: \\"Back-off pulling image \\\\\\"nosuch:1.0\\\\\\"\\"'))).toBe(true);
  });

  it('stopping the kubelet stops its loop and says so in the journal', async () => {
    startUnit(node, 'kubelet');
    stopUnit(node, 'kubelet');
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST);
    await letTimePass(node, 5_000);
    expect(cri.sandboxes.size).toBe(0);
    const all = journalEntries(node, 'kubelet');
    expect(all[0]).toMatchObject({ ident: 'systemd', pid: 1, message: 'Started kubelet.service - kubelet: The Kubernetes Node Agent.' });
    expect(all.at(-1)?.message).toBe('Stopped kubelet.service - kubelet: The Kubernetes Node Agent.');
  });
});

describe('a clock that catches up', () => {
  it('runs one turn for many overdue ones, never two at once', async () => {
    let wall = NOW;
    node = makeNode(initialNodeState(7, NOW), () => wall);
    cri = fakeCri(node);
    restore();
    restore = useCriServicesForKubelet(() => cri);
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST);
    startUnit(node, 'kubelet');
    wall += 30_000;
    catchUp(node);
    await settle(node);
    expect(cri.sandboxes.size).toBe(1);
    expect(containersNamed('web')).toHaveLength(1);
  });
});

describe('volumes', () => {
  it('mounts a hostPath (made when DirectoryOrCreate) and an emptyDir under the pod, beside the hosts file and termination log', async () => {
    write(
      '/etc/kubernetes/manifests/web.yaml',
      `${MANIFEST}    volumeMounts:\n    - name: html\n      mountPath: /usr/share/nginx/html\n      readOnly: true\n    - name: scratch\n      mountPath: /scratch\n  volumes:\n  - name: html\n    hostPath:\n      path: /srv/html\n      type: DirectoryOrCreate\n  - name: scratch\n    emptyDir: {}\n`,
    );
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_000);
    const [web] = containersNamed('web');
    if (!web) throw new Error('no container');
    const uid = web.item.labels['io.kubernetes.pod.uid'] ?? '';
    const mounts = web.config.mounts ?? [];
    expect(mounts.slice(0, 3)).toEqual([
      { containerPath: '/usr/share/nginx/html', hostPath: '/srv/html', readonly: true },
      { containerPath: '/scratch', hostPath: `/var/lib/kubelet/pods/${uid}/volumes/kubernetes.io~empty-dir/scratch` },
      { containerPath: '/etc/hosts', hostPath: `/var/lib/kubelet/pods/${uid}/etc-hosts` },
    ]);
    expect(mounts[3]?.containerPath).toBe('/dev/termination-log');
    expect(mounts[3]?.hostPath).toMatch(new RegExp(`^/var/lib/kubelet/pods/${uid}/containers/web/[0-9a-f]{8}$`));
    expect(vfs.stat(node.state.host.files, '/srv/html').kind).toBe('dir');
  });
});

describe('init containers', () => {
  it('runs the init container to success, then the containers', async () => {
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST.replace('spec:\n', 'spec:\n  initContainers:\n  - name: setup\n    image: busybox:1.36\n'));
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_000);
    const [setup] = containersNamed('setup');
    if (!setup) throw new Error('no init container');
    expect(containersNamed('web')).toHaveLength(0);
    cri.exit(setup.item.id, 0);
    await letTimePass(node, 1_000);
    expect(containersNamed('web').map((c) => c.item.state)).toEqual(['CONTAINER_RUNNING']);
    expect(containersNamed('setup').map((c) => c.item.state)).toEqual(['CONTAINER_EXITED']);
  });
});

describe('a missing manifest directory', () => {
  it('is an empty source: its pods go, and each listing logs it', async () => {
    write('/etc/kubernetes/manifests/web.yaml', MANIFEST);
    startUnit(node, 'kubelet');
    await letTimePass(node, 1_000);
    vfs.rm(node.state.host.files, '/etc/kubernetes/manifests', { recursive: true });
    await letTimePass(node, 20_000);
    expect([...cri.sandboxes.values()].map((x) => x.item.state)).toEqual(['SANDBOX_NOTREADY']);
    expect(journal().filter((l) => l.includes('"Unable to read config path" err="path does not exist, ignoring" path="/etc/kubernetes/manifests"'))).toHaveLength(1);
  });
});
