// `ctr content`: the group declaration; each verb lives in its own file beside this one, in
// the order ctr 1.6 lists them.

import type { CtrCommand } from '../ctr-env';
import { activeCommand } from './active';
import { deleteCommand } from './delete';
import { fetchCommand } from './fetch';
import { getCommand } from './get';
import { labelCommand } from './label';
import { listCommand } from './list';
import { editCommand } from './edit';
import { pushObjectCommand } from './push-object';
import { pruneCommand } from './prune';
import { fetchObjectCommand } from './fetch-object';
import { ingestCommand } from './ingest';

export const contentCommand: CtrCommand = {
  name: 'content',
  usage: 'manage content',
  subcommands: [
    activeCommand,
    deleteCommand,
    editCommand,
    fetchCommand,
    fetchObjectCommand,
    getCommand,
    ingestCommand,
    listCommand,
    pushObjectCommand,
    labelCommand,
    pruneCommand,
  ],
};
