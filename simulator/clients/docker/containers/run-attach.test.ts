// docker run -a / --detach-keys as a real 20.10.24 answered them (oracle 49-learner-fresh-g.sh
// and its probes): only the named streams reach the terminal, -a stdin alone prints the id, -a
// with -d is refused, and detach keys the daemon refuses break the attach (the CLI reads the
// daemon's "Invalid detach keys" text as a stream header: 'I' is 73), leaving the container created.

import { describe, expect, it } from 'vitest';
import { sessionWithBusybox as pulled } from './test-support';

describe('docker run -a and --detach-keys', () => {
  it('shows only the attached streams', async () => {
    const run = await pulled();
    expect(await run("docker run -a stdout busybox sh -c 'echo o; echo e >&2'")).toEqual({ stdout: 'o\n', stderr: '', exitCode: 0 });
    expect(await run("docker run -a STDERR busybox sh -c 'echo o; echo e >&2'")).toEqual({ stdout: '', stderr: 'e\n', exitCode: 0 });
    const stdinOnly = await run('docker run -a stdin busybox echo hi');
    expect(stdinOnly.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(await run('docker run -d -a stdout busybox true')).toEqual({ stdout: '', stderr: 'Conflicting options: -a and -d\n', exitCode: 1 });
  });

  it('refuses detach keys moby/term cannot read, after the create', async () => {
    const run = await pulled();
    expect(await run('docker run --name dk --detach-keys bogus busybox echo x')).toEqual({ stdout: '', stderr: 'Unrecognized input header: 73\n', exitCode: 1 });
    // The refusal is inside the hijacked stream: run.go starts the container all the same, and it
    // runs unseen (dockerd 20.10.24: `docker ps -a` shows it exited; a --rm one is removed).
    expect((await run("docker ps -a --filter name=dk --format '{{.State}}'")).stdout).toBe('exited\n');
    expect(await run('docker run --rm --name gone --detach-keys=xyz busybox echo x')).toMatchObject({ stderr: 'Unrecognized input header: 73\n', exitCode: 1 });
    expect((await run("sleep 1; docker ps -a --filter name=gone --format '{{.State}}'")).stdout).toBe('');
    expect((await run('docker run --rm --detach-keys ctrl-p,q busybox echo ok')).stdout).toBe('ok\n');
  });
});
