// `docker volume ls` (cli/command/volume/list.go): DRIVER and VOLUME NAME of the local volumes.
// Volumes cannot be made on node1 yet, so the list is the daemon's (empty) answer.

import { NotSimulatedError } from '../../../cli/not-simulated';
import { formatDockerRows, goStruct } from '../../../go/template/index';
import { daemonOf, type DockerCommand } from '../docker-env';

export const volumeLsCommand: DockerCommand = {
  name: 'ls',
  aliases: ['list'],
  argsUsage: '[OPTIONS]',
  usage: 'List volumes',
  args: { max: 0 },
  flags: [
    { names: ['filter', 'f'], kind: 'stringArray', typeName: 'filter', usage: "Provide filter values (e.g. 'dangling=true')" },
    { names: ['format'], kind: 'string', usage: 'Pretty-print volumes using a Go template' },
    { names: ['quiet', 'q'], kind: 'bool', usage: 'Only display volume names' },
  ],
  action: (c) => {
    const volumes = daemonOf(c).volumes.list();
    if (c.stringSlice('filter').length > 0) throw new NotSimulatedError('docker volume ls --filter', 'https://docs.docker.com/engine/reference/commandline/volume_ls/');
    const format = c.bool('quiet') ? '{{.Name}}' : c.string('format') || 'table {{.Driver}}\t{{.Name}}';
    const rows = volumes.map((v) => goStruct({ Driver: () => v.Driver, Name: () => v.Name }, '*formatter.volumeContext'));
    c.io.stdout(formatDockerRows({ format, rows, header: { Driver: 'DRIVER', Name: 'VOLUME NAME' } }));
  },
};
