// `nerdctl namespace ls` (namespace.go:48-124@v0.22.2): NAME CONTAINERS IMAGES VOLUMES LABELS,
// tabwriter (4, 8, 4), each row ending in a tab (so padded to the LABELS column's width).
// Volumes are the entries of <data store>/volumes/<namespace>; networks are global, so not counted.

import { tabwrite } from '../../../cli/tabwriter';
import * as vfs from '../../../host/vfs';
import { formatLabels } from '../../ctr/namespaces/label-args';
import { containerdOf, dataStoreOf, type NerdctlCommand } from '../nerdctl-env';

export const namespaceLsCommand: NerdctlCommand = {
  name: 'ls',
  aliases: ['list'],
  usage: 'List containerd namespaces',
  flags: [{ names: ['quiet', 'q'], kind: 'bool', usage: 'Only display names' }],
  action: (c) => {
    const client = containerdOf(c);
    const names = client.namespaces.list();
    if (c.bool('quiet')) {
      c.io.stdout(names.map((n) => `${n}\n`).join(''));
      return;
    }
    const files = c.env.node.state.host.files;
    const volumesDir = (ns: string) => `${dataStoreOf(c)}/volumes/${ns}`;
    let text = 'NAME\tCONTAINERS\tIMAGES\tVOLUMES\tLABELS\n';
    for (const ns of names) {
      const view = client.withNamespace(ns);
      const volumes = vfs.exists(files, volumesDir(ns)) ? vfs.readdir(files, volumesDir(ns)).length : 0;
      text += `${ns}\t${view.containers.list().length}\t${view.images.list().length}\t${volumes}\t${formatLabels(client.namespaces.labels(ns))}\t\n`;
    }
    c.io.stdout(tabwrite(text, { minwidth: 4, tabwidth: 8, padding: 4, padchar: ' ' }));
  },
};
