// busybox ps: the container's own PID namespace, so the init process is PID 1.

import { finished, stdout, type Program } from './program';

export const psProgram: Program = {
  name: 'ps',
  run(ctx) {
    const rows = ctx.processes().map((p) => `${String(p.pid).padStart(5)} ${p.user.padEnd(8)} ${p.args.join(' ')}\n`);
    return finished([stdout(`PID   USER     COMMAND\n${rows.join('')}`)]);
  },
};
