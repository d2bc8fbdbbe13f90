// The ctr app (cmd/ctr/app/main.go): name, banner, global flags and the command list in the
// order ctr 1.6 registers them. Each group lives in its own folder; this file only lists them.

import { isInterrupted } from '../../cli/interrupted';
import { runCli } from '../../cli/run-cli';
import type { CommandIO } from '../../cli/spec';
import { ContainerdError } from '../../errdefs/errdefs';
import { connect } from '../../containerd/client/index';
import { ctrDial } from './ctr-dial';
import { CONTAINERD_PACKAGE, CONTAINERD_SOCKET } from '../../host/installed-versions';
import type { Node } from '../../node';
import { containersCommand } from './containers/containers';
import { contentCommand } from './content/content';
import type { CtrCommand, CtrContext, CtrEnv } from './ctr-env';
import { printCtrError } from './errors';
import { NotSimulatedError } from '../../cli/not-simulated';
import { eventsCommand } from './events/events';
import { imagesCommand } from './images/images';
import { installCommand } from './install/install';
import { leasesCommand } from './leases/leases';
import { namespacesCommand } from './namespaces/namespaces';
import { ociCommand } from './oci/oci';
import { pluginsCommand } from './plugins/plugins';
import { pprofCommand } from './pprof/pprof';
import { runCommand } from './run/run';
import { shimCommand } from './shim/shim';
import { snapshotsCommand } from './snapshots/snapshots';
import { tasksCommand } from './tasks/tasks';
import { versionCommand } from './version/version';

const BANNER = `
        __
  _____/ /______
 / ___/ __/ ___/
/ /__/ /_/ /
\\___/\\__/_/

containerd CLI
`;

const DESCRIPTION = `
ctr is an unsupported debug and administrative client for interacting
with the containerd daemon. Because it is unsupported, the commands,
options, and operations are not guaranteed to be backward compatible or
stable from release to release of the containerd project.`;

/**
 * Commands that never dial containerd's socket: `version` dials itself after printing the
 * client block, `oci spec` only prints, and `pprof` talks to the separate debug socket.
 */
const OFFLINE = new Set(['version', 'oci', 'pprof']);

/**
 * Below this a deadline expires before containerd answers the first request: on a real node
 * `--timeout 1ns` and `--connect-timeout 1ns` fail every command, while 1ms was enough.
 */
const ROUND_TRIP_MS = 1;

const TIMEOUT_DOCS = "ctr's help (--timeout)";

/** Commands whose only debug output (registry requests, per blob) is too rich to reproduce. */
const DEBUG_CHATTY = new Set(['images pull', 'images fetch', 'images push', 'content fetch', 'content push']);

type CtrAction = NonNullable<CtrCommand['action']>;

/**
 * The node time a ctr process takes before its first call (the Go binary's start, the dial). The
 * oracle's loaded real node took 60-200 ms per ctr line; 30 ms is a quiet node's order, and makes
 * a collection due 100 ms after a deletion run a few commands later, as there, not a hundred.
 */
const CTR_START_MS = 30;

/**
 * Runs `action` under the global --timeout as ctr's AppContext does (context.WithTimeout).
 * What a real command prints when its deadline hits depends on the request it was in, so
 * a command that would outlast the deadline fails with an honest "not simulated" instead of
 * a guessed message; one that finishes within it runs unchanged. Only simulated time counts
 * (pull progress, a program's run), not how long the browser took.
 */
async function withTimeout(c: CtrContext, action: CtrAction): Promise<number | void> {
  const timeout = c.duration('timeout');
  if (!(timeout > 0)) return action(c);
  const outlasted = () =>
    new NotSimulatedError(`a command outlasting its --timeout (${c.string('timeout')})`, TIMEOUT_DOCS);
  if (timeout < ROUND_TRIP_MS) throw outlasted();
  const state = c.env.node.state;
  const start = state.clockOffsetMs;
  let paced = 0;
  const elapsed = () => Math.max(paced, state.clockOffsetMs - start);
  // A wait for a process (an attached run, start or exec) is a gRPC Wait under ctr's
  // context: at the deadline it returns DeadlineExceeded and ctr ends, leaving the task (and a
  // --rm container) behind (tasks/attached-task.ts reads this mark).
  const nowMs = c.env.node.nowMs();
  const outer = c.io.time.deadline;
  const grpcDeadline = { atMs: nowMs + timeout, expire: () => false, grpcWait: true as const };
  const time = outer && outer.atMs <= grpcDeadline.atMs ? c.io.time : { ...c.io.time, deadline: grpcDeadline };
  const io: CommandIO = {
    ...c.io,
    time,
    pace: async (ms) => {
      if (ms > 0) paced += ms;
      if (elapsed() > timeout) throw outlasted();
      await c.io.pace(ms);
    },
  };
  const code = await action({ ...c, io });
  if (elapsed() > timeout) throw outlasted();
  return code;
}

