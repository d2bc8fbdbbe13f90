// nerdctl run --pid (run_linux.go setPlatformOptions@v0.22.2): only "host" (any case) is known,
// as oci.WithHostNamespace(specs.PIDNamespace); runc then makes no namespace, and the
// container's processes see the node's (containerd/tasks/host-pid-namespace.ts).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../shell/session';

const session = () => createSession({ seed: 43, now: () => Date.UTC(2026, 11, 6, 4, 30, 0) });

describe('nerdctl run --pid', () => {
  it('host: no pid namespace in the spec; ps lists the node with systemd as PID 1 and host PIDs', async () => {
    const s = session();
    await s.run('nerdctl run -d --name web nginx:alpine');
    const nginxPid = (await s.run("nerdctl inspect -f '{{.State.Pid}}' web")).stdout.trim();
    const ps = (await s.run('nerdctl run --rm --pid host busybox ps')).stdout;
    const lines = ps.split('\n');
    expect(lines[0]).toBe('PID   USER     COMMAND');
    expect(lines[1]).toBe('    1 root     {systemd} /sbin/init');
    expect(lines[2]).toBe('    2 root     [kthreadd]');
    expect(ps).toContain('  612 root     /usr/bin/containerd\n');
    expect(ps).toContain(`${nginxPid.padStart(5)} root     nginx: master process nginx -g daemon off;\n`);
    expect(ps).toMatch(/\n\d+ root {5}ps\n$/);
    expect((await s.run('nerdctl run --rm --pid HOST busybox cat /proc/1/cmdline')).stdout).toBe('/sbin/init\0');

    await s.run('nerdctl run -d --name h --pid host busybox sleep 100');
    const pid = (await s.run("nerdctl inspect -f '{{.State.Pid}}' h")).stdout.trim();
    expect((await s.run('nerdctl exec h ps')).stdout).toContain(`${pid.padStart(5)} root     sleep 100\n`);
    const id = (await s.run("nerdctl inspect -f '{{.Id}}' h")).stdout.trim();
    const info = (await s.run(`ctr c info ${id}`)).stdout;
    expect(info).not.toContain('"type": "pid"');
    expect(info).toContain('"type": "ipc"');
    // Without --pid a container is its own PID 1.
    expect((await s.run('nerdctl run --rm busybox cat /proc/1/cmdline')).stdout).toBe('cat\0/proc/1/cmdline\0');
  });

  it('anything else is refused before the image is looked at', async () => {
    const s = session();
    for (const mode of ['container:web', 'private', 'ns:/proc/1/ns/pid']) {
      const r = await s.run(`nerdctl run --rm --pid ${mode} nosuchimage`);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain('level=fatal msg="invalid pid namespace. Set --pid=host to enable host pid namespace"\n');
    }
  });
});
