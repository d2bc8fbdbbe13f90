// `ctr namespaces`: the group declaration; each verb lives in its own file beside this one.
// (Placeholder written by the lead; the owner of this group replaces it.)

import type { CtrCommand } from '../ctr-env';

export const namespacesCommand: CtrCommand = {
  name: 'namespaces',
  aliases: ['namespace', 'ns'],
  usage: 'manage namespaces',
  subcommands: [],
};
