// runc on the node, beyond the oracle script (tests/oracle/scripts/runc-cli.sh): the roots of
// other namespaces' shims, what a runc delete leaves to containerd, and where errors go with
// --log and --log-format (runc 1.1.5 main.go configLogrus and fatal).

import { describe, expect, it } from 'vitest';
import { createSession } from '../../shell/session';

const NOW = Date.UTC(2026, 11, 7, 21, 0, 0);

async function node() {
  const s = createSession({ seed: 7, now: () => NOW });
  await s.run('ctr i pull docker.io/library/busybox:latest > /dev/null');
  await s.run('ctr run -d docker.io/library/busybox:latest t1 sleep 1000');
  return s;
}

describe('runc', () => {
  it('lists a namespace only under its shim root', async () => {
    const s = await node();
    expect((await s.run('runc --root /run/containerd/runc/default list -q')).stdout).toBe('t1\n');
    expect((await s.run('runc --root /var/run/containerd/runc/default/ list -q')).stdout).toBe('t1\n');
    expect((await s.run('runc --root /run/containerd/runc/k8s.io list -q')).stdout).toBe('');
    expect((await s.run('cd /run/containerd && runc --root runc/default list -q')).stdout).toBe('t1\n');
    expect((await s.run('runc --root /run/docker/runtime-runc/default list -q')).stdout).toBe('');
  });

  it('shows the state of a running task and of one whose init ended', async () => {
    const s = await node();
    const running = JSON.parse((await s.run('runc --root /run/containerd/runc/default state t1')).stdout) as Record<string, unknown>;
    expect(running).toMatchObject({ ociVersion: '1.0.2-dev', id: 't1', status: 'running', bundle: '/run/containerd/io.containerd.runtime.v2.task/default/t1', rootfs: '/run/containerd/io.containerd.runtime.v2.task/default/t1/rootfs', owner: '' });
    expect(running.pid).toBeGreaterThan(0);
    await s.run('ctr t kill -s KILL t1');
    expect(JSON.parse((await s.run('runc --root /run/containerd/runc/default state t1')).stdout)).toMatchObject({ pid: 0, status: 'stopped' });
  });

  it('forgets a deleted container while the shim keeps its stopped task until ctr t rm', async () => {
    const s = await node();
    const r = await s.run('runc --root /run/containerd/runc/default delete -f t1');
    expect(r).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.run('runc --root /run/containerd/runc/default list -q')).stdout).toBe('');
    expect((await s.run('ctr t ls')).stdout).toMatch(/^t1 +\d+ +STOPPED$/m);
    expect((await s.run('ctr t rm t1')).exitCode).toBe(0);
    expect((await s.run('ctr t start -d t1')).exitCode).toBe(0);
    expect((await s.run('runc --root /run/containerd/runc/default list -q')).stdout).toBe('t1\n');
  });

  it('writes errors into --log and plainly on stderr, as JSON with --log-format json', async () => {
    const s = await node();
    expect(await s.run('runc --log /tmp/runc.log state nosuch')).toEqual({ stdout: '', stderr: 'container does not exist\n', exitCode: 1 });
    expect((await s.run('cat /tmp/runc.log')).stdout).toMatch(/^time="2026-12-07T21:\d\d:\d\dZ" level=error msg="container does not exist"\n$/);
    expect((await s.run('runc --log-format json state nosuch')).stderr).toMatch(/^\{"level":"error","msg":"container does not exist","time":"2026-12-07T21:\d\d:\d\dZ"\}\n$/);
  });

  // Recorded on runc 1.1.5 (oracle runc-cli.sh): configLogrus is App.Before, so it runs before
  // any command (help too) and opens --log's file; a global flag parse error comes before it.
  it('checks the log format and opens --log before any command, as configLogrus does', async () => {
    const s = await node();
    expect((await s.run('runc --log-format xml help')).stderr).toMatch(/level=error msg="invalid log-format: xml"\n$/);
    expect(await s.run('runc --log /nowhere/runc.log list')).toMatchObject({ stdout: '', exitCode: 1 });
    expect((await s.run('runc --log-format json --log nowhere/r.log list')).stderr).toMatch(/^\{"level":"error","msg":"open nowhere\/r.log: no such file or directory",/);
    expect((await s.run('runc --log /tmp/made.log list -q')).exitCode).toBe(0);
    expect(await s.run('cat /tmp/made.log')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.run('runc --log /tmp/made.log --bogus list')).stderr).toMatch(/level=error msg="flag provided but not defined: -bogus"\n$/);
    expect((await s.run('runc --log /tmp/made.log nosuch')).stderr).toBe("No help topic for 'nosuch'\n");
    expect((await s.run('cat /tmp/made.log')).stdout).toMatch(/^time="[^"]+" level=error msg="No help topic for 'nosuch'\\n"\n$/);
  });

  it('refuses what it would do outside containerd, honestly', async () => {
    const s = await node();
    const r = await s.run('runc --root /run/containerd/runc/default pause t1');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('runc pause on a container of containerd\'s is not simulated here');
    expect((await s.run('runc --root /run/containerd/runc/default exec nosuch ls')).exitCode).toBe(255);
  });
});
