// whoami: the user name of the process's uid. ctrlab's container processes run as root.

import { finished, stdout, type Program } from './program';

export const whoamiProgram: Program = {
  name: 'whoami',
  run: () => finished([stdout('root\n')]),
};
