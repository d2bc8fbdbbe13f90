// busybox tty: the name of the terminal on stdin, or `not a tty` (exit 1) when there is none.

import { finished, stdout, type Program } from './program';

export const ttyProgram: Program = {
  name: 'tty',
  run(ctx) {
    return ctx.terminal ? finished([stdout('/dev/pts/0\n')]) : finished([stdout('not a tty\n')], 1);
  },
};
