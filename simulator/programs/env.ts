// busybox env: without arguments prints the environment in order; `env A=1 cmd` is not
// simulated beyond printing (the inner shell covers that use).

import { finished, stdout, type Program } from './program';

export const envProgram: Program = {
  name: 'env',
  run(ctx) {
    const extra = ctx.argv.slice(1).filter((a) => a.includes('='));
    return finished([stdout([...ctx.env, ...extra].map((e) => `${e}\n`).join(''))]);
  },
};
