// which: the first file on $PATH with each name (busybox which), exit 1 when one is missing.

import { resolveExecutable } from './launch';
import { finished, stdout, type OutputChunk, type Program } from './program';

export const whichProgram: Program = {
  name: 'which',
  run(ctx) {
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of ctx.argv.slice(1)) {
      const found = resolveExecutable(ctx, name);
      if (found.kind === 'found') out.push(stdout(`${found.path}\n`));
      else code = 1;
    }
    return finished(out, code);
  },
};
