// The kubelet on a whole node, through the real CRI plugin and seen with crictl, journalctl and
// systemctl as a learner would: a static pod runs and restarts, a pod started with crictl is
// killed and collected, a removed manifest takes its pod away, and a stopped containerd is
// logged on every loop. This node has no CNI configuration, so pods use the host's network
// (a pod network fails with containerd's "cni plugin not initialized", as on a real node).

import { describe, expect, it } from 'vitest';
import { createSession } from '../shell/session';
import type { ShellSession } from '../shell/session-types';

const NOW = Date.UTC(2026, 11, 4, 22, 10, 0);

const MANIFEST = `cat > /etc/kubernetes/manifests/web.yaml <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: true
  containers:
  - name: web
    image: busybox
    command: ['sh', '-c', 'echo hi; sleep 3; exit 1']
EOF`;

const POD_JSON = `cat > pod.json <<'EOF'
{"metadata": {"name": "nginx-sandbox", "namespace": "default", "attempt": 1, "uid": "hdishd83djaidwnduwk28bcsb"},
 "log_directory": "/tmp", "linux": {"security_context": {"namespace_options": {"network": 2}}}}
EOF`;

const CONTAINER_JSON = `cat > container.json <<'EOF'
{"metadata": {"name": "busybox"}, "image": {"image": "busybox"}, "command": ["sleep", "3600"], "log_path": "busybox.log"}
EOF`;

async function node(): Promise<ShellSession> {
  const s = createSession({ seed: 3, now: () => NOW });
  await s.run("echo 'runtime-endpoint: unix:///run/containerd/containerd.sock' > /etc/crictl.yaml");
  return s;
}

async function out(s: ShellSession, line: string): Promise<string> {
  const r = await s.run(line);
  return r.stdout + r.stderr;
}

/** crictl's table rows without the header, split into columns. */
async function rows(s: ShellSession, line: string): Promise<string[][]> {
  return (await out(s, line))
    .trim()
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((row) => row.split(/\s{2,}/));
}

