// busybox called by its own name: `busybox ls /` runs the applet named by the first argument.

import { finished, stderr, stdout, type Program } from './program';

export const busyboxProgram: Program = {
  name: 'busybox',
  run(ctx) {
    const applet = ctx.argv[1];
    if (!applet) {
      return finished([stdout('BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.\n\nUsage: busybox [function [arguments]...]\n')]);
    }
    const program = ctx.findProgram(applet);
    if (!program || program.name === 'busybox') return finished([stderr(`${applet}: applet not found\n`)], 127);
    return program.run({ ...ctx, argv: ctx.argv.slice(1) });
  },
};
