import { describe, expect, it } from 'vitest';
import { createSession } from '../../index';
import { CONTAINER_CONFIG, CRICTL_YAML, POD_CONFIG } from '../../../tests/scenario/notes-crictl-files';
import { hostProcesses, isHostPid } from './host-pid-namespace';
import { liveTaskWithInitPid, tasksSharing } from './pid-namespace';

const now = () => Date.UTC(2026, 10, 28, 5, 15, 0);

describe("the node's PID namespace, asked one PID at a time", () => {
  it('isHostPid says yes for exactly the PIDs hostProcesses lists: systemd, daemons, shims, pods, a stopped one gone', async () => {
    const s = createSession({ seed: 4, now });
    const lines = [CRICTL_YAML, POD_CONFIG, CONTAINER_CONFIG, 'crictl run container-config.json pod-config.json', 'ctr i pull docker.io/library/busybox:latest', 'ctr run -d docker.io/library/busybox:latest c1 sleep 1000'];
    for (const line of lines) {
      const r = await s.run(line);
      expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
    }
    const listed = new Set(hostProcesses(s.node).map((p) => p.pid));
    const highest = Math.max(...listed);
    for (let pid = 0; pid <= highest + 5; pid++) expect(isHostPid(s.node, pid), `pid ${pid}`).toBe(listed.has(pid));
    // The pod's container shares its pause's namespace; the pause is found by its init's PID.
    const tasks = Object.values(s.node.state.containerd.namespaces['k8s.io']?.tasks ?? {});
    const pause = tasks.find((t) => s.node.state.containerd.namespaces['k8s.io']?.containers[t.containerId]?.image.includes('pause'));
    expect(pause).toBeDefined();
    expect(liveTaskWithInitPid(s.node, 'k8s.io', pause!.init.pid)).toBe(pause);
    expect(tasksSharing(s.node, 'k8s.io', pause!).map((t) => t.containerId).sort()).toEqual(tasks.map((t) => t.containerId).sort());
    expect((await s.run('ctr t kill -s SIGKILL c1')).exitCode).toBe(0);
    const c1 = s.node.state.containerd.namespaces.default?.tasks.c1;
    expect(c1?.init.status).toBe('STOPPED');
    expect(isHostPid(s.node, c1!.init.pid)).toBe(false);
    expect(liveTaskWithInitPid(s.node, 'default', c1!.init.pid)).toBeUndefined();
  });

  it("a shell's background job is there from its fork to its end, as root, in both answers", async () => {
    const s = createSession({ seed: 5, now });
    for (const line of ['ctr i pull docker.io/library/busybox:latest', "ctr run -d docker.io/library/busybox:latest j sh -c 'sleep 5 & sleep 1000'"]) {
      const r = await s.run(line);
      expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
    }
    const sh = s.node.state.containerd.namespaces.default?.tasks.j?.init;
    const job = (sh?.programState as { helpers?: Array<{ pid: number; parent?: number }> } | undefined)?.helpers?.find((h) => h.parent !== undefined);
    expect(job).toBeDefined();
    const row = hostProcesses(s.node).find((p) => p.pid === job!.pid);
    expect(row).toMatchObject({ user: 'root', args: ['sleep', '5'] });
    expect(isHostPid(s.node, job!.pid)).toBe(true);
    // Once the job's sleep is over it is gone from the node's list and from isHostPid alike.
    expect((await s.run('sleep 6')).exitCode).toBe(0);
    expect(hostProcesses(s.node).some((p) => p.pid === job!.pid)).toBe(false);
    expect(isHostPid(s.node, job!.pid)).toBe(false);
  });
});

describe("the node's processes' parents", () => {
  // As on any systemd node: the daemons and every shim (which daemonises) are PID 1's children,
  // runc starts an init and an exec as the shim's, and a fork is its forker's (task-processes.ts,
  // the rows `nerdctl top` and `runc ps` print).
  it('gives each host row its PPID, the same as the task rows', async () => {
    const s = createSession({ seed: 4, now });
    for (const line of ['nerdctl run -d --name web nginx:alpine', "nerdctl run -d --name job busybox sh -c 'sleep 300 & sleep 400'"]) {
      const r = await s.run(line);
      expect(r.exitCode, `${line}: ${r.stderr}`).toBe(0);
    }
    const rows = hostProcesses(s.node);
    const ppid = (pid: number) => rows.find((p) => p.pid === pid)?.ppid ?? 0;
    expect([ppid(1), ppid(2), ppid(612)]).toEqual([0, 0, 1]);
    for (const id of ['web', 'job']) {
      const task = Object.values(s.node.state.containerd.namespaces.default?.tasks ?? {}).find((t) => s.node.state.containerd.namespaces.default?.containers[t.containerId]?.labels['nerdctl/name'] === id);
      expect(task).toBeDefined();
      const shim = task!.init.pid - 1;
      expect(ppid(shim)).toBe(1);
      expect(ppid(task!.init.pid)).toBe(shim);
      const top = (await s.run(`nerdctl top ${id}`)).stdout.trim().split('\n').slice(1).map((l) => l.split(/ +/));
      expect(top.length).toBeGreaterThan(1);
      for (const [, pid = '', parent = ''] of top) expect(ppid(Number(pid)), `${id} ${pid}`).toBe(Number(parent));
    }
  });
});
