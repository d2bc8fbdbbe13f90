// The docker CLI 20.10.24 (Debian's docker.io; docker/cli cmd/docker/docker.go): a cobra app in
// docker's style (help layout, flag errors with exit 125, `docker: '…' is not a docker
// command.`), root flags first, every error through main()'s wording (errors.ts). It talks to
// dockerd over /var/run/docker.sock, that is through simulator/dockerd/index.ts only.

import { dockerStyle } from '../../cli/cobra/docker-style';
import { isInterrupted } from '../../cli/interrupted';
import { runCli } from '../../cli/run-cli';
import type { CommandIO } from '../../cli/spec';
import type { Node } from '../../node';
import { DOCKER_COMMANDS } from './commands';
import type { DockerCommand, DockerEnv } from './docker-env';
import { configLoadWarning } from './docker-config';
import { printError } from './errors';
import { rootFlags } from './global-flags';
import { CLIENT_COMMIT } from './system/version';
import { ENGINE_VERSION } from '../../dockerd/index';

const ADDITIONAL_HELP = 'To get more help with docker, check out our guides at https://docs.docker.com/go/guides/';

/** logrus.ParseLevel's names (any case). */
const LOG_LEVELS = new Set(['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']);

/**
 * What DockerCli.Initialize does before any command runs (cli/command/cli.go): the log level is
 * parsed (a bad one prints `Unable to parse logging level: x` and exits 1, cli/flags
 * SetLogLevel) and config.json loaded (a bad one only warned about).
 */
function withInitialize(cmd: DockerCommand): DockerCommand {
  const { action } = cmd;
  return {
    ...cmd,
    ...(cmd.subcommands ? { subcommands: cmd.subcommands.map(withInitialize) } : {}),
    ...(action
      ? {
          action: (c) => {
            const level = c.string('log-level');
            if (level !== '' && !LOG_LEVELS.has(level.toLowerCase())) {
              c.io.stderr(`Unable to parse logging level: ${level}\n`);
              return 1;
            }
            const warning = configLoadWarning(c);
            if (warning) c.io.stderr(warning);
            return action(c);
          },
        }
      : {}),
  };
}

export function dockerApp(): DockerCommand {
  return {
    name: 'docker',
    argsUsage: '[OPTIONS] COMMAND [ARG...]',
    usage: 'A self-sufficient runtime for containers',
    flags: rootFlags,
    args: { max: 0 },
    subcommands: DOCKER_COMMANDS.map(withInitialize),
    // docker with no command: its help, on stderr (cli/cobra.go's ShowHelp as RunE).
    action: (c) => {
      c.io.stderr(c.helpText());
    },
  };
}

/** Runs `docker <argv...>` on `node`. Never rejects except on Ctrl-C; returns docker's exit code. */
export async function runDocker(node: Node, argv: readonly string[], io: CommandIO): Promise<number> {
  const env: DockerEnv = { node };
  try {
    return await runCli(dockerApp(), argv, io, env, {
      dialect: 'cobra',
      style: dockerStyle({ additionalHelp: ADDITIONAL_HELP }),
      onError: printError,
      version: `${ENGINE_VERSION}, build ${CLIENT_COMMIT}`,
      rootFlagsFirst: true,
      completionCommand: true,
      helpCommandShort: 'Help about the command',
    });
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return printError(err, io);
  }
}
