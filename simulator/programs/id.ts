// busybox id: containers started by ctr run as root unless --user says otherwise.

import { finished, stdout, type Program } from './program';

export const idProgram: Program = {
  name: 'id',
  run: () => finished([stdout('uid=0(root) gid=0(root) groups=0(root)\n')]),
};
