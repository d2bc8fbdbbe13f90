// `nerdctl rename CONTAINER NEW_NAME` (cmd/nerdctl/rename.go@v0.22.2): the names store moves the
// name (`name "<new>" is already used by ID "<id>"`), the hosts store follows (failing, after
// the name moved, for a container without a meta.json: created, --net host or none), and the
// nerdctl/name label changes. Prints nothing.

import { clientOf, dataStoreOf, type NerdctlCommand } from '../nerdctl-env';
import { refuseAmbiguous, walkContainers } from './container-walker';
import { renameInHosts } from './hosts-store';
import { nameStore } from './name-store';
import { LABEL } from './nerdctl-labels';

export const renameCommand: NerdctlCommand = {
  name: 'rename',
  usage: 'rename a container',
  argsUsage: 'CONTAINER NEW_NAME',
  args: { min: 2, max: 2 },
  action: async (c) => {
    const client = clientOf(c);
    const [req = '', newName = ''] = c.args;
    const names = nameStore(c.env.node, dataStoreOf(c), client.namespace);
    const n = await walkContainers(client, req, (found) => {
      refuseAmbiguous(found);
      const name = found.container.info().labels[LABEL.name] ?? '';
      names.rename(name, found.container.id, newName);
      renameInHosts(c.env.node, dataStoreOf(c), client.namespace, found.container.id, newName);
      found.container.setLabels({ [LABEL.name]: newName });
    });
    if (n === 0) throw new Error(`no such container ${req}`);
  },
};
