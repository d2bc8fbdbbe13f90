// runc 1.1.5 on the node (Debian's runc 1.1.5+ds1-1+deb12u1), an urfave/cli v1 app like ctr: its
// global flags and commands (runc-command-texts.ts), the errors main() hands to logrus (a
// `level=error` line, or the coloured ERRO form on a terminal; with --log they go to that file
// and plainly to stderr; --log-format json writes logrus's JSON). What it reads is runc's own
// state: the containers containerd's shims made, under --root (runc-containers.ts). Commands
// that would start or change a container outside containerd are refused as not simulated.

import { NotSimulatedError } from '../../cli/not-simulated';
import { logrusLine } from '../../cli/logrus';
import { runCli } from '../../cli/run-cli';
import type { CommandIO, CommandSpec, FlagSpec } from '../../cli/spec';
import { RUNC_PACKAGE } from '../../host/installed-versions';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';
import { RUNC_COMMAND_TEXTS } from './runc-command-texts';
import { checkArgs, getContainer, RuncExitError, type RuncContext, type RuncEnv } from './runc-env';
import { runcDelete, runcKill } from './runc-kill';
import { runcList, runcState } from './runc-list';
import { runcPs } from './runc-ps';
import { runcFeatures, runcSpec } from './runc-spec';

/** The app's Usage: the name's line, then runc's account of itself (main.go's usage). */
const APP_USAGE =
  "Open Container Initiative runtime\n" +
  "\n" +
  "runc is a command line client for running applications packaged according to\n" +
  "the Open Container Initiative (OCI) format and is a compliant implementation of the\n" +
  "Open Container Initiative specification.\n" +
  "\n" +
  "runc integrates well with existing process supervisors to provide a production\n" +
  "container runtime environment for applications. It can be used with your\n" +
  "existing process monitoring tools and the container will be spawned as a\n" +
  "direct child of the process supervisor.\n" +
  "\n" +
  "Containers are configured using bundles. A bundle for a container is a directory\n" +
  "that includes a specification file named \"config.json\" and a root filesystem.\n" +
  "The root filesystem contains the contents of the container.\n" +
  "\n" +
  "To start a new instance of a container:\n" +
  "\n" +
  "    # runc run [ -b bundle ] <container-id>\n" +
  "\n" +
  "Where \"<container-id>\" is your name for the instance of the container that you\n" +
  "are starting. The name you provide for the container instance must be unique on\n" +
  "your host. Providing the bundle directory using \"-b\" is optional. The default\n" +
  "value for \"bundle\" is the current directory.";

const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { names: ['debug'], kind: 'bool', usage: 'enable debug logging' },
  { names: ['log'], kind: 'string', usage: "set the log file to write runc logs to (default is '/dev/stderr')" },
  { names: ['log-format'], kind: 'string', usage: "set the log format ('text' (default), or 'json')", value: 'text' },
  { names: ['root'], kind: 'string', usage: 'root directory for storage of container state (this should be located in tmpfs)', value: '/run/runc' },
  { names: ['criu'], kind: 'string', usage: 'path to the criu binary used for checkpoint and restore', value: 'criu' },
  { names: ['systemd-cgroup'], kind: 'bool', usage: 'enable systemd cgroup support, expects cgroupsPath to be of form "slice:prefix:name" for e.g. "system.slice:runc:434234"' },
  { names: ['rootless'], kind: 'string', usage: "ignore cgroup permission errors ('true', 'false', or 'auto')", value: 'auto' },
];

const DOCS = 'the runc man pages (runc(8))';

/** A command whose container must exist before runc would act on it (and here it stops). */
function notSimulated(name: string, exec = false): (c: RuncContext) => void {
  return (c) => {
    checkArgs(c, 1, exec ? 'a minimum of' : 'exactly');
    try {
      getContainer(c);
    } catch (err) {
      if (exec) throw new RuncExitError(`exec failed: ${err instanceof Error ? err.message : String(err)}`, 255);
      throw err;
    }
    throw new NotSimulatedError(`runc ${name} on a container of containerd's`, DOCS);
  };
}

/** create and run need a bundle of the user's own: a root filesystem and a config.json. */
function needsBundle(name: string): (c: RuncContext) => void {
  return (c) => {
    checkArgs(c, 1, 'exactly');
    throw new NotSimulatedError(`runc ${name} (a container from a bundle, outside containerd)`, DOCS);
  };
}

