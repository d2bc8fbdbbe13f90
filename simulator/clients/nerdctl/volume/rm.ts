// `nerdctl volume rm` (alias remove), volume_rm.go@v0.22.2: the client first (a stopped
// containerd fails it), then every name is looked up before anything is removed — a missing
// one or one a container mounts (`volume "x" is in use`) ends the command with nothing removed.
// -f is accepted and does nothing ("(unimplemented yet)").

import { clientOf, dataStoreOf, globalOptions, type NerdctlCommand } from '../nerdctl-env';
import { usedVolumes } from './used-volumes';
import { getVolume, removeVolumes } from './volume-store';

export const volumeRmCommand: NerdctlCommand = {
  name: 'rm',
  aliases: ['remove'],
  argsUsage: '[flags] VOLUME [VOLUME...]',
  usage: 'Remove one or more volumes',
  description: 'NOTE: You cannot remove a volume that is in use by a container.',
  args: { min: 1 },
  flags: [{ names: ['force', 'f'], kind: 'bool', usage: '(unimplemented yet)' }],
  action: (c) => {
    const client = clientOf(c);
    const { node } = c.env;
    const store = dataStoreOf(c);
    const ns = globalOptions(c).namespace;
    const used = usedVolumes(client);
    for (const name of c.args) {
      const volume = getVolume(node, store, ns, name);
      if (used.has(volume.Name)) throw new Error(`volume ${JSON.stringify(name)} is in use`);
    }
    for (const name of removeVolumes(node, store, ns, c.args)) c.io.stdout(`${name}\n`);
  },
};
