// busybox yes [STRING]...: its words (or y) on a line, for ever, until the reader goes away
// (coreutils/yes.c). The endless writing is the inner shell's own `while :` loop, which knows
// how a reader that stops (head) ends the writer.

import type { Program } from './program';

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

export const yesProgram: Program = {
  name: 'yes',
  run(ctx) {
    const words = ctx.argv.slice(1);
    const line = quote(words.length > 0 ? words.join(' ') : 'y');
    const sh = ctx.findProgram('sh');
    if (!sh) return { out: [] };
    const run = sh.run({ ...ctx, argv: ['sh', '-c', `while :; do printf '%s\\n' ${line}; done`] });
    return { ...run, comm: 'yes' };
  },
};
