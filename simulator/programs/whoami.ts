// busybox whoami: the name of the process's uid from the container's /etc/passwd; an id it does
// not name is `whoami: unknown uid 1000`, exit 1 (as `docker run -u 1000 busybox whoami` prints).

import { finished, stderr, stdout, type Program } from './program';
import { processUser, userName } from './user-names';

export const whoamiProgram: Program = {
  name: 'whoami',
  run: (ctx) => {
    const { uid } = processUser(ctx.user);
    const name = userName(ctx.fs, uid);
    return name === undefined ? finished([stderr(`whoami: unknown uid ${uid}\n`)], 1) : finished([stdout(`${name}\n`)]);
  },
};
