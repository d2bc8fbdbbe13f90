// `docker exec [OPTIONS] CONTAINER COMMAND [ARG...]` (docker/cli@v20.10.24
// cli/command/container/exec.go runExec): flags end at the container's name; the container is
// inspected first (a missing one is `Error: No such container: x`), then -it off a terminal is
// `the input device is not a TTY`, then the exec is made and started. Attached, its output is
// copied and its exit code is docker's (getExecExitStatus); a command runc cannot start prints
// its message in the stream (`OCI runtime exec failed: …: unknown`, CRLF-ended as recorded in
// conformance 10 #22) and exits 126, as does a -u user the image's passwd file lacks (`unable
// to find user x: no matching entries in passwd file`). -d returns at once (a failed start is
// then `Error response from daemon: …`, exit 1). A stopped container is the daemon's `Container
// <id> is not running`, a paused one `Container <name> is paused, …` (exit 1).

import { CliError } from '../../../cli/cli-error';
import { isNotFound } from '../../../errdefs/errdefs';
import { NotSimulatedError } from '../../../cli/not-simulated';
import type { FlagSpec } from '../../../cli/spec';
import type { Process, ProcessState } from '../../../containerd/client/index';
import type { CtrContext } from '../../ctr/ctr-env';
import { waitAttached } from '../../ctr/tasks/attached-task';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { inspectErrorText } from './inspect';
import { checkEnv } from './network-opts';
import { detachKeysSpec, LOUD_DETACH, validDetachKeys, withDetachKeys } from './detach-keys';
import { EnvFileError, readEnvFile } from './env-file';

const DOCS = 'https://docs.docker.com/engine/reference/commandline/exec/';

/** The env files' entries (env-file.ts), the CLI's error exiting 1 as exec's parse returns it. */
function readEnvFiles(c: DockerContext, paths: readonly string[]): string[] {
  try {
    return paths.flatMap((p) => readEnvFile(c, p));
  } catch (err) {
    if (err instanceof EnvFileError) throw new CliError(err.message, 1);
    throw err;
  }
}

/** ctr's MAX_WAIT_MS: an exit further away counts as running for ever. */
const MAX_WAIT_MS = 10 * 60 * 1000;

/** An exec that would hold a pipe or a transcript for ever (a watched terminal can stay with it). */
function runsForEver(c: DockerContext, process: Process, tty: boolean): boolean {
  if (!process.state()) return false;
  if (c.io.time.realTime && c.io.interactive && process.reads(tty) === 'none') return false;
  const planned = process.plannedExit();
  if (planned && planned.atMs - c.env.node.nowMs() <= MAX_WAIT_MS) return false;
  return !c.io.terminal;
}

