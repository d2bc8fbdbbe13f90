// A debugging sidecar with nerdctl 0.22.2 on one simulated node: a container that joins a
// running nginx's network namespace (--network container:web) and the node's PID namespace
// (--pid host), reaches nginx on localhost, sees its processes under their host PIDs (the ones
// nerdctl inspect and top give), gets a device node, and outlives the container whose network
// it shares (with only its loopback left). Each line gets the real tool's answer, never an internal fault or a "not simulated".

import { describe, expect, it } from 'vitest';
import { createSession } from '../../simulator/index';

describe('a nerdctl sidecar sharing namespaces', () => {
  const session = createSession({ seed: 12, now: () => Date.UTC(2026, 11, 6, 8, 0, 0) });
  const run = async (line: string) => {
    const r = await session.run(line);
    expect(r.stdout + r.stderr).not.toMatch(/internal simulator error|not simulated here/);
    return r;
  };

  it('$ nerdctl run -d --name web nginx:alpine, then the sidecar in its network and the node’s PIDs', async () => {
    expect((await run('nerdctl run -d --name web nginx:alpine')).exitCode).toBe(0);
    expect((await run('nerdctl run -d --name side --network container:web --pid host --device /dev/fuse busybox sleep 3600')).exitCode).toBe(0);
    expect((await run("nerdctl inspect -f '{{.NetworkSettings.IPAddress}}' side")).stdout).toBe((await run("nerdctl inspect -f '{{.NetworkSettings.IPAddress}}' web")).stdout);
  });

  it('$ nerdctl exec side wget -qO- localhost reaches nginx; ps shows it by its host PID', async () => {
    expect((await run('nerdctl exec side wget -qO- localhost')).stdout).toContain('<title>Welcome to nginx!</title>');
    const pid = (await run("nerdctl inspect -f '{{.State.Pid}}' web")).stdout.trim();
    const ps = (await run('nerdctl exec side ps')).stdout;
    expect(ps).toMatch(/^PID {3}USER {5}COMMAND\n {4}1 root {5}\{systemd\} \/sbin\/init\n/);
    expect(ps).toContain(`${pid.padStart(5)} root     nginx: master process nginx -g daemon off;\n`);
    expect((await run('nerdctl top web')).stdout).toContain(` ${pid} `);
    expect((await run('nerdctl exec side ls -l /dev/fuse')).stdout).toMatch(/^crw------- .* 10, 229 .*\/dev\/fuse\n$/);
  });

  it('$ nerdctl rm -f web leaves the sidecar running', async () => {
    expect((await run('nerdctl rm -f web')).exitCode).toBe(0);
    expect((await run('nerdctl ps --format "{{.Names}} {{.Status}}"')).stdout).toBe('side Up\n');
    // web's OCI hook ran CNI DEL at its stop: the shared namespace keeps only its loopback.
    expect((await run('nerdctl exec side ip -o -4 addr')).stdout).toBe('1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n');
    expect((await run('nerdctl rm -f side')).exitCode).toBe(0);
  });
});