describe('the kubelet on node1', () => {
  it('is installed but stopped: a fresh node runs no static pods', async () => {
    const s = await node();
    expect(await out(s, 'systemctl is-active kubelet; systemctl is-enabled kubelet')).toBe('inactive\ndisabled\n');
    expect(await out(s, 'ls -A /etc/kubernetes/manifests')).toBe('');
    expect(await out(s, 'journalctl -u kubelet')).toBe('-- No entries --\n');
  });

  it('runs a static pod, restarts it when it exits, and takes it away with its file', async () => {
    const s = await node();
    await s.run(MANIFEST);
    await s.run('systemctl start kubelet');
    await s.run('sleep 2');
    const pods = await rows(s, 'crictl pods');
    expect(pods.map((r) => [r[2], r[3], r[4], r[5]])).toEqual([['Ready', 'web-node1', 'default', '0']]);
    expect((await rows(s, 'crictl ps')).map((r) => [r[3], r[4], r[5], r[7]])).toEqual([['Running', 'web', '0', 'web-node1']]);
    // Exits 3 s in (t=4), restarted at once (attempt 1), exits again (t=7): back-off 10 s.
    await s.run('sleep 8');
    expect(await out(s, 'journalctl -u kubelet | grep -c CrashLoopBackOff')).toBe('1\n');
    expect((await rows(s, 'crictl ps -a')).map((r) => [r[3], r[5]])).toEqual([['Exited', '1']]);
    await s.run('sleep 8');
    expect((await rows(s, 'crictl ps -a')).map((r) => [r[3], r[5]])).toEqual([['Running', '2'], ['Exited', '1']]);
    expect(await out(s, 'crictl ps -q | wc -l')).toBe('1\n');
    await s.run('rm /etc/kubernetes/manifests/web.yaml');
    await s.run('sleep 1');
    expect((await rows(s, 'crictl pods')).map((r) => r[2])).toEqual(['NotReady']);
    expect(await out(s, 'journalctl -u kubelet | grep -c "SyncLoop REMOVE"')).toBe('1\n');
    await s.run('sleep 60');
    expect(await out(s, 'crictl pods -q; crictl ps -aq')).toBe('');
  });

  it('kills a pod started with crictl runp and removes it with the next collection', async () => {
    const s = await node();
    await s.run('systemctl start kubelet');
    await s.run('sleep 1');
    await s.run(POD_JSON);
    await s.run(CONTAINER_JSON);
    await s.run('crictl pull busybox');
    const id = (await out(s, 'crictl runp pod.json')).trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    const container = (await out(s, `crictl create ${id} container.json pod.json`)).trim();
    await s.run(`crictl start ${container}`);
    expect((await rows(s, 'crictl ps')).map((r) => [r[3], r[4]])).toEqual([['Running', 'busybox']]);
    await s.run('sleep 2');
    expect((await rows(s, 'crictl pods')).map((r) => [r[2], r[3]])).toEqual([['NotReady', 'nginx-sandbox']]);
    const journal = await out(s, 'journalctl -u kubelet -n 2 --no-pager');
    expect(journal).toMatch(/kubelet_pods\.go:1134\] "Clean up orphaned pod containers" podUID=hdishd83djaidwnduwk28bcsb\n/);
    expect(journal).toContain(`"Killing container with a grace period" pod="default/nginx-sandbox" podUID=hdishd83djaidwnduwk28bcsb containerName="busybox" containerID="containerd://${container}" gracePeriod=2\n`);
    // The dead container of a pod the kubelet does not run goes at once (the container deletor);
    // the stopped sandbox stays until the collector's next run.
    expect(await out(s, 'crictl ps -aq')).toBe('');
    await s.run('sleep 60');
    expect(await out(s, 'crictl pods -q; crictl ps -aq')).toBe('');
  });

  it('logs the CRI connection error on each loop while containerd is stopped, and carries on', async () => {
    const s = await node();
    await s.run('systemctl start kubelet');
    await s.run('systemctl stop containerd; sleep 1');
    const lines = (await out(s, 'journalctl -u kubelet -n 3')).trim().split('\n');
    expect(lines.map((l) => /\] "([^"]+)"/.exec(l)?.[1])).toEqual([
      'ListPodSandbox with filter from runtime service failed',
      'Failed to list pod sandboxes',
      'GenericPLEG: Unable to retrieve pods',
    ]);
    expect(lines[1]).toContain('err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: ');
    await s.run('systemctl start containerd');
    await s.run(MANIFEST);
    await s.run('sleep 2');
    expect((await rows(s, 'crictl pods')).map((r) => r[3])).toEqual(['web-node1']);
    expect(await out(s, 'systemctl status kubelet | head -3')).toBe(
      '● kubelet.service - kubelet: The Kubernetes Node Agent\n' +
        '     Loaded: loaded (/lib/systemd/system/kubelet.service; disabled; preset: enabled)\n' +
        '    Drop-In: /etc/systemd/system/kubelet.service.d\n',
    );
  });

  it('keeps running across a save and restore: its journal, its loop and what it remembers', async () => {
    const s = await node();
    await s.run(MANIFEST);
    await s.run('systemctl start kubelet; sleep 2');
    const saved = JSON.parse(JSON.stringify(s.save()));
    const restored = createSession({ now: () => NOW, saved, rejectDamagedSave: true });
    expect(await out(restored, 'journalctl -u kubelet | grep -c "SyncLoop ADD"')).toBe('1\n');
    await restored.run('sleep 5');
    // The same pod, adopted and restarted, not added a second time.
    expect(await out(restored, 'journalctl -u kubelet | grep -c "SyncLoop ADD"')).toBe('1\n');
    expect((await rows(restored, 'crictl ps -a')).map((r) => [r[3], r[5]])).toEqual([['Exited', '1']]);
  });
});
