// `docker run` / `docker container run` (docker/cli 20.10 cli/command/container/run.go
// runContainer): the client's own checks, create (pulling a missing image), start; with -d the
// id, else attached to the container until it exits, exiting with its code (--rm: the daemon
// removes it then). A start that fails prints `docker: <daemon's text>.` without the help hint
// and exits 127 (not found), 126 (cannot invoke) or 125 (runStartContainerErr). Attached, the
// CLI cancels its wait request and the wait goroutine logs `error waiting for container: context
// canceled` — a race on a real node: without --rm it mostly wins (11 of 12 runs on a real
// 20.10.24), with --rm the daemon's removal mostly answers the wait first (4 of 18): printed
// without --rm only. Detached (-d) nothing cancels the wait and nothing is logged.

import type { FlagSpec } from '../../../cli/spec';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { attachTo } from './attached';
import { runFlags } from './container-flags';
import { containerRequest } from './container-request';
import { createWithPull, reportError, runErrorText } from './create';
import { BAD_ATTACH_KEYS, detachKeysSpec, SILENT_DETACH, validDetachKeys, withDetachKeys } from './detach-keys';

/** runStartContainerErr: the exit code of a start the daemon refused. */
function startErrorCode(message: string): number {
  if (message.includes('executable file not found') || message.includes('no such file or directory')) return 127;
  if (message.includes('permission denied')) return 126;
  return 125;
}

/** logrus's text line as the CLI prints it on stderr (time to the second, UTC here). */
function logrusError(c: DockerContext, msg: string): void {
  const time = new Date(c.env.node.nowMs()).toISOString().slice(0, 19);
  c.io.stderr(`time="${time}Z" level=error msg="${msg}"\n`);
}

async function action(c: DockerContext): Promise<number> {
  const detach = c.bool('detach');
  let id: string;
  let request: ReturnType<typeof containerRequest>;
  let out = true;
  let err = true;
  try {
    if (c.bool('tty') && c.bool('interactive') && !detach && !c.io.isTTY) {
      c.io.stderr('the input device is not a TTY\n');
      return 1;
    }
    request = containerRequest(c, c.args, { detach });
    // run.go runContainer: -d with -a is refused after parse, before any request (exit 1).
    if (detach && c.stringSlice('attach').length > 0) {
      c.io.stderr('Conflicting options: -a and -d\n');
      return 1;
    }
    out = request.config.AttachStdout === true;
    err = request.config.AttachStderr === true;
  } catch (e) {
    const text = runErrorText(e);
    if (text === undefined) throw e;
    reportError(c, 'run', text);
    return 125;
  }
  try {
    id = createWithPull(c, request);
  } catch (e) {
    // run.go: createContainer's error goes through runStartContainerErr (127 for "no such").
    const text = runErrorText(e);
    if (text === undefined) throw e;
    reportError(c, 'run', text);
    return startErrorCode(text);
  }
  const daemon = daemonOf(c);
  const interactive = c.bool('interactive');
  if (!detach && !validDetachKeys(detachKeysSpec(c))) {
    // The daemon refuses the attach (`Invalid detach keys (…) provided`) inside the hijacked
    // stream, so the attach call itself succeeded and run.go starts the container all the same:
    // it runs unseen (docker ps -a: exited; --rm removes it once it ends) while the CLI reads the
    // refusal as a stream header, whose first byte, 'I', is 73 (seen on dockerd 20.10.24).
    try {
      daemon.containers.start(id, { stdin: '', stdinOpen: false, attach: false });
    } catch (e) {
      const text = runErrorText(e);
      if (text === undefined) throw e;
      reportError(c, 'run', text, false);
      return startErrorCode(text);
    }
    c.io.stderr(`${BAD_ATTACH_KEYS}\n`);
    return 1;
  }
  let streams;
  try {
    // Detached, or attached to neither output stream (-a stdin): the id is printed.
    if (detach || (!out && !err)) c.io.stdout(`${id}\n`);
    streams = daemon.containers.start(id, {
      // -i: piped bytes then EOF, or (on a terminal) stdin kept open; without -i no stdin.
      stdin: interactive && c.io.stdin !== '' ? c.io.stdin : interactive ? undefined : '',
      stdinOpen: interactive && c.io.stdin === '',
      attach: !detach,
    });
  } catch (e) {
    const text = runErrorText(e);
    if (text === undefined) throw e;
    reportError(c, 'run', text, false);
    if (!detach && !c.bool('rm')) logrusError(c, 'error waiting for container: context canceled');
    return startErrorCode(text);
  }
  if (detach || !streams) return 0;
  // -a: only the named streams reach the terminal.
  const shown: DockerContext = out && err ? c : { ...c, io: { ...c.io, stdout: out ? c.io.stdout : () => undefined, stderr: err ? c.io.stderr : () => undefined } } as DockerContext;
  // -it on a terminal: Ctrl-P Ctrl-Q (or --detach-keys) leaves the container running, exit 0.
  const watched = withDetachKeys(shown, interactive && streams.tty, SILENT_DETACH);
  return attachTo(watched, streams, false, () => daemon.containers.exitCode(id), c.bool('sig-proxy'));
}

export const containerRunCommand: DockerCommand = {
  name: 'run',
  argsUsage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  usage: 'Run a command in a new container',
  args: { min: 1 },
  skipArgReorder: true,
  flags: runFlags as FlagSpec[],
  action,
};

export const runCommand: DockerCommand = { ...containerRunCommand };
