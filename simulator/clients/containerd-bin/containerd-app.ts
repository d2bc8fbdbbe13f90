// The containerd binary typed at the shell (Debian's containerd 1.6.20~ds1, cmd/containerd's
// command.App, an urfave/cli v1 app as ctr is): its help, version and flag errors, `config
// default`, and `config dump` of the file --config names. The daemon itself runs under systemd
// (host/systemd.ts); the app's default action would start a second one in the foreground,
// which is refused after the config it would load is checked, as the real one checks it first.
// publish and oci-hook are called by containerd and runc themselves, never by a learner.

import { NotSimulatedError } from '../../cli/not-simulated';
import { logrusLine } from '../../cli/logrus';
import { runCli } from '../../cli/run-cli';
import type { ActionContext, CommandIO, CommandSpec } from '../../cli/spec';
import { configDump } from '../../host/containerd-config-dump';
import { CONTAINERD_DEFAULT_CONFIG } from '../../host/containerd-default-config';
import { CONTAINERD_PACKAGE } from '../../host/installed-versions';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';

interface ContainerdEnv {
  node: Node;
}
type ContainerdContext = ActionContext<ContainerdEnv>;

const DEFAULT_CONFIG_PATH = '/etc/containerd/config.toml';
const DOCS = "containerd's man pages (containerd(8), containerd-config(8))";

/** command/main.go's usage: the banner over the one-line summary. */
const USAGE = `
                    __        _                     __
  _________  ____  / /_____ _(_)___  ___  _________/ /
 / ___/ __ \\/ __ \\/ __/ __ \`/ / __ \\/ _ \\/ ___/ __  /
/ /__/ /_/ / / / / /_/ /_/ / / / / /  __/ /  / /_/ /
\\___/\\____/_/ /_/\\__/\\__,_/_/_/ /_/\\___/_/   \\__,_/

high performance container runtime
`;

const DESCRIPTION = `
containerd is a high performance container runtime whose daemon can be started
by using this command. If none of the *config*, *publish*, or *help* commands
are specified, the default action of the **containerd** command is to start the
containerd daemon in the foreground.


A default configuration is used if no TOML configuration is specified or located
at the default file location. The *containerd config* command can be used to
generate the default configuration for containerd. The output of that command
can be used and modified as necessary as a custom configuration.`;

/**
 * srvconfig.LoadConfig of the file --config names, over the defaults (command/config.go).
 * The text `config dump` prints, or an error (`failed to load TOML: …`) the app returns.
 */
function loadConfig(c: ContainerdContext): { text: string; warning?: string } {
  const files = c.env.node.state.host.files;
  const path = c.string('config');
  const real = vfs.normalizePath(path, c.io.cwd);
  const text = vfs.exists(files, real) && vfs.stat(files, real).kind === 'file' ? vfs.binaryToText(vfs.readFile(files, real)) : undefined;
  const result = configDump(path, text);
  if (result.kind === 'error') throw new Error(result.message);
  if (result.kind === 'not-simulated') throw new NotSimulatedError(result.what, "containerd's docs/man/containerd-config.toml.5.md");
  return { text: result.text, ...(result.warning === undefined ? {} : { warning: result.warning }) };
}

function warn(c: ContainerdContext, warning: string | undefined): void {
  if (warning !== undefined) c.io.stderr(logrusLine('warning', warning, {}, { tty: c.io.stderrIsTTY ?? c.io.isTTY, nowMs: c.env.node.nowMs() }));
}

/**
 * The app's default action starts the daemon. It loads the config first — only when the file
 * exists or --config was given, as main.go does — so a broken file fails as it would; then a
 * second daemon in the foreground is refused.
 */
function startDaemon(c: ContainerdContext): void {
  const files = c.env.node.state.host.files;
  if (c.isSet('config') || vfs.exists(files, vfs.normalizePath(c.string('config'), c.io.cwd))) warn(c, loadConfig(c).warning);
  throw new NotSimulatedError('running the daemon from the shell (it runs under systemd: systemctl start containerd)', DOCS);
}

const configCommand: CommandSpec<ContainerdEnv> = {
  name: 'config',
  usage: 'information on the containerd config',
  subcommands: [
    {
      name: 'default',
      usage: 'see the output of the default config',
      action: (c) => c.io.stdout(CONTAINERD_DEFAULT_CONFIG),
    },
    {
      name: 'dump',
      usage: 'see the output of the final main config with imported in subconfig files',
      action: (c) => {
        const { text, warning } = loadConfig(c);
        warn(c, warning);
        c.io.stdout(text);
      },
    },
  ],
};

/** Called by containerd itself (publish) and by runc as a hook (oci-hook): not a learner's to run. */
function notForShell(name: string): () => never {
  return () => {
    throw new NotSimulatedError(`containerd ${name} (containerd and runc call it themselves)`, DOCS);
  };
}

export const containerdApp: CommandSpec<ContainerdEnv> = {
  name: 'containerd',
  usage: USAGE,
  description: DESCRIPTION,
  flags: [
    { names: ['config', 'c'], kind: 'string', usage: 'path to the configuration file', value: DEFAULT_CONFIG_PATH },
    { names: ['log-level', 'l'], kind: 'string', usage: 'set the logging level [trace, debug, info, warn, error, fatal, panic]' },
    { names: ['address', 'a'], kind: 'string', usage: "address for containerd's GRPC server" },
    { names: ['root'], kind: 'string', usage: 'containerd root directory' },
    { names: ['state'], kind: 'string', usage: 'containerd state directory' },
  ],
  action: startDaemon,
  subcommands: [
    configCommand,
    {
      name: 'publish',
      usage: 'binary to publish events to containerd',
      flags: [
        { names: ['namespace'], kind: 'string', usage: 'namespace to publish to' },
        { names: ['topic'], kind: 'string', usage: 'topic of the event' },
      ],
      action: notForShell('publish'),
    },
    {
      name: 'oci-hook',
      usage: 'provides a base for OCI runtime hooks to allow arguments to be injected.',
      action: notForShell('oci-hook'),
    },
  ],
};

/** main.go: an error the app returns is printed `containerd: <err>` and exits 1. */
function printError(err: unknown, io: CommandIO): number {
  io.stderr(`containerd: ${err instanceof Error ? err.message : String(err)}\n`);
  return 1;
}

/** The tool's run: `containerd argv…` on the node. */
export function runContainerd(node: Node, args: readonly string[], io: CommandIO): Promise<number> {
  const p = CONTAINERD_PACKAGE;
  return runCli(containerdApp, args, io, { node }, {
    dialect: 'urfave-v1',
    version: p.version,
    // cli.VersionPrinter in main.go: the name, the package, the version and the revision.
    printVersion: (out) => out.stdout(`containerd ${p.module} ${p.version} ${p.revision}\n`),
    onError: printError,
  });
}
