// `ctr shim` (cmd/ctr/commands/shim/shim.go, containerd 1.6.20): talks to a container's shim over
// its ttrpc socket, bypassing containerd. Without a shim for the container the dial fails as on a
// real node. `state` prints the shim's StateResponse of the init process; `start` and `delete`
// send the id given after the verb, and the shim knows no container by any other name (an
// empty one included): `container not created`. Starting or deleting through the shim behind
// containerd's back, and exec, are not modelled.

import type { TaskStatus } from '../../../containerd/client/index';
import { clientOf, namespaceOf, type CtrCommand, type CtrContext } from '../ctr-env';
import { CtrError } from '../errors';
import { goJsonIndent } from '../go-json';
import { NotSimulatedError } from '../../../cli/not-simulated';

/** task.Status's enum values, as encoding/json prints a protobuf enum field: its number. */
const STATUS_NUMBER: Readonly<Record<TaskStatus, number>> = { CREATED: 1, RUNNING: 2, STOPPED: 3, PAUSED: 4 };

/** The shim's answer for an id it holds no container under (runc/service.go getContainer). */
const NOT_CREATED = 'rpc error: code = NotFound desc = container not created: not found';

/**
 * The directory of the task's IO FIFOs (cio.NewFIFOSetInDir: a random number under
 * /run/containerd/fifo). The model keeps no IO, so it is derived from the task itself: the same
 * on every call (FNV-1a of namespace, id and start, kept in the range of its random names).
 */
function fifoDir(ns: string, id: string, startedAtMs: number): string {
  let hash = 0x811c9dc5;
  for (const ch of `${ns}/${id}/${startedAtMs}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `/run/containerd/fifo/${100_000_000 + (hash % 4_194_967_295)}`;
}

/** A shim runs for the container while it has a task (running, paused or exited, until deleted). */
function hasShim(c: CtrContext, id: string): boolean {
  try {
    return clientOf(c).tasks.list().some((t) => t.id === id);
  } catch {
    return false;
  }
}

/** getTaskService: the --id check, then the dial of the container's shim. Returns the id. */
function dialShim(c: CtrContext): string {
  // The real ctr checks --id before it opens the shim's socket.
  const id = c.string('id');
  if (!id) throw new CtrError('container id must be specified');
  // getTaskService dials the shim's socket (and the old abstract one); with no shim neither answers.
  if (!hasShim(c, id)) throw new CtrError(`fail to connect to container ${id}'s shim`);
  return id;
}

function refuse(c: CtrContext): never {
  dialShim(c);
  throw new NotSimulatedError('"ctr shim" exec and a start or delete through the shim', "containerd's runtime/v2/README.md");
}

/** start and delete name the container after the verb (context.Args().First()). */
function byArgument(c: CtrContext): never {
  const id = dialShim(c);
  if ((c.args[0] ?? '') !== id) throw new CtrError(NOT_CREATED);
  return refuse(c);
}

/** StateResponse of the init process, through printAsJSON (MarshalIndent with four spaces). */
function shimState(c: CtrContext): void {
  const id = dialShim(c);
  const ns = namespaceOf(c);
  const task = clientOf(c).containers.loadContainer(id).task();
  const state = task.state();
  if (!state) throw new CtrError(NOT_CREATED);
  const dir = fifoDir(ns, id, state.startedAtMs);
  const response = {
    id,
    bundle: `/run/containerd/io.containerd.runtime.v2.task/${ns}/${id}`,
    ...(state.pid === 0 ? {} : { pid: state.pid }),
    status: STATUS_NUMBER[task.status()],
    stdin: `${dir}/${id}-stdin`,
    stdout: `${dir}/${id}-stdout`,
    // cio.NewCreator with WithStdio names all three FIFOs, a terminal's too.
    stderr: `${dir}/${id}-stderr`,
    ...(state.terminal ? { terminal: true } : {}),
    ...(state.exitStatus ? { exit_status: state.exitStatus } : {}),
    exited_at: state.exitedAt ?? '0001-01-01T00:00:00Z',
  };
  c.io.stdout(`${goJsonIndent(response, '    ')}\n`);
}

export const shimCommand: CtrCommand = {
  name: 'shim',
  usage: 'interact with a shim directly',
  flags: [{ names: ['id'], kind: 'string', usage: 'container id' }],
  subcommands: [
    { name: 'delete', usage: 'delete a container with a task', action: byArgument },
    {
      name: 'exec',
      usage: "exec a new process in the task's container",
      flags: [
        { names: ['stdin'], kind: 'string', usage: 'specify the path to the stdin fifo' },
        { names: ['stdout'], kind: 'string', usage: 'specify the path to the stdout fifo' },
        { names: ['stderr'], kind: 'string', usage: 'specify the path to the stderr fifo' },
        { names: ['tty', 't'], kind: 'bool', usage: 'enable tty support' },
        { names: ['attach', 'a'], kind: 'bool', usage: 'stay attached to the container and open the fifos' },
        { names: ['env', 'e'], kind: 'stringSlice', usage: 'add environment vars' },
        { names: ['cwd'], kind: 'string', usage: 'current working directory' },
        { names: ['spec'], kind: 'string', usage: 'runtime spec' },
      ],
      action: refuse,
    },
    { name: 'start', usage: 'start a container with a task', action: byArgument },
    { name: 'state', usage: 'get the state of all the processes of the task', action: shimState },
  ],
};
