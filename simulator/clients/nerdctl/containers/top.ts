// `nerdctl top CONTAINER [ps OPTIONS]` (cmd/nerdctl/top.go@v0.22.2): the host's `ps -ef -q<pids>`
// over the task's PIDs, split into fields (the last title takes the rest of the line) and laid
// out again through tabwriter(20, 1, 3, ' '). A task that is not running prints nothing. Only
// the default `-ef` is simulated (procps's UID, PID, PPID, C, STIME, TTY, TIME, CMD).

import { NotSimulatedError } from '../../../cli/not-simulated';
import { tabwrite } from '../../../cli/tabwriter';
import { psEfCells } from '../../../host/procps-ef';
import { clientOf, type NerdctlCommand } from '../nerdctl-env';
import { refuseAmbiguous, walkContainers } from './container-walker';

/** validatePSArgs: only `pid=PID…` may be renamed. */
function validatePSArgs(psArgs: string): void {
  for (const m of psArgs.matchAll(/\s+(\S*)=\s*(PID\S*)/g)) {
    if (m[1] !== 'pid') throw new Error(`specifying "${m[1]}=${m[2]}" is not allowed`);
  }
}

export const topCommand: NerdctlCommand = {
  name: 'top',
  usage: 'Display the running processes of a container',
  argsUsage: 'CONTAINER [ps OPTIONS]',
  args: { min: 1 },
  skipArgReorder: true,
  action: async (c) => {
    if (c.string('cgroup-manager') === 'none') throw new Error('cgroup manager must not be "none"');
    const client = clientOf(c);
    const req = c.args[0] ?? '';
    const n = await walkContainers(client, req, (found) => {
      refuseAmbiguous(found);
      const psArgs = c.args.slice(1).join(' ') || '-ef';
      validatePSArgs(psArgs);
      const task = found.container.task();
      if (task.status() !== 'RUNNING') return;
      if (psArgs !== '-ef') throw new NotSimulatedError(`nerdctl top with ps options other than -ef ("${psArgs}")`, 'https://github.com/containerd/nerdctl/blob/v0.22.2/docs/command-reference.md');
      const rows = psEfCells(c.env.node.state.host.files, task.processes(), c.env.node.nowMs());
      c.io.stdout(tabwrite(rows.map((r) => `${r.join('\t')}\n`).join(''), { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }));
    });
    if (n === 0) throw new Error(`no such container ${req}`);
  },
};
