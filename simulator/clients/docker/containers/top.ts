// `docker top CONTAINER [ps OPTIONS]` (docker/cli@v20.10.24 cli/command/container/top.go): the
// daemon's Titles and Processes through tabwriter(20, 1, 3, ' '); ps's -ef and -o formats are
// simulated (the daemon refuses the rest as not simulated). A stopped container is `Error response from daemon: Container <id> is not
// running`, a missing one `Error response from daemon: No such container: x` (real 20.10.24).

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
    // top.go joins the options with spaces; the daemon splits them on spaces again.
    const top = daemon.containers.top(ref, psArgs.join(' ').split(' ').filter((a) => a !== ''));
    const rows = [top.Titles, ...top.Processes].map((r) => `${r.join('\t')}\n`).join('');
    c.io.stdout(tabwrite(rows, { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }));
  },
};

export const topCommand: DockerCommand = { ...containerTopCommand };
