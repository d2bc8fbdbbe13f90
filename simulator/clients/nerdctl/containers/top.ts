// `nerdctl top CONTAINER [ps OPTIONS]` (cmd/nerdctl/top.go@v0.22.2): the host's `ps -ef -q<pids>`
// over the task's PIDs, split into fields (the last title takes the rest of the line) and laid
// out again through tabwriter(20, 1, 3, ' '). A task that is not running prints nothing. Only
// the default `-ef` is simulated (procps's UID, PID, PPID, C, STIME, TTY, TIME, CMD).

import { NotSimulatedError } from '../../../cli/not-simulated';
import { tabwrite } from '../../../cli/tabwriter';
import * as vfs from '../../../host/vfs';
import type { TaskProcess } from '../../../containerd/client/index';
import { clientOf, type NerdctlCommand, type NerdctlContext } from '../nerdctl-env';
import { refuseAmbiguous, walkContainers } from './container-walker';

/** Container user names as their images define them (the uid ps looks up on the host). */
const CONTAINER_UIDS: Record<string, number> = { root: 0, nginx: 101 };

/** procps prints the host's name for the uid (cut to 7 + "+" past 8), else the number. */
function hostUser(c: NerdctlContext, user: string): string {
  const uid = CONTAINER_UIDS[user] ?? 0;
  const files = c.env.node.state.host.files;
  const passwd = vfs.exists(files, '/etc/passwd') ? vfs.binaryToText(vfs.readFile(files, '/etc/passwd')) : '';
  const name = passwd
    .split('\n')
    .map((l) => l.split(':'))
    .find((f) => f[2] === String(uid))?.[0];
  if (name === undefined) return uid === 0 ? 'root' : String(uid);
  return name.length > 8 ? `${name.slice(0, 7)}+` : name;
}

function stime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

function psRow(c: NerdctlContext, p: TaskProcess): string[] {
  return [hostUser(c, p.user), String(p.pid), String(p.ppid), '0', stime(p.startedAtMs), p.terminal ? 'pts/0' : '?', '00:00:00', p.args.join(' ')];
}

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
      const rows = [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], ...task.processes().map((p) => psRow(c, p))];
      c.io.stdout(tabwrite(rows.map((r) => `${r.join('\t')}\n`).join(''), { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }));
    });
    if (n === 0) throw new Error(`no such container ${req}`);
  },
};
