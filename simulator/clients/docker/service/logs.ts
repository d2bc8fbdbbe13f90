// `docker service logs` (docker/cli 20.10 cli/command/service/logs.go): a call of the swarm
// manager's API, refused on node1 (in no swarm) as swarm/manager-call.ts says.

import type { DockerCommand } from '../docker-env';
import { managerCall } from '../swarm/manager-call';

export const serviceLogsCommand: DockerCommand = {
  name: 'logs',
  argsUsage: '[OPTIONS] SERVICE|TASK',
  usage: 'Fetch the logs of a service or task',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['details'], kind: 'bool', usage: 'Show extra details provided to logs' },
    { names: ['follow', 'f'], kind: 'bool', usage: 'Follow log output' },
    { names: ['no-resolve'], kind: 'bool', usage: 'Do not map IDs to Names in output' },
    { names: ['no-task-ids'], kind: 'bool', usage: 'Do not include task IDs in output' },
    { names: ['no-trunc'], kind: 'bool', usage: 'Do not truncate output' },
    { names: ['raw'], kind: 'bool', usage: 'Do not neatly format logs' },
    { names: ['since'], kind: 'string', usage: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
    { names: ['tail', 'n'], kind: 'string', usage: 'Number of lines to show from the end of the logs', value: 'all' },
    { names: ['timestamps', 't'], kind: 'bool', usage: 'Show timestamps' },
  ],
  action: managerCall,
};