const ACTIONS: Readonly<Record<string, (c: RuncContext) => void>> = {
  checkpoint: notSimulated('checkpoint'),
  create: needsBundle('create'),
  delete: runcDelete,
  events: notSimulated('events'),
  exec: notSimulated('exec', true),
  kill: runcKill,
  list: runcList,
  pause: notSimulated('pause'),
  ps: runcPs,
  restore: notSimulated('restore'),
  resume: notSimulated('resume'),
  run: needsBundle('run'),
  spec: runcSpec,
  start: notSimulated('start'),
  state: runcState,
  update: notSimulated('update'),
  features: runcFeatures,
};

export const runcApp: CommandSpec<RuncEnv> = {
  name: 'runc',
  usage: APP_USAGE,
  flags: GLOBAL_FLAGS,
  subcommands: Object.entries(ACTIONS).map(([name, action]) => {
    const text = RUNC_COMMAND_TEXTS[name];
    return {
      name,
      usage: text?.usage ?? '',
      ...(text?.argsUsage === undefined ? {} : { argsUsage: text.argsUsage }),
      ...(text?.description === undefined ? {} : { description: text.description }),
      flags: text?.flags ?? [],
      // ps passes what follows the container to the host's ps as it is.
      ...(name === 'ps' ? { skipArgReorder: true } : {}),
      action,
    };
  }),
};

/** The version block: runc's main sets app.Version to these lines. */
function versionText(): string {
  const p = RUNC_PACKAGE;
  return `${p.version}
commit: ${p.commit}
spec: ${p.spec}
go: ${p.goVersion}
libseccomp: ${p.libseccomp}`;
}

/** Where logrus writes: stderr in text until configLogrus (main.go's Before) sets it. */
interface LogTarget {
  /** The --log file as given ('' for stderr). */
  file: string;
  json: boolean;
}

/**
 * main.go's Before (configLogrus): the format first (one runc does not know stops every
 * command, help included), then --log's file, opened (created) before anything runs. A global
 * flag runc could not parse never gets here, so its error is logged plainly on stderr.
 */
function configLogrus(node: Node, c: RuncContext, target: LogTarget): void {
  const format = c.string('log-format');
  if (format !== '' && format !== 'text' && format !== 'json') throw new Error(`invalid log-format: ${format}`);
  target.json = format === 'json';
  const file = c.string('log');
  if (file === '') return;
  try {
    vfs.appendFile(node.state.host.files, vfs.normalizePath(file, c.io.cwd), '', { mode: 0o644, mtimeMs: node.nowMs() });
  } catch (err) {
    if (!vfs.isVfsError(err)) throw err;
    // os.OpenFile's error names the path as it was given.
    throw new Error(`open ${file}: ${err.message.slice(`${err.syscall} ${err.path}: `.length)}`);
  }
  target.file = file;
}

/**
 * fatal(): logrus.Error(err) — on stderr, or into --log's file and then plainly on stderr (as
 * runc's FatalWriter passes urfave's own text on: `plain`, newline included).
 */
function logError(node: Node, target: LogTarget, io: CommandIO, message: string, plain = `${message}\n`): void {
  const nowMs = node.nowMs();
  const line = target.json
    ? `${JSON.stringify({ level: 'error', msg: message, time: new Date(Math.floor(nowMs / 1000) * 1000).toISOString().replace('.000Z', 'Z') })}
`
    : logrusLine('error', message, {}, { tty: target.file === '' && io.isTTY, nowMs });
  if (target.file === '') {
    io.stderr(line);
    return;
  }
  vfs.appendFile(node.state.host.files, vfs.normalizePath(target.file, io.cwd), line, { mode: 0o644, mtimeMs: nowMs });
  io.stderr(plain);
}

/** The tool's run: `runc argv…` on the node. */
export function runRunc(node: Node, args: readonly string[], io: CommandIO): Promise<number> {
  const target: LogTarget = { file: '', json: false };
  return runCli(runcApp, args, io, { node }, {
    dialect: 'urfave-v1',
    version: versionText(),
    before: (c) => configLogrus(node, c, target),
    onError: (err, out) => {
      logError(node, target, out, err instanceof Error ? err.message : String(err));
      return err instanceof RuncExitError ? err.code : 1;
    },
    errWriter: (text, out) => logError(node, target, out, text, text),
  });
}

