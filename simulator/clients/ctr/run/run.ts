// `ctr run`: create a container and start its task in one go.
// (Placeholder written by the lead; the owner replaces it.)

import type { CtrCommand } from '../ctr-env';

export const runCommand: CtrCommand = {
  name: 'run',
  usage: 'run a container',
};
