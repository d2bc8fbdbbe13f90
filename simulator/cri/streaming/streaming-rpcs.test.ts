// The streaming RPCs against what containerd 1.6.20's CRI plugin answered on the recorded node
// (tests/oracle/cri/fixtures/pod-lifecycle.json and configs-streams-stats.json):
// container_execsync.go:98-130 and 141-236 (ExecSync, its timeout), container_exec.go:28-39,
// container_attach.go:33-44, container_log_reopen.go:30-55, sandbox_portforward.go:29-41 and
// the streaming server's validation and URLs (pkg/cri/streaming/server.go:183-248,
// request_cache.go:50-56, 128-146).

import { describe, expect, it } from 'vitest';
import { criServices, openStream } from '../index';
import { ContainerdError } from '../../errdefs/errdefs';
import { containerConfig, podConfig, podNode, POD_ID } from '../container/test-support';
import { portForward, portForwardUrl } from './streaming-rpcs';
import { streamServerPort } from './stream-server';

async function withContainer(command: string[], extra = {}) {
  const { s, ctx } = await podNode();
  const rt = criServices(s.node).runtime;
  const { containerId } = await rt.createContainer({ podSandboxId: POD_ID, config: containerConfig('main', command, extra), sandboxConfig: podConfig });
  await rt.startContainer({ containerId });
  return { s, ctx, rt, id: containerId };
}

const failure = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ContainerdError);
  return { code: (err as ContainerdError).errClass, message: (err as ContainerdError).message };
};

describe('ExecSync', () => {
  it('collects stdout, stderr and the exit code, in the container env and working directory', async () => {
    const { rt, id } = await withContainer(['sleep', '1000'], { envs: [{ key: 'GREETING', value: 'hi' }], workingDir: '/tmp' });
    expect(await rt.execSync({ containerId: id, cmd: ['sh', '-c', 'echo out; echo err >&2; exit 7'], timeout: 10 })).toEqual({ stdout: 'out\n', stderr: 'err\n', exitCode: 7 });
    expect(await rt.execSync({ containerId: id, cmd: ['sh', '-c', 'echo $GREETING; pwd'], timeout: 0 })).toEqual({ stdout: 'hi\n/tmp\n', stderr: '', exitCode: 0 });
  });

  it('fails as the recorded plugin: a missing binary, a missing container, a timeout', async () => {
    const { rt, id, s } = await withContainer(['sleep', '1000']);
    const missing = await failure(rt.execSync({ containerId: id, cmd: ['/no/such/binary'], timeout: 0 }));
    expect(missing.code).toBe('unknown');
    expect(missing.message).toMatch(
      /^failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "\/no\/such\/binary": stat \/no\/such\/binary: no such file or directory: unknown$/,
    );
    expect(await failure(rt.execSync({ containerId: 'deadbeef', cmd: ['true'], timeout: 0 }))).toEqual({
      code: 'not found',
      message: 'failed to exec in container: failed to find container "deadbeef" in store: not found',
    });
    const before = s.node.nowMs();
    expect(await failure(rt.execSync({ containerId: id, cmd: ['sleep', '5'], timeout: 1 }, { wait: (ms) => s.run(`sleep ${ms / 1000}`).then(() => undefined) }))).toEqual({
      code: 'deadline exceeded',
      message: 'failed to exec in container: timeout 1s exceeded: context deadline exceeded',
    });
    expect(s.node.nowMs() - before).toBeGreaterThanOrEqual(1000);
    // The timed-out exec was killed and deleted: only the container's own process is left.
    expect((await s.run(`ctr -n k8s.io t ps ${id}`)).stdout.trim().split('\n')).toHaveLength(2);
  });

  // tests/oracle/cri/fixtures/exec-background-jobs.json #6-#13 and #18: execInternal waits on
  // attachDone with no drain timeout, so a background job holding the output holds the answer.
  it('waits for a background job that holds the output, past the exec\'s exit and its timeout', async () => {
    const { rt, id, s } = await withContainer(['sleep', '1000']);
    const wait = { wait: (ms: number) => s.run(`sleep ${ms / 1000}`).then(() => undefined) };
    const exec = (script: string, timeout = 0) => rt.execSync({ containerId: id, cmd: ['sh', '-c', script], timeout }, wait);
    let before = s.node.nowMs();
    expect(await exec('echo a; (sleep 3; echo b) &')).toEqual({ stdout: 'a\nb\n', stderr: '', exitCode: 0 });
    expect(s.node.nowMs() - before).toBeGreaterThanOrEqual(3000);
    before = s.node.nowMs();
    expect(await exec('sleep 3 >/dev/null 2>&1 &')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.node.nowMs() - before).toBeLessThan(1000);
    expect(await exec('echo a; (sleep 3; echo b) &', 1)).toEqual({ stdout: 'a\nb\n', stderr: '', exitCode: 0 });
    expect(await exec('echo e >&2; (sleep 2; echo f >&2) & echo out')).toEqual({ stdout: 'out\n', stderr: 'e\nf\n', exitCode: 0 });
    expect(await exec('(sleep 1; echo late) & exit 4')).toEqual({ stdout: 'late\n', stderr: '', exitCode: 4 });
    before = s.node.nowMs();
    expect(await failure(exec('(sleep 3; echo b) & sleep 5; echo c', 2))).toEqual({
      code: 'deadline exceeded',
      message: 'failed to exec in container: timeout 2s exceeded: context deadline exceeded',
    });
    expect(s.node.nowMs() - before).toBeGreaterThanOrEqual(3000);
  });

  it('answers when the container\'s init ends, killing a job that still held the output', async () => {
    const { rt, id, s } = await withContainer(['sh', '-c', 'sleep 2']);
    const wait = { wait: (ms: number) => s.run(`sleep ${ms / 1000}`).then(() => undefined) };
    const before = s.node.nowMs();
    expect(await rt.execSync({ containerId: id, cmd: ['sh', '-c', 'echo a; (sleep 6; echo b) &'], timeout: 0 }, wait)).toEqual({ stdout: 'a\n', stderr: '', exitCode: 0 });
    expect(s.node.nowMs() - before).toBeLessThan(2500);
  });

  it('refuses a container that is not running', async () => {
    const { rt, id } = await withContainer(['sh', '-c', 'echo bye']);
    expect(await failure(rt.execSync({ containerId: id, cmd: ['true'], timeout: 0 }))).toEqual({
      code: 'unknown',
      message: 'failed to exec in container: container is in CONTAINER_EXITED state',
    });
    expect(await failure(rt.reopenContainerLog({ containerId: id }))).toEqual({ code: 'unknown', message: 'container is not running' });
    expect(await failure(rt.exec({ containerId: id, cmd: ['sh'], tty: false, stdin: false, stdout: true, stderr: true }))).toEqual({
      code: 'unknown',
      message: 'container is in CONTAINER_EXITED state',
    });
  });
});

