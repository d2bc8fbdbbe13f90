// busybox tee (coreutils/tee.c): stdin to stdout and to each FILE (`-` is stdout again), -a
// appending; a FILE that cannot be opened says why and the rest still get the data, exit 1.
// -i (ignore SIGINT) changes nothing here. The files land in the container's own layer.

import { getopt32 } from '../getopt32';
import { followLinks, resolvePath, stderr, stdout, type OutputChunk, type Program } from '../program';
import { showUsage } from './busybox-usage';

const USAGE =
  'Usage: tee [-ai] [FILE]...\n\nCopy stdin to each FILE, and also to stdout\n\n' +
  "\t-a\tAppend to the given FILEs, don't overwrite\n\t-i\tIgnore interrupt signals (SIGINT)\n";

/** Why FILE cannot be opened for writing, or undefined. */
function openProblem(ctx: Parameters<Program['run']>[0], path: string): string | undefined {
  const existing = followLinks(ctx.fs, path);
  if (existing?.file.kind === 'dir') return 'Is a directory';
  const parent = followLinks(ctx.fs, path.slice(0, path.lastIndexOf('/')) || '/');
  if (!parent) return 'No such file or directory';
  if (parent.file.kind !== 'dir') return 'Not a directory';
  if (ctx.fs.readOnlyAt?.(path)) return 'Read-only file system';
  return undefined;
}

export const teeProgram: Program = {
  name: 'tee',
  terminalInput: () => 'echo',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'ai');
    if (!parsed.ok) return showUsage('tee', USAGE, parsed.error);
    const append = parsed.opts.has('a');
    const data = ctx.stdin ?? '';
    const out: OutputChunk[] = [];
    let code = 0;
    let copies = 1;
    for (const name of parsed.operands) {
      if (name === '-') {
        copies++;
        continue;
      }
      const path = resolvePath(ctx.cwd, name);
      const problem = openProblem(ctx, path);
      if (problem) {
        out.push(stderr(`tee: ${name}: ${problem}\n`));
        code = 1;
        continue;
      }
      const old = followLinks(ctx.fs, path);
      const content = `${append && old?.file.kind === 'file' ? (old.file.content ?? '') : ''}${data}`;
      const mode = old?.file.kind === 'file' ? old.file.mode : 0o666 & ~(ctx.umask ?? 0o022);
      ctx.fs.write?.(old?.path ?? path, { kind: 'file', content, mode, size: content.length, mtime: Math.floor(ctx.nowMs / 1000) }, ctx.nowMs);
    }
    for (let i = 0; i < copies && data !== ''; i++) out.push(stdout(data));
    // A stdin that stays open (a terminal, ctr's pipe) keeps tee waiting after what came.
    if (ctx.stdin === undefined || ctx.stdinOpen) return { out, consumedStdin: ctx.stdin !== undefined };
    return { out, exit: { afterMs: 0, code }, consumedStdin: true };
  },
};
