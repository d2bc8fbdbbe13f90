// Flag sets shared by `ctr run` and `ctr containers create`, defined once as ctr 1.6 does in
// cmd/ctr/commands/commands.go (SnapshotterFlags, ContainerFlags, RuntimeFlags). Their order
// is the order help prints them in.

import type { FlagSpec } from '../../../cli/spec';
import { DEFAULT_RUNTIME } from '../../../containerd/client/index';

export const snapshotterFlags: readonly FlagSpec[] = [
  {
    names: ['snapshotter'],
    kind: 'string',
    usage: 'snapshotter name. Empty value stands for the default value.',
    envVar: 'CONTAINERD_SNAPSHOTTER',
  },
  { names: ['snapshotter-label'], kind: 'stringSlice', usage: 'labels added to the new snapshot for this container.' },
];

/** --config comes first: it decides how the positional arguments are read. */
const configFlag: FlagSpec = { names: ['config', 'c'], kind: 'string', usage: 'path to the runtime-specific spec config file' };

export const containerFlags: readonly FlagSpec[] = [
  configFlag,
  { names: ['cwd'], kind: 'string', usage: 'specify the working directory of the process' },
  { names: ['env'], kind: 'stringSlice', usage: 'specify additional container environment variables (e.g. FOO=bar)' },
  {
    names: ['env-file'],
    kind: 'string',
    usage: 'specify additional container environment variables in a file(e.g. FOO=bar, one per line)',
  },
  { names: ['label'], kind: 'stringSlice', usage: 'specify additional labels (e.g. foo=bar)' },
  { names: ['annotation'], kind: 'stringSlice', usage: 'specify additional OCI annotations (e.g. foo=bar)' },
  {
    names: ['mount'],
    kind: 'stringSlice',
    usage: 'specify additional container mount (e.g. type=bind,src=/tmp,dst=/host,options=rbind:ro)',
  },
  { names: ['net-host'], kind: 'bool', usage: 'enable host networking for the container' },
  { names: ['privileged'], kind: 'bool', usage: 'run privileged container' },
  { names: ['read-only'], kind: 'bool', usage: 'set the containers filesystem as readonly' },
  { names: ['runtime'], kind: 'string', usage: 'runtime name', value: DEFAULT_RUNTIME },
  { names: ['runtime-config-path'], kind: 'string', usage: 'optional runtime config path' },
  { names: ['tty', 't'], kind: 'bool', usage: 'allocate a TTY for the container' },
  {
    names: ['with-ns'],
    kind: 'stringSlice',
    usage: "specify existing Linux namespaces to join at container runtime (format '<nstype>:<path>')",
  },
  { names: ['pid-file'], kind: 'string', usage: "file path to write the task's pid" },
  { names: ['gpus'], kind: 'stringSlice', usage: 'add gpus to the container' },
  { names: ['allow-new-privs'], kind: 'bool', usage: "turn off OCI spec's NoNewPrivileges feature flag" },
  { names: ['memory-limit'], kind: 'uint64', usage: 'memory limit (in bytes) for the container', value: 0 },
  {
    names: ['device'],
    kind: 'stringSlice',
    usage: 'file path to a device to add to the container; or a path to a directory tree of devices to add to the container',
  },
  { names: ['cap-add'], kind: 'stringSlice', usage: "add Linux capabilities (Set capabilities with 'CAP_' prefix)" },
  { names: ['cap-drop'], kind: 'stringSlice', usage: "drop Linux capabilities (Set capabilities with 'CAP_' prefix)" },
  { names: ['seccomp'], kind: 'bool', usage: 'enable the default seccomp profile' },
  {
    names: ['seccomp-profile'],
    kind: 'string',
    usage: 'file path to custom seccomp profile. seccomp must be set to true, before using seccomp-profile',
  },
  {
    names: ['apparmor-default-profile'],
    kind: 'string',
    usage: 'enable AppArmor with the default profile with the specified name, e.g. "cri-containerd.apparmor.d"',
  },
  { names: ['apparmor-profile'], kind: 'string', usage: 'enable AppArmor with an existing custom profile' },
  {
    names: ['rdt-class'],
    kind: 'string',
    usage:
      'name of the RDT class to associate the container with. Specifies a Class of Service (CLOS) for cache and memory bandwidth management.',
  },
  { names: ['rootfs'], kind: 'bool', usage: 'use custom rootfs that is not managed by containerd snapshotter' },
  { names: ['no-pivot'], kind: 'bool', usage: 'disable use of pivot-root (linux only)' },
  { names: ['cpu-quota'], kind: 'int64', usage: 'Limit CPU CFS quota', value: -1 },
  { names: ['cpu-period'], kind: 'uint64', usage: 'Limit CPU CFS period', value: 0 },
  { names: ['rootfs-propagation'], kind: 'string', usage: 'set the propagation of the container rootfs' },
];
