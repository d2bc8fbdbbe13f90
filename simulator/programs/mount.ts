// busybox mount with no operands (util-linux/mount.c): the mount table from /proc/mounts, one
// `SOURCE on DIR type TYPE (OPTIONS)` line each; -t TYPE keeps that type's lines. Mounting
// anything is not simulated inside containers.

import { finished, stderr, stdout, type Program } from './program';

export const mountProgram: Program = {
  name: 'mount',
  run(ctx) {
    const args = ctx.argv.slice(1);
    const typeAt = args.indexOf('-t');
    const onlyType = typeAt >= 0 && args.length === 2 ? args[1] : undefined;
    if (args.length > 0 && onlyType === undefined) return finished([stderr('mount: mounting inside a container is not simulated here (ctrlab lists the mount table only)\n')], 1);
    const table = ctx.fs.lookup('/proc/mounts');
    if (table?.kind !== 'file') return finished([stderr('mount: no /proc/mounts\n')], 1);
    const lines = (table.content ?? '').split('\n').filter((l) => l !== '');
    const out = lines
      .map((l) => l.split(' '))
      .filter((f) => onlyType === undefined || f[2] === onlyType)
      .map(([src, dir, type, opts]) => `${src} on ${dir} type ${type} (${opts})\n`)
      .join('');
    return finished(out ? [stdout(out)] : []);
  },
};
