// `crictl exec [command options] CONTAINER-ID COMMAND [ARG...]` (cmd/crictl/exec.go @v1.26.0).
// -s runs ExecSync and prints its stdout and stderr, each followed by a newline, on stdout
// (exec.go:119-120); otherwise Exec gives a stream URL that crictl opens. In 1.26 a non-zero
// exit of the remote command is an error like any other: `execing command in container:
// command terminated with exit code N` (client-go remotecommand/v4.go:107), FATA, exit 1 —
// urfave's HandleExitCoder sees fmt.Errorf's wrapper, not an ExitCoder (errors.go:100).

import { NotSimulatedError } from '../../../cli/not-simulated';
import { ExecNeverEndsError, openStream } from '../../../cri/index';
import { ContainerdError, plain } from '../../../errdefs/errdefs';
import { rpcErrorText, runtimeServiceOf, type CrictlCommand, type CrictlContext } from '../crictl-env';
import { followStream } from './attached-stream';
import { checkTerminal, openFailure, requestStreamUrl, startStream } from './stream-url';
import { showSubcommandHelp } from '../../../cli/show-help';

const FAILED = 'execing command in container';

/** ExecSync through the CRI client (remote_runtime.go:470-499): its errors as crictl words them. */
async function execSync(c: CrictlContext, id: string, cmd: string[], timeout: number): Promise<number> {
  const service = await runtimeServiceOf(c);
  c.env.log.debug(`ExecSyncRequest: &ExecSyncRequest{ContainerId:${id},Cmd:[${cmd.join(' ')}],Timeout:${timeout},}`);
  let resp;
  try {
    resp = await service.execSync({ containerId: id, cmd, timeout }, { wait: (ms) => c.io.pace(ms) });
  } catch (err) {
    if (err instanceof ExecNeverEndsError) {
      throw new NotSimulatedError(`crictl exec -s without --timeout of "${cmd.join(' ')}", which never ends,`, "crictl's docs/crictl.md");
    }
    // remote_runtime.go:482-485: a DeadlineExceeded status becomes a timeout error.
    const text = err instanceof ContainerdError && err.errClass === 'deadline exceeded' ? `command ${JSON.stringify(cmd.join(' '))} timed out` : rpcErrorText(err);
    throw plain(`execing command in container synchronously: ${text}`);
  }
  if (resp.exitCode !== 0) {
    // remote_runtime.go:490-495: utilexec.CodeExitError, whose text carries the stderr.
    throw plain(`execing command in container synchronously: command '${cmd.join(' ')}' exited with ${resp.exitCode}: ${resp.stderr}`);
  }
  c.io.stdout(`${resp.stdout}\n`);
  c.io.stdout(`${resp.stderr}\n`);
  return 0;
}

export const execCommand: CrictlCommand = {
  name: 'exec',
  usage: 'Run a command in a running container',
  argsUsage: 'CONTAINER-ID COMMAND [ARG...]',
  shortOptionHandling: true,
  flags: [
    { names: ['sync', 's'], kind: 'bool', usage: 'Run the command synchronously' },
    { names: ['timeout'], kind: 'int64', usage: 'Timeout in seconds', value: 0 },
    { names: ['tty', 't'], kind: 'bool', usage: 'Allocate a pseudo-TTY' },
    { names: ['interactive', 'i'], kind: 'bool', usage: 'Keep STDIN open' },
  ],
  action: async (c) => {
    if (c.args.length < 2) return showSubcommandHelp(c);
    const service = await runtimeServiceOf(c);
    const id = c.args[0] as string;
    const cmd = c.args.slice(1);
    const tty = c.bool('tty');
    const stdin = c.bool('interactive');
    if (c.bool('sync')) return execSync(c, id, cmd, c.int('timeout'));
    const request = { containerId: id, cmd, tty, stdin, stdout: true, stderr: !tty };
    c.env.log.debug(`ExecRequest: &ExecRequest{ContainerId:${id},Cmd:[${cmd.join(' ')}],Tty:${tty},Stdin:${stdin},Stdout:true,Stderr:${!tty},}`);
    const url = await requestStreamUrl(c, 'Exec', FAILED, () => service.exec(request));
    checkTerminal(c, FAILED, tty, stdin);
    const session = openStream(c.env.node, url);
    if (session?.verb !== 'exec') throw openFailure(FAILED);
    const started = startStream(FAILED, () => session.start(stdin && c.io.stdin !== '' ? c.io.stdin : undefined));
    const code = await followStream(c, started, tty, stdin);
    if (code === 'attached' || code === 0) return 0;
    throw plain(`${FAILED}: command terminated with exit code ${code}`);
  },
};
