// The ctr app (cmd/ctr/app/main.go): name, banner, global flags and the command list in the
// order ctr 1.6 registers them. Each group lives in its own folder; this file only lists them.

import { runApp } from '../../cli/app';
import type { CommandIO } from '../../cli/spec';
import { collectIfDue } from '../../containerd/gc/collector';
import { CONTAINERD_PACKAGE, CONTAINERD_SOCKET } from '../../host/installed-versions';
import type { Node } from '../../node';
import { containersCommand } from './containers/containers';
import { contentCommand } from './content/content';
import type { CtrCommand, CtrEnv } from './ctr-env';
import { ensureDaemon, printCtrError } from './errors';
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
 * Every action first dials containerd, as the real client does through commands.NewClient:
 * with the daemon stopped, all of them fail with the same dial error.
 */
function requireDaemon(command: CtrCommand): CtrCommand {
  const action = command.action;
  return {
    ...command,
    action: action
      ? (c) => {
          ensureDaemon(c.env.node, c.string('address'));
          return action(c);
        }
      : undefined,
    subcommands: command.subcommands?.map(requireDaemon),
  };
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
  subcommands: commands.map((c) => (OFFLINE.has(c.name) ? c : requireDaemon(c))),
};

export const CTR_VERSION = CONTAINERD_PACKAGE.version;

/** Runs `ctr <argv...>` on `node`. Never rejects; returns ctr's exit code. */
export async function runCtr(node: Node, argv: readonly string[], io: CommandIO): Promise<number> {
  const env: CtrEnv = { node };
  // containerd's collector has run a moment after the last deletion: see what it left.
  if (node.state.containerd.running) collectIfDue(node);
  try {
    return await runApp(ctrApp, argv, io, env, {
      version: CTR_VERSION,
      printVersion: (out) => out.stdout(`ctr ${CONTAINERD_PACKAGE.module} ${CTR_VERSION}\n`),
      onError: printCtrError,
    });
  } catch (err) {
    return printCtrError(err, io);
  }
}
