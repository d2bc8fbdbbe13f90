// The `ctr content` verbs that need a real editor, raw HTTP objects or streamed ingests: they
// are declared with their real flags (so help matches) and refuse honestly when run.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { CtrCommand } from '../ctr-env';
import { registryFlags } from '../images/registry-flags';

const DOCS = "containerd's ctr documentation (ctr content --help)";

function refuse(what: string): () => never {
  return () => {
    throw new NotSimulatedError(what, DOCS);
  };
}

export const editCommand: CtrCommand = {
  name: 'edit',
  usage: 'edit a blob and return a new digest',
  argsUsage: '[flags] <digest>',
  description: 'edit a blob and return a new digest',
  flags: [
    { names: ['validate'], kind: 'string', usage: 'validate the result against a format (json, mediatype, etc.)' },
    { names: ['editor'], kind: 'string', usage: 'select editor (vim, emacs, etc.)', envVar: 'EDITOR' },
  ],
  action: refuse('ctr content edit (an interactive editor on a blob)'),
};

export const pushObjectCommand: CtrCommand = {
  name: 'push-object',
  usage: 'push an object to a remote',
  argsUsage: '[flags] <remote> <object> <type>',
  description: 'Push objects by identifier to a remote.',
  flags: registryFlags,
  action: refuse('ctr content push-object (raw registry objects)'),
};

export const pruneCommand: CtrCommand = {
  name: 'prune',
  usage: 'prunes content from the content store',
  subcommands: [
    {
      name: 'references',
      usage: 'prunes preference labels from the content store (layers only by default)',
      flags: [{ names: ['async'], kind: 'bool', usage: 'allow garbage collection to cleanup asynchronously' }, { names: ['dry'], kind: 'bool', usage: 'just show updates without applying (enables debug logging)' }],
      action: refuse('ctr content prune references'),
    },
  ],
};
