// busybox rmdir DIR...: removes empty directories (coreutils/rmdir.c). Each failure is
// bb_perror_msg("'%s'", path): `rmdir: '/ro/sub': Read-only file system`, `Directory not empty`,
// `No such file or directory`, `Not a directory` (the kernel says EROFS before ENOTEMPTY);
// the status is 1 when one failed.
// `-p` (the parents too), --ignore-fail-on-non-empty and the usage text are not simulated.

import { finished, resolvePath, stderr, type OutputChunk, type Program } from './program';

export const rmdirProgram: Program = {
  name: 'rmdir',
  run(ctx) {
    const operands = ctx.argv.slice(1);
    const option = operands.find((a) => a.startsWith('-') && a !== '-');
    if (option) return finished([stderr(`rmdir: option ${option} is not simulated here (ctrlab simulates rmdir DIR...)\n`)], 1);
    if (operands.length === 0) return finished([stderr('rmdir: its usage text is not simulated here (ctrlab simulates rmdir DIR...)\n')], 1);
    const out: OutputChunk[] = [];
    let code = 0;
    for (const name of operands) {
      const path = resolvePath(ctx.cwd, name);
      const entry = ctx.fs.lookup(path);
      const why = !entry
        ? 'No such file or directory'
        : entry.kind !== 'dir'
          ? 'Not a directory'
          : ctx.fs.readOnlyAt?.(path)
            ? 'Read-only file system'
            : (ctx.fs.list(path) ?? []).length > 0
              ? 'Directory not empty'
              : (ctx.fs.mountPoints?.() ?? []).includes(path)
                ? 'Device or resource busy'
                : undefined;
      if (why) {
        out.push(stderr(`rmdir: '${name}': ${why}\n`));
        code = 1;
      } else ctx.fs.remove?.(path, ctx.nowMs);
    }
    return finished(out, code);
  },
};
