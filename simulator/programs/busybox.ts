// busybox called by its own name: `busybox ls /` runs the applet named by the first argument.

import { finished, stderr, stdout, type Program } from './program';
import { BUSYBOX_BANNER } from './applets/busybox-usage';

export const busyboxProgram: Program = {
  name: 'busybox',
  run(ctx) {
    const applet = ctx.argv[1];
    if (!applet) {
      return finished([stdout(BUSYBOX_BANNER + 'Usage: busybox [function [arguments]...]\n')]);
    }
    const program = ctx.findProgram(applet);
    if (!program || program.name === 'busybox') return finished([stderr(`${applet}: applet not found\n`)], 127);
    return program.run({ ...ctx, argv: ctx.argv.slice(1) });
  },
};