describe('stream URLs', () => {
  it('files Exec, Attach and PortForward under one-time tokens on 127.0.0.1', async () => {
    const { rt, id, s, ctx } = await withContainer(['sleep', '1000']);
    const port = streamServerPort(s.node);
    expect(port).toBeGreaterThanOrEqual(32768);
    const exec = await rt.exec({ containerId: id, cmd: ['sh'], tty: true, stdin: true, stdout: true, stderr: false });
    expect(exec.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/exec/[A-Za-z0-9_-]{8}$`));
    const attach = await rt.attach({ containerId: id, stdin: true, tty: true, stdout: true, stderr: false });
    expect(attach.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/attach/[A-Za-z0-9_-]{8}$`));
    expect(portForward(ctx, { podSandboxId: POD_ID.slice(0, 6), port: [80] }).url).toMatch(/\/portforward\/[A-Za-z0-9_-]{8}$/);
    expect(openStream(s.node, exec.url)?.verb).toBe('exec');
    // Consumed: a second open finds nothing, as the server's 404.
    expect(openStream(s.node, exec.url)).toBeUndefined();
    expect(openStream(s.node, attach.url.replace('/attach/', '/exec/'))).toBeUndefined();
  });

  it('validates the request as the streaming server does', async () => {
    const { rt, id, ctx } = await withContainer(['sleep', '1000']);
    expect(await failure(rt.exec({ containerId: id, cmd: ['sh'], tty: false, stdin: false, stdout: false, stderr: false }))).toEqual({
      code: 'invalid argument',
      message: 'one of stdin, stdout, or stderr must be set',
    });
    expect(await failure(rt.attach({ containerId: id, tty: false, stdin: false, stdout: false, stderr: false }))).toEqual({
      code: 'invalid argument',
      message: 'one of stdin, stdout, and stderr must be set',
    });
    expect(await failure(rt.exec({ containerId: id, cmd: ['sh'], tty: true, stdin: true, stdout: true, stderr: true }))).toEqual({
      code: 'invalid argument',
      message: 'tty and stderr cannot both be true',
    });
    expect(() => portForwardUrl(ctx, '', [])).toThrow('missing required pod_sandbox_id');
    expect(() => portForward(ctx, { podSandboxId: 'ffff' })).toThrow('failed to find sandbox "ffff": not found');
  });

  it('runs an exec only when its URL is opened, and deletes it after its exit', async () => {
    const { rt, id, s } = await withContainer(['sleep', '1000']);
    const { url } = await rt.exec({ containerId: id, cmd: ['sh', '-c', 'echo streamed'], tty: false, stdin: false, stdout: true, stderr: true });
    const session = openStream(s.node, url);
    if (session?.verb !== 'exec') throw new Error('no exec session');
    const started = session.start(undefined);
    expect(started.out.map((c) => c.text).join('')).toBe('streamed\n');
    started.finish();
    expect((await s.run(`ctr -n k8s.io t ps ${id}`)).stdout.trim().split('\n')).toHaveLength(2);
  });
});