/**
 * Every action first dials containerd, as the real client does through commands.NewClient:
 * with the daemon stopped, all of them fail with the same dial error. The global deadlines
 * and --debug apply from there.
 */
function requireDaemon(command: CtrCommand, parent = ''): CtrCommand {
  const action = command.action;
  const path = parent === '' ? command.name : `${parent} ${command.name}`;
  return {
    ...command,
    action: action
      ? async (c) => {
          // A ctr process takes its time before its first call (a Go binary's start, the dial):
          // tens of ms on a real node, during which containerd's collector may run.
          await c.io.pace(CTR_START_MS);
          ctrDial(c);
          if (c.bool('debug') && DEBUG_CHATTY.has(path)) {
            throw new NotSimulatedError(`ctr --debug output of \`ctr ${path}\``, "ctr's help (--debug)");
          }
          return withTimeout(c, action);
        }
      : undefined,
    subcommands: command.subcommands?.map((sub) => requireDaemon(sub, path)),
  };
}

/** `ctr version` prints its client block offline, then asks the daemon under --timeout. */
function versionUnderTimeout(command: CtrCommand): CtrCommand {
  const action = command.action;
  return { ...command, action: action ? (c) => withTimeout(c, action) : undefined };
}

const commands: CtrCommand[] = [
  pluginsCommand,
  versionCommand,
  containersCommand,
  contentCommand,
  eventsCommand,
  imagesCommand,
  leasesCommand,
  namespacesCommand,
  pprofCommand,
  runCommand,
  snapshotsCommand,
  tasksCommand,
  installCommand,
  ociCommand,
  shimCommand,
];

export const ctrApp: CtrCommand = {
  name: 'ctr',
  usage: BANNER,
  description: DESCRIPTION,
  flags: [
    { names: ['debug'], kind: 'bool', usage: 'enable debug output in logs' },
    {
      names: ['address', 'a'],
      kind: 'string',
      usage: "address for containerd's GRPC server",
      value: CONTAINERD_SOCKET,
      envVar: 'CONTAINERD_ADDRESS',
    },
    { names: ['timeout'], kind: 'duration', usage: 'total timeout for ctr commands', value: '0s' },
    { names: ['connect-timeout'], kind: 'duration', usage: 'timeout for connecting to containerd', value: '0s' },
    {
      names: ['namespace', 'n'],
      kind: 'string',
      usage: 'namespace to use with commands',
      value: 'default',
      envVar: 'CONTAINERD_NAMESPACE',
    },
  ],
  subcommands: commands.map((c) => (c.name === 'version' ? versionUnderTimeout(c) : OFFLINE.has(c.name) ? c : requireDaemon(c))),
};

const CTR_VERSION = CONTAINERD_PACKAGE.version;

/** Runs `ctr <argv...>` on `node`. Never rejects; returns ctr's exit code. */
export async function runCtr(node: Node, argv: readonly string[], io: CommandIO): Promise<number> {
  const env: CtrEnv = { node, client: connect(node), argc: argv.length + 1 };
  // containerd's collector has run a moment after the last deletion: see what it left.
  env.client.introspection.catchUpGarbageCollection();
  try {
    return await runCli(ctrApp, argv, io, env, {
      dialect: 'urfave-v1',
      version: CTR_VERSION,
      printVersion: (out) => out.stdout(`ctr ${CONTAINERD_PACKAGE.module} ${CTR_VERSION}\n`),
      onError: printCtrError,
    });
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return printCtrError(err, io);
  }
}
