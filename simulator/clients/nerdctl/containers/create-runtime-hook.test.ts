// nerdctl's createRuntime OCI hook runs inside runc's create, after the init process has its PID
// and network namespace and before the program starts (runtime-spec config.md "createRuntime";
// nerdctl v0.22.2 pkg/ocihook/ocihook.go onCreateRuntime: CNI ADD into /proc/<pid>/ns/net). So a
// program that looks at its interfaces at once — `nerdctl run --rm busybox ip a` — already has
// eth0 on the default bridge (nerdctl0, 10.4.0.0/24, the bridge plugin's gateway 10.4.0.1).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../index';

const session = () => createSession({ seed: 11, now: () => Date.UTC(2026, 10, 28, 5, 15, 0) });

describe('the createRuntime hook runs before the program', () => {
  it('a foreground busybox sees eth0 and its default route on the bridge network', async () => {
    const s = session();
    await s.run('nerdctl pull -q busybox');
    const addr = await s.run('nerdctl run --rm busybox ip -4 addr show eth0');
    expect(addr.exitCode).toBe(0);
    expect(addr.stdout).toMatch(/^2: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 /);
    expect(addr.stdout).toMatch(/inet 10\.4\.0\.\d+\/24 brd 10\.4\.0\.255 scope global eth0/);
    const route = await s.run('nerdctl run --rm busybox ip route');
    expect(route.stdout).toMatch(/^default via 10\.4\.0\.1 dev eth0 \n10\.4\.0\.0\/24 dev eth0 scope link {2}src 10\.4\.0\.\d+ \n$/);
  });

  it('--net none: the hook has nothing to set up, only lo', async () => {
    const s = session();
    await s.run('nerdctl pull -q busybox');
    const none = await s.run('nerdctl run --rm --net none busybox ip -o link');
    expect(none.stdout.trim().split('\n')).toHaveLength(1);
    expect(none.stdout).toContain('lo:');
  });

  it('a failing hook fails the task creation with runc’s words and leaves no task', async () => {
    const s = session();
    await s.run('nerdctl network create mynet');
    await s.run('nerdctl run -d --name w --net mynet busybox sleep 100');
    await s.run('nerdctl stop w');
    await s.run('rm /etc/cni/net.d/nerdctl-mynet.conflist');
    const start = await s.run('nerdctl start w');
    expect(start.exitCode).toBe(1);
    expect(start.stderr).toContain(
      'level=fatal msg="failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error running hook #0: error running hook: exit status 1, stdout: , stderr: time=\\"',
    );
    expect(start.stderr).toContain('level=fatal msg=\\"network mynet not found\\": unknown"');
    expect((await s.run('ctr t ls')).stdout).toBe('TASK    PID    STATUS    \n');
  });
});
