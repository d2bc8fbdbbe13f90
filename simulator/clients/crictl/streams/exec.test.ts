// `crictl exec` and `crictl attach` (cri-tools v1.26.0 cmd/crictl/exec.go:46-205,
// attach.go:31-107): the stream's output, a non-zero exit as remotecommand's error
// (client-go remotecommand/v4.go:103-107, FATA and exit 1 since urfave v2.23.7's
// HandleExitCoder ignores the wrapped error, errors.go:100-120), -s printing stdout and stderr
// each followed by a newline (exec.go:119-120), the CRI client's ExecSync errors
// (remote_runtime.go:470-499), the tty checks of stream() and an interactive `exec -it … sh`.

import { describe, expect, it } from 'vitest';
import { crictlNode } from './test-support';

const SLEEPER = ['sleep', '100000'];

describe('crictl exec', () => {
  it('prints a command\'s output, and a non-zero exit as crictl 1.26 reports it', async () => {
    const { s, start } = await crictlNode();
    const id = (await start('main', SLEEPER)).slice(0, 13);
    expect(await s.run(`crictl exec ${id} sh -c 'echo out; echo err >&2'`)).toEqual({ stdout: 'out\n', stderr: 'err\n', exitCode: 0 });
    const failed = await s.run(`crictl exec ${id} sh -c 'echo partial; exit 3'`);
    expect(failed.stdout).toBe('partial\n');
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/level=fatal msg="execing command in container: command terminated with exit code 3"\n$/);
    // Output written later comes after its time has passed.
    const before = s.node.nowMs();
    expect((await s.run(`crictl exec ${id} sh -c 'sleep 2; echo late'`)).stdout).toBe('late\n');
    expect(s.node.nowMs() - before).toBeGreaterThanOrEqual(1990);
  });

  // CRI's exec stream ends at execInternal's attachDone: a background job holding the output
  // keeps it open, with no 2 s cap (tests/oracle/cri/fixtures/exec-background-jobs.json #6, #12).
  it('stays until a background job of the shell lets go of the output, with or without -s', async () => {
    const { s, start } = await crictlNode();
    const id = (await start('main', SLEEPER)).slice(0, 13);
    let before = s.node.nowMs();
    expect(await s.run(`crictl exec ${id} sh -c 'echo a; (sleep 3; echo b) &'`)).toEqual({ stdout: 'a\nb\n', stderr: '', exitCode: 0 });
    expect(s.node.nowMs() - before).toBeGreaterThanOrEqual(3000);
    before = s.node.nowMs();
    expect(await s.run(`crictl exec -s ${id} sh -c '(sleep 1; echo late) & echo now'`)).toEqual({ stdout: 'now\nlate\n\n\n', stderr: '', exitCode: 0 });
    expect(s.node.nowMs() - before).toBeGreaterThanOrEqual(1000);
    before = s.node.nowMs();
    expect(await s.run(`crictl exec ${id} sh -c 'sleep 3 >/dev/null 2>&1 &'`)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.node.nowMs() - before).toBeLessThan(1000);
  });

  it('runs -s through ExecSync', async () => {
    const { s, start } = await crictlNode();
    const id = await start('main', SLEEPER);
    expect(await s.run(`crictl exec -s ${id} sh -c 'echo out; echo err >&2'`)).toEqual({ stdout: 'out\n\nerr\n\n', stderr: '', exitCode: 0 });
    const code = await s.run(`crictl exec -s ${id} sh -c 'echo out; echo err >&2; exit 2'`);
    expect(code.stdout).toBe('');
    expect(code.stderr).toContain(`msg="execing command in container synchronously: command 'sh -c echo out; echo err >&2; exit 2' exited with 2: err\\n"\n`);
    const timedOut = await s.run(`crictl exec -s --timeout 1 ${id} sleep 5`);
    expect(timedOut.stderr).toContain('remote_runtime.go:479] "ExecSync cmd from runtime service failed"');
    expect(timedOut.stderr).toContain('msg="execing command in container synchronously: command \\"sleep 5\\" timed out"');
    // Without --timeout the real call would wait the whole sleep; here that is refused plainly.
    const forever = await s.run(`crictl exec -s ${id} sleep 1000000`);
    expect(forever.exitCode).toBe(1);
    expect(forever.stderr).toContain('is not simulated here');
    expect((await s.run(`crictl exec -s ${id} true`)).exitCode).toBe(0);
  });

  it('refuses an exited container, an unknown id, -t without -i, and -it off a terminal', async () => {
    const { s, start } = await crictlNode();
    const gone = await start('gone', ['true']);
    const exited = await s.run(`crictl exec ${gone} ls`);
    expect(exited.exitCode).toBe(1);
    expect(exited.stderr).toContain('msg="execing command in container: rpc error: code = Unknown desc = container is in CONTAINER_EXITED state"');
    expect((await s.run('crictl exec deadbeef ls')).stderr).toContain(
      'execing command in container: rpc error: code = NotFound desc = failed to find container \\"deadbeef\\" in store: not found',
    );
    const id = await start('main', SLEEPER);
    expect((await s.run(`crictl exec -t ${id} sh`)).stderr).toContain('msg="execing command in container: tty=true must be specified with interactive=true"');
    expect((await s.run(`crictl exec -it ${id} sh`)).stderr).toContain('msg="execing command in container: input is not a terminal"');
    // Fewer than two arguments: the command's help, exit 0 (cli.ShowSubcommandHelp).
    const help = await s.run(`crictl exec ${id}`);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('[command options] CONTAINER-ID COMMAND [ARG...]');
  });

  it('opens an interactive shell with -it on a terminal; exit returns to the node with its status', async () => {
    const { s, start } = await crictlNode();
    const full = await start('main', SLEEPER);
    const id = full.slice(0, 13);
    const first = await s.run(`crictl exec -it ${id} sh`, { tty: true });
    expect(first.stdout).toContain('/ # ');
    expect((await s.run('echo inside', { tty: true })).stdout).toBe('inside\n');
    expect((await s.run('hostname', { tty: true })).stdout).toBe('node1\n');
    const done = await s.run('exit', { tty: true });
    expect(done.exitCode).toBe(0);
    expect(s.prompt()).toBe('root@node1:~# ');
    await s.run(`crictl exec -it ${id} sh`, { tty: true });
    const three = await s.run('exit 3', { tty: true });
    expect(three.exitCode).toBe(1);
    expect(three.stderr).toContain('execing command in container: command terminated with exit code 3');
    // The streaming server deleted each exec once it ended: only the container's process is left.
    expect((await s.run(`ctr -n k8s.io t ps ${full}`)).stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('crictl attach', () => {
  it('joins a running process late and returns 0 when it ends, whatever its code', async () => {
    const { s, start } = await crictlNode();
    const id = await start('main', ['sh', '-c', 'echo early; sleep 5; echo later; exit 4']);
    await s.run('sleep 1');
    expect(await s.run(`crictl attach ${id}`)).toEqual({ stdout: 'later\n', stderr: '', exitCode: 0 });
    expect((await s.run(`crictl attach ${id}`)).stderr).toContain(
      'msg="attaching running container failed: rpc error: code = Unknown desc = container is in CONTAINER_EXITED state"',
    );
  });
});

describe('--debug lines of the streams commands', () => {
  it('logs the request, the response and the URL as exec.go and portforward.go do', async () => {
    const { s, start } = await crictlNode();
    const id = await start('main', SLEEPER);
    const r = await s.run(`crictl --debug exec ${id} true`);
    const debug = r.stderr.split('\n').filter((l) => l.includes('level=debug')).map((l) => l.replace(/^.*msg="(.*)"$/, '$1'));
    expect(debug.slice(-3)).toEqual([
      `ExecRequest: &ExecRequest{ContainerId:${id},Cmd:[true],Tty:false,Stdin:false,Stdout:true,Stderr:true,}`,
      expect.stringMatching(/^ExecResponse: &ExecResponse\{Url:http:\/\/127\.0\.0\.1:\d+\/exec\/[\w-]{8},\}$/),
      expect.stringMatching(/^Exec URL: http:\/\/127\.0\.0\.1:\d+\/exec\/[\w-]{8}$/),
    ]);
    const failed = await s.run('crictl --debug exec deadbeef true');
    expect(failed.stderr).toContain('msg="ExecResponse: nil"');
  });
});
