// `docker search` (docker/cli 20.10 cli/command/registry/search.go): the daemon asks Docker
// Hub's index. Offline, its connection error; the simulated Docker Hub has no search index,
// which the command says instead of inventing results.

import { NotSimulatedError } from '../../cli/not-simulated';
import { daemonOf, type DockerCommand } from './docker-env';

export const searchCommand: DockerCommand = {
  name: 'search',
  argsUsage: '[OPTIONS] TERM',
  usage: 'Search the Docker Hub for images',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: 'Filter output based on conditions provided' },
    { names: ['format'], kind: 'string', usage: 'Pretty-print search using a Go template' },
    { names: ['limit'], kind: 'int', usage: 'Max number of search results', value: 25 },
    { names: ['no-trunc'], kind: 'bool', usage: "Don't truncate output" },
  ],
  action: (c) => {
    daemonOf(c).images.search(c.args[0] ?? '', c.int('limit'));
    throw new NotSimulatedError("docker search (the simulated Docker Hub has no search index; `docker pull` of a library image works)", 'https://docs.docker.com/engine/reference/commandline/search/');
  },
};
