// A management command (`docker image`, `docker swarm`): with no subcommand, its help on stderr
// (docker/cli 20.10 cli/cobra.go ShowHelp as RunE); a word that is none of its verbs is the
// usage error cli.NoArgs gives.

import type { FlagSpec } from '../../cli/spec';
import type { DockerCommand } from './docker-env';

export function managementGroup(name: string, usage: string, subcommands: DockerCommand[], flags?: FlagSpec[], description?: string): DockerCommand {
  return {
    name,
    usage,
    ...(description ? { description } : {}),
    argsUsage: 'COMMAND',
    args: { max: 0 },
    subcommands,
    ...(flags ? { flags } : {}),
    action: (c) => {
      c.io.stderr(c.helpText());
    },
  };
}
