// `nerdctl start [flags] CONTAINER [CONTAINER, ...]` (cmd/nerdctl/start.go@v0.22.2): starts each
// and prints the argument as given; with -a (one container only) stays attached and exits with
// the container's code.

import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { attachTo } from './attached';
import { forEachContainer } from './for-each';
import { startContainer } from './start-container';

export const startCommand: NerdctlCommand = {
  name: 'start',
  usage: 'Start one or more running containers',
  argsUsage: '[flags] CONTAINER [CONTAINER, ...]',
  args: { min: 1 },
  skipArgReorder: true,
  flags: [{ names: ['attach', 'a'], kind: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' }],
  action: async (c) => {
    const attach = c.bool('attach');
    if (attach && c.args.length > 1) throw new Error('you cannot start and attach multiple containers at once');
    const client = clientOf(c);
    let code = 0;
    await forEachContainer(client, c.args, async (found) => {
      const started = startContainer(c, client, found.container, attach);
      if (!attach) {
        c.io.stdout(`${found.req}\n`);
        return;
      }
      if (started) code = await attachTo(c, { process: started.task, terminal: false, out: started.out, cleanup: () => undefined });
    });
    return code;
  },
};
