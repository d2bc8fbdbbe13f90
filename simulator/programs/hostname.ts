// busybox hostname: the UTS name. ctr sets none, so a container sees the node's own name.

import { finished, stdout, type Program } from './program';

export const hostnameProgram: Program = {
  name: 'hostname',
  run: (ctx) => finished([stdout(`${ctx.hostname}\n`)]),
};
