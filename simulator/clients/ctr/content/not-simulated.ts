// `ctr content push-object`: it needs a registry to push to; declared with its real flags (so
// help matches), it refuses honestly when run.

import { NotSimulatedError } from '../../../cli/not-simulated';
import type { CtrCommand } from '../ctr-env';
import { registryFlags } from '../images/registry-flags';

const DOCS = "containerd's ctr documentation (ctr content --help)";

function refuse(what: string): () => never {
  return () => {
    throw new NotSimulatedError(what, DOCS);
  };
}

export const pushObjectCommand: CtrCommand = {
  name: 'push-object',
  usage: 'push an object to a remote',
  argsUsage: '[flags] <remote> <object> <type>',
  description: 'Push objects by identifier to a remote.',
  flags: registryFlags,
  action: refuse('ctr content push-object (raw registry objects)'),
};
