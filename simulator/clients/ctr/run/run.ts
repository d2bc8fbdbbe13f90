// `ctr run [flags] Image|RootFS ID [COMMAND] [ARG...]`: container create plus task start in
// one (cmd/ctr/commands/run/run.go). Arguments after the id belong to the command — flags
// are not reordered, so `sh -c "…"` passes through and `-- sh` tries to run "--". With --rm
// the container goes once the task is done or fails to start (a deferred delete in ctr).

import { plain } from '../../../errdefs/errdefs';
import { containerFlags, snapshotterFlags } from '../containers/container-flags';
import { containerOptions, refuseUnsimulatedFlags, unpackForNewContainer } from '../containers/container-options';
import { newContainerFromConfig } from '../containers/from-spec-file';
import { loadCniConfig } from './cni-config';
import { specExtras, specExtrasOpt } from '../containers/spec-extras';
import { userNamespaceRefusal, warnUnparsedIoOwners } from './id-mapping';
import { createArgs } from '../containers/create-args';
import { deleteContainer } from '../containers/delete-container';
import type { CtrCommand, CtrContext } from '../ctr-env';
import type { Container } from '../../../containerd/client/index';
import { clientOf } from '../ctr-env';
import * as vfs from '../../../host/vfs';
import { printChunks } from '../../attached-shell';
import { waitAttached } from '../tasks/attached-task';
import { consolePanic, stdinOf } from '../tasks/panic';
import { writePidFile } from '../tasks/start';
import { prepareTaskIO, type TaskOutput } from './task-io';

/** The container of `ctr run IMAGE ID [COMMAND]`: the image unpacked, the flags in its spec. */
function newImageContainer(c: CtrContext, ref: string, id: string): Container {
  // --rootfs: REF is a directory on the node (filepath.Abs of it); there is no image to unpack.
  const rootfs = c.bool('rootfs') ? vfs.normalizePath(ref, c.io.cwd) : undefined;
  if (rootfs === undefined) unpackForNewContainer(c, ref, true);
  // The runtime options are read after the image is looked up (and unpacked): a missing image wins.
  refuseUnsimulatedFlags(c);
  const userNamespace = userNamespaceRefusal(c);
  const options = containerOptions(c, ref, id, c.args.slice(2), true);
  const extras = specExtras(c, true);
  if (userNamespace) throw userNamespace;
  // Not a spread: the options defer some reads to spec-build time through getters.
  // client.NewContainer (client.go @v1.6.20) holds a lease while the spec and snapshot are made.
  const client = clientOf(c);
  return client.leases.withLease(() => client.containers.newContainer(Object.assign(options, { specOpts: [specExtrasOpt(extras)], rootfs })));
}

export const runCommand: CtrCommand = {
  name: 'run',
  usage: 'run a container',
  argsUsage: '[flags] Image|RootFS ID [COMMAND] [ARG...]',
  skipArgReorder: true,
  flags: [
    { names: ['rm'], kind: 'bool', usage: 'remove the container after running, cannot be used with --detach' },
    { names: ['null-io'], kind: 'bool', usage: 'send all IO to /dev/null' },
    { names: ['log-uri'], kind: 'string', usage: 'log uri' },
    {
      names: ['detach', 'd'],
      kind: 'bool',
      usage: 'detach from the task after it has started execution, cannot be used with --rm',
    },
    { names: ['fifo-dir'], kind: 'string', usage: 'directory used for storing IO FIFOs' },
    { names: ['cgroup'], kind: 'string', usage: 'cgroup path (To disable use of cgroup, set to "" explicitly)' },
    { names: ['platform'], kind: 'string', usage: 'run image for specific platform' },
    { names: ['cni'], kind: 'bool', usage: 'enable cni networking for the container' },
    { names: ['runc-binary'], kind: 'string', usage: 'specify runc-compatible binary' },
    { names: ['runc-root'], kind: 'string', usage: 'specify runc-compatible root' },
    { names: ['runc-systemd-cgroup'], kind: 'bool', usage: 'start runc with systemd cgroup manager' },
    {
      names: ['uidmap'],
      kind: 'string',
      usage:
        'run inside a user namespace with the specified UID mapping range; specified with the format `container-uid:host-uid:length`',
    },
    {
      names: ['gidmap'],
      kind: 'string',
      usage:
        'run inside a user namespace with the specified GID mapping range; specified with the format `container-gid:host-gid:length`',
    },
    {
      names: ['remap-labels'],
      kind: 'bool',
      usage: 'provide the user namespace ID remapping to the snapshotter via label options; requires snapshotter support',
    },
    { names: ['cpus'], kind: 'float64', usage: 'set the CFS cpu quota', value: 0 },
    { names: ['cpu-shares'], kind: 'int', usage: 'set the cpu shares', value: 1024 },
    ...snapshotterFlags,
    ...containerFlags,
  ],
  action: async (c) => {
    const { config, ref, id } = createArgs(c, plain);
    const rm = c.bool('rm');
    const detach = c.bool('detach');
    if (rm && detach) throw plain('flags --detach and --rm cannot be specified together');
    const client = clientOf(c);
    const container = config ? newContainerFromConfig(c, id) : newImageContainer(c, ref, id);
    const removeContainer = () => {
      if (!rm || detach) return;
      try {
        deleteContainer(client, id);
      } catch {
        // run.go defers container.Delete and drops its error: a task that stayed (created)
        // keeps the container too.
      }
    };
    const tty = c.bool('tty');
    if (tty && !c.io.isTTY) {
      removeContainer();
      return consolePanic(c, 'run');
    }
    if (c.bool('cni')) {
      try {
        loadCniConfig(c.env.node.state.host.files);
      } finally {
        removeContainer();
      }
    }
    warnUnparsedIoOwners(c);
    const nullIO = c.bool('null-io');
    let started;
    let output: TaskOutput;
    try {
      output = prepareTaskIO(c, tty, nullIO);
      // The shim's log writer takes no stdin. --pid-file is written between NewTask and Start:
      // when that fails the task stays created (ctr's deferred task.Delete refuses a created one).
      started = container.newTask({
        stdin: stdinOf(c, nullIO || output.kind === 'file'),
        stdinOpen: !nullIO,
        beforeStart: (pid) => writePidFile(c, pid),
        ...(output.kind === 'file' ? { logFile: output.path } : {}),
      });
    } catch (err) {
      removeContainer();
      throw err;
    }
    const task = started.process;
    const out = nullIO ? [] : started.out;
    if (detach) {
      // -d: ctr exits once the task has started; only what the process wrote at once reaches it.
      printChunks(c.io, out.filter((chunk) => !chunk.atMs), tty);
      return 0;
    }
    return waitAttached(c, {
      process: task,
      terminal: tty,
      out,
      cleanup: () => {
        task.delete();
        removeContainer();
      },
    });
  },
};
