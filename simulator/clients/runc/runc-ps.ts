// `runc ps CONTAINER [ps options]` (runc 1.1.5 ps.go): the PIDs in the container's cgroup, as
// JSON with `-f json`; otherwise runc runs the host's `ps` with the options (`-ef` when none),
// prints its header and keeps the lines whose PID column holds one of them. Only `-ef` (and its
// spellings) is simulated; the node has no ps of its own to run other options through.

import { NotSimulatedError } from '../../cli/not-simulated';
import { runcPids, runcProcesses } from '../../containerd/client/index';
import { psEfCells, psEfText } from '../../host/procps-ef';
import { checkArgs, getContainer, type RuncContext } from './runc-env';

const FULL_LISTING = new Set(['-ef', '-fe', '-e -f', '-f -e', '-Af', '-fA']);

export function runcPs(c: RuncContext): void {
  checkArgs(c, 1, 'a minimum of');
  const container = getContainer(c);
  const { node } = c.env;
  const pids = runcPids(node, container);
  const format = c.string('format');
  if (format === 'json') {
    c.io.stdout(`${pids.length === 0 ? 'null' : JSON.stringify(pids)}\n`);
    return;
  }
  if (format !== 'table') throw new Error('invalid format option');
  const psArgs = c.args.slice(1).join(' ') || '-ef';
  if (!FULL_LISTING.has(psArgs)) throw new NotSimulatedError(`runc ps with ps options other than -ef ("${psArgs}")`, 'runc-ps(8)');
  const wanted = new Set(pids);
  const rows = runcProcesses(node, container).filter((p) => wanted.has(p.pid));
  c.io.stdout(psEfText(psEfCells(node.state.host.files, rows, node.nowMs())));
}
