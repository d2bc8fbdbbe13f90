// `docker swarm update` (docker/cli 20.10 cli/command/swarm/update.go): with no flag it prints its
// help (pflag.ErrHelp: exit 0); else the swarm is inspected, refused on node1 (in no swarm:
// manager-call.ts).

import type { DockerCommand } from '../docker-env';
import { managerCall } from './manager-call';

export const swarmUpdateCommand: DockerCommand = {
  name: 'update',
  argsUsage: '[OPTIONS]',
  usage: 'Update the swarm',
  args: { max: 0 },
  flags: [
    { names: ['autolock'], kind: 'bool', usage: 'Change manager autolocking setting (true|false)' },
    { names: ['cert-expiry'], kind: 'duration', usage: 'Validity period for node certificates (ns|us|ms|s|m|h)', value: '2160h0m0s' },
    { names: ['dispatcher-heartbeat'], kind: 'duration', usage: 'Dispatcher heartbeat period (ns|us|ms|s|m|h)', value: '5s' },
    { names: ['external-ca'], kind: 'stringArray', typeName: 'external-ca', usage: 'Specifications of one or more certificate signing endpoints' },
    { names: ['max-snapshots'], kind: 'uint', usage: 'Number of additional Raft snapshots to retain' },
    { names: ['snapshot-interval'], kind: 'uint', usage: 'Number of log entries between Raft snapshots', value: 10000 },
    { names: ['task-history-limit'], kind: 'int', usage: 'Task history retention limit', value: 5 },
  ],
  action: (c) => {
    if (!(swarmUpdateCommand.flags ?? []).some((f) => c.isSet(f.names[0] ?? ''))) {
      c.io.stdout(`\n${c.helpText()}`);
      return;
    }
    managerCall(c);
  },
};
