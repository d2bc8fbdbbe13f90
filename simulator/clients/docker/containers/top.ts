// `docker top CONTAINER [ps OPTIONS]` (docker/cli@v20.10.24 cli/command/container/top.go): the
// daemon's Titles and Processes through tabwriter(20, 1, 3, ' '). Only ps's default -ef is
// simulated. A stopped container is `Error response from daemon: Container <id> is not
// running`, a missing one `Error response from daemon: No such container: x` (real 20.10.24).

import { NotSimulatedError } from '../../../cli/not-simulated';
import { tabwrite } from '../../../go/tabwriter';
import { daemonOf, type DockerCommand } from '../docker-env';

export const containerTopCommand: DockerCommand = {
  name: 'top',
  argsUsage: 'CONTAINER [ps OPTIONS]',
  usage: 'Display the running processes of a container',
  args: { min: 1 },
  skipArgReorder: true,
  action: (c) => {
    const daemon = daemonOf(c);
    const [ref = '', ...psArgs] = c.args;
    const top = daemon.containers.top(ref);
    if (psArgs.length > 0 && psArgs.join(' ') !== '-ef') throw new NotSimulatedError(`docker top with ps options other than -ef ("${psArgs.join(' ')}")`, 'https://docs.docker.com/engine/reference/commandline/top/');
    const rows = [top.Titles, ...top.Processes].map((r) => `${r.join('\t')}\n`).join('');
    c.io.stdout(tabwrite(rows, { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }));
  },
};

export const topCommand: DockerCommand = { ...containerTopCommand };
