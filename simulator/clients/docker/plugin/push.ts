// `docker plugin push` (docker/cli 20.10 cli/command/plugin/push.go): the name is normalized with
// its tag (`x` is `x:latest`), then the daemon answers for a plugin it does not have (none on
// node1).

import type { DockerCommand } from '../docker-env';
import { daemonOf } from '../docker-env';
import { normalizeDockerRef } from '../../../oci/archive/docker-ref';

/** reference.FamiliarString of a normalized name. */
function familiarString(name: string): string {
  return name.replace(/^docker\.io\/(library\/)?/, '');
}

export const pluginPushCommand: DockerCommand = {
  name: 'push',
  argsUsage: '[OPTIONS] PLUGIN[:TAG]',
  usage: 'Push a plugin to a registry',
  args: { min: 1, max: 1 },
  flags: [
    { names: ['disable-content-trust'], kind: 'bool', usage: 'Skip image signing', value: true },
  ],
  action: (c) => {
    const { name } = normalizeDockerRef(c.args[0] ?? '');
    daemonOf(c).plugins.find(familiarString(name));
  },
};
