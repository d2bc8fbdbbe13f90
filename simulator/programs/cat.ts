// busybox cat: files in order, `-` or no operand reads stdin. With stdin open and silent
// (a terminal nobody types into, the recorder's open pipe) it waits for ever. -n and -b number
// the lines as nl does (-b only those with text), counting on across files.

import { danglingLinkError, followLinks, resolvePath, stderr, stdout, type OutputChunk, type Program } from './program';
import { numberLines } from './text-applets';

/** File operands: options dropped, none meaning stdin. */
function operandsOf(argv: readonly string[]): string[] {
  const operands = argv.slice(1).filter((a) => !/^-[a-zA-Z]+$/.test(a));
  return operands.length > 0 ? operands : ['-'];
}

export const catProgram: Program = {
  name: 'cat',
  // Reading stdin (no operand or `-`), cat copies each typed line back.
  terminalInput: (argv) => (operandsOf(argv).includes('-') ? 'echo' : 'none'),
  run(ctx) {
    const flags = ctx.argv.slice(1).filter((a) => /^-[a-zA-Z]+$/.test(a)).join('');
    if (/[nb]/.test(flags)) return numbered(ctx, flags.includes('b') ? 't' : 'a');
    const operands = operandsOf(ctx.argv);
    const out: OutputChunk[] = [];
    let code = 0;
    let consumedStdin = false;
    for (const name of operands) {
      if (name === '-') {
        if (ctx.stdin === undefined) return { out };
        out.push(stdout(ctx.stdin));
        consumedStdin = true;
        // What was piped is printed; then it waits on a stdin that never closes.
        if (ctx.stdinOpen) return { out, consumedStdin };
        continue;
      }
      const found = followLinks(ctx.fs, resolvePath(ctx.cwd, name));
      if (!found) {
        out.push(stderr(`cat: can't open '${name}': ${danglingLinkError(ctx.fs, resolvePath(ctx.cwd, name))}\n`));
        code = 1;
      } else if (found.file.kind === 'dir') {
        out.push(stderr(`cat: read error: Is a directory\n`));
        code = 1;
      } else if (found.file.readError !== undefined) {
        out.push(stderr(`cat: read error: ${found.file.readError}\n`));
        code = 1;
      } else out.push(stdout(found.file.content ?? ''));
    }
    return { out, exit: { afterMs: 0, code }, consumedStdin };
  },
};

/** cat -n / -b (print_numbered_lines): a file it cannot open is `cat: NAME: …`, a directory reads as empty. */
function numbered(ctx: Parameters<Program['run']>[0], style: string) {
  let text = '';
  const out: OutputChunk[] = [];
  let code = 0;
  let consumedStdin = false;
  for (const name of operandsOf(ctx.argv)) {
    if (name === '-') {
      if (ctx.stdin === undefined || ctx.stdinOpen) return { out, consumedStdin: ctx.stdin !== undefined };
      text += ctx.stdin;
      consumedStdin = true;
      continue;
    }
    const found = followLinks(ctx.fs, resolvePath(ctx.cwd, name));
    if (!found) {
      out.push(stderr(`cat: ${name}: No such file or directory\n`));
      code = 1;
    } else if (found.file.kind !== 'dir') text += found.file.content ?? '';
  }
  const lines = numberLines(text, { style, start: 1, increment: 1, width: 6, separator: '\t', padUnnumbered: false });
  return { out: [...(lines ? [stdout(lines)] : []), ...out], exit: { afterMs: 0, code }, consumedStdin };
}
