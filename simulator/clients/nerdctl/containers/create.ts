// `nerdctl create [flags] IMAGE [COMMAND] [ARG...]` (cmd/nerdctl/create.go@v0.22.2): run's flags
// and createContainer called as for `run -d` without -i/-t (create.go:65: false, false, true),
// so the container logs to json-file once started; no task; prints the new id.

import type { NerdctlCommand } from '../nerdctl-env';
import { clientOf } from '../nerdctl-env';
import { createContainer } from './create-container';
import { createFlags } from './create-flags';

export const createCommand: NerdctlCommand = {
  name: 'create',
  usage: 'Create a new container. Optionally specify "ipfs://" or "ipns://" scheme to pull image from IPFS.',
  argsUsage: '[flags] IMAGE [COMMAND] [ARG...]',
  args: { min: 1 },
  skipArgReorder: true,
  flags: createFlags,
  action: async (c) => {
    const client = clientOf(c);
    const { id } = await createContainer(c, client, c.args, { interactive: false, tty: false, detach: true });
    c.io.stdout(`${id}\n`);
  },
};