async function action(c: DockerContext): Promise<number> {
  const daemon = daemonOf(c);
  const [ref = '', ...cmd] = c.args;
  // parseExec reads the env files before anything is asked of the daemon.
  const env = [...readEnvFiles(c, c.stringSlice('env-file')), ...c.stringSlice('env')];
  let state: { Running?: boolean; Paused?: boolean } | undefined;
  try {
    state = (daemon.containers.inspect(ref) as { State?: { Running?: boolean; Paused?: boolean } }).State;
  } catch (err) {
    c.io.stderr(`${inspectErrorText(err)}\n`);
    return 1;
  }
  const interactive = c.bool('interactive');
  const tty = c.bool('tty');
  const detach = c.bool('detach');
  if (!detach && interactive && tty && !c.io.isTTY) {
    c.io.stderr('the input device is not a TTY\n');
    return 1;
  }
  // daemon/exec.go ContainerExecCreate checks the keys once it has an active container.
  const keys = detachKeysSpec(c);
  if (state?.Running === true && state.Paused !== true && !validDetachKeys(keys)) {
    c.io.stderr(`Error response from daemon: Invalid escape keys (${keys}) provided\n`);
    return 1;
  }
  const started = daemon.containers.exec(ref, {
    cmd,
    env,
    ...(c.string('user') !== '' ? { user: c.string('user') } : {}),
    ...(c.string('workdir') !== '' ? { workingDir: c.string('workdir') } : {}),
    ...(c.bool('privileged') ? { privileged: true } : {}),
    tty,
    // -i copies the CLI's stdin to the exec until its end: what was piped or redirected in (an
    // empty one, `< /dev/null`, is at its end at once); only a terminal someone types at stays open.
    stdin: interactive ? (c.io.stdin === '' && c.io.interactive === true ? undefined : c.io.stdin) : '',
  });
  if (!started.ok) {
    if (detach) {
      c.io.stderr(`Error response from daemon: ${started.message}\n`);
      return 1;
    }
    // The daemon writes the start failure into the attached stream.
    c.io.stdout(`${started.message}\r\n`);
    return started.exitCode;
  }
  // Detached: the exec's output goes nowhere (docker does not attach to it).
  if (detach) return 0;
  if (runsForEver(c, started.process, tty)) {
    for (const chunk of started.out) (chunk.stream === 'stdout' || tty ? c.io.stdout : c.io.stderr)(chunk.text);
    throw new NotSimulatedError(`staying attached to "${cmd.join(' ')}" until it exits (the exec keeps running)`, DOCS);
  }
  // ctr's attach loop: copy the output, wait for the exit (docker's hijacked stream does the same).
  // -it: the detach keys leave the exec running; docker prints `read escape sequence`, exit 1.
  const watched = withDetachKeys(c, interactive && tty, LOUD_DETACH);
  // exec.go forwards no signals: without a terminal Ctrl-C ends the client and the exec runs on.
  // docker exec passes no signals on: without a terminal Ctrl-C ends the CLI (Go's default) and
  // the process runs on, as here; with one, Ctrl-C is the pty's SIGINT to the process.
  const detachedHint = (process: ProcessState) =>
    tty ? `ctrlab: "${process.args.join(' ')}" ignores SIGINT, so a real docker exec would stay attached (Ctrl-P Ctrl-Q detaches); detached here instead — the process keeps running\n` : '';
  return waitAttached(watched as unknown as CtrContext, { process: execThroughDaemon(daemon, started.execId, started.process), terminal: tty, out: started.out, cleanup: () => undefined, proxiesSignals: tty, detachedHint });
}

/**
 * The exec as the CLI sees it: its stream is the hijacked connection (the process's output), its
 * state what the daemon says of it — docker exec ends with ContainerExecInspect's ExitCode once
 * the daemon's exit monitor recorded it (getExecExitStatus), which stays known after the task is
 * gone (an exec that stopped its own container).
 */
function execThroughDaemon(daemon: ReturnType<typeof daemonOf>, execId: string, process: Process): Process {
  let last: ProcessState | undefined;
  try {
    last = process.state();
  } catch {
    // already gone: the daemon knows how it ended
  }
  const state = (): ProcessState | undefined => {
    const inspect = daemon.containers.execInspect(execId);
    if (inspect.Running) {
      try {
        last = process.state() ?? last;
      } catch (err) {
        if (!isNotFound(err)) throw err;
      }
      return last;
    }
    const base = last ?? { pid: inspect.Pid, args: [], startedAtMs: 0 };
    return { ...base, status: 'STOPPED', exitStatus: inspect.ExitCode ?? 0 };
  };
  return Object.assign(Object.create(process) as Process, { state });
}

const flags: FlagSpec[] = [
  { names: ['detach', 'd'], kind: 'bool', usage: 'Detached mode: run command in the background' },
  { names: ['detach-keys'], kind: 'string', usage: 'Override the key sequence for detaching a container' },
  { names: ['env', 'e'], kind: 'stringArray', typeName: 'list', usage: 'Set environment variables', check: checkEnv },
  { names: ['env-file'], kind: 'stringArray', typeName: 'list', usage: 'Read in a file of environment variables' },
  { names: ['interactive', 'i'], kind: 'bool', usage: 'Keep STDIN open even if not attached' },
  { names: ['privileged'], kind: 'bool', usage: 'Give extended privileges to the command' },
  { names: ['tty', 't'], kind: 'bool', usage: 'Allocate a pseudo-TTY' },
  { names: ['user', 'u'], kind: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  { names: ['workdir', 'w'], kind: 'string', usage: 'Working directory inside the container' },
];

export const containerExecCommand: DockerCommand = {
  name: 'exec',
  argsUsage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  usage: 'Run a command in a running container',
  args: { min: 2 },
  skipArgReorder: true,
  flags,
  action,
};

export const execCommand: DockerCommand = { ...containerExecCommand };
