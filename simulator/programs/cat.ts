// busybox cat: files in order, `-` or no operand reads stdin. With stdin open and silent
// (a terminal nobody types into, the recorder's open pipe) it waits for ever.

import { followLinks, resolvePath, stderr, stdout, type OutputChunk, type Program } from './program';

export const catProgram: Program = {
  name: 'cat',
  run(ctx) {
    const operands = ctx.argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a));
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of operands.length > 0 ? operands : ['-']) {
      if (name === '-') {
        if (ctx.stdin === undefined) return { out };
        out.push(stdout(ctx.stdin));
        // What was piped is printed; then it waits on a stdin that never closes.
        if (ctx.stdinOpen) return { out };
        continue;
      }
      const found = followLinks(ctx.fs, resolvePath(ctx.cwd, name));
      if (!found) {
        out.push(stderr(`cat: can't open '${name}': No such file or directory\n`));
        code = 1;
      } else if (found.file.kind === 'dir') {
        out.push(stderr(`cat: read error: Is a directory\n`));
        code = 1;
      } else out.push(stdout(found.file.content ?? ''));
    }
    return { out, exit: { afterMs: 0, code } };
  },
};
