// busybox dd (coreutils/dd.c, 1.35, Debian's build: no third status line): if= of= bs= ibs= obs=
// count= skip= seek= status=none|noxfer, reading in blocks of bs bytes and reporting
// `F+P records in` / `F+P records out` (full and partial blocks) on stderr. Sizes take dd's
// suffixes (c w b k K M G); 0 is refused by xatoul_range. conv= and iflag/oflag are not simulated.

import { memDevice } from '../char-devices';
import { finished, followLinks, resolvePath, stderr, stdout, type OutputChunk, type Program, type ProgramRun } from '../program';

const SUFFIXES: Record<string, number> = { '': 1, c: 1, w: 2, b: 512, kB: 1000, k: 1024, K: 1024, MB: 1_000_000, M: 1 << 20, GB: 1_000_000_000, G: 1 << 30 };
const MAX = '9223372036854775807';

/** The most bytes dd copies here from an endless device (/dev/zero) in one run. */
const MAX_ZERO_BYTES = 16 << 20;

class DdError extends Error {}

function size(text: string, min: number): number {
  const m = /^(\d+)([a-zA-Z]*)$/.exec(text);
  const unit = m ? SUFFIXES[m[2] ?? ''] : undefined;
  if (!m || unit === undefined) throw new DdError(`invalid number '${text}'`);
  const n = Number(m[1]) * unit;
  if (n < min) throw new DdError(`number ${text} is not in ${min}..${MAX} range`);
  return n;
}

function notSimulated(what: string): ProgramRun {
  return finished([stderr(`dd: ${what} is not simulated here (ctrlab simulates dd if= of= bs= count= skip= seek= status=)\n`)], 1);
}

export const ddProgram: Program = {
  name: 'dd',
  run(ctx) {
    const ops: Record<string, string> = {};
    for (const a of ctx.argv.slice(1)) {
      const eq = a.indexOf('=');
      const key = eq < 0 ? a : a.slice(0, eq);
      if (!['if', 'of', 'bs', 'ibs', 'obs', 'count', 'skip', 'seek', 'status'].includes(key) || eq < 0) return notSimulated(`the operand '${a}'`);
      ops[key] = a.slice(eq + 1);
    }
    let bs: number;
    let count: number | undefined;
    let skip: number;
    let seek: number;
    try {
      bs = size(ops.bs ?? ops.ibs ?? '512', 1);
      count = ops.count === undefined ? undefined : size(ops.count, 0);
      skip = ops.skip === undefined ? 0 : size(ops.skip, 0);
      seek = ops.seek === undefined ? 0 : size(ops.seek, 0);
    } catch (e) {
      if (!(e instanceof DdError)) throw e;
      return finished([stderr(`dd: ${e.message}\n`)], 1);
    }
    if (ops.status !== undefined && !['none', 'noxfer', 'progress'].includes(ops.status)) return finished([stderr(`dd: invalid argument '${ops.status}' to 'status'\n`)], 1);
    // The input: a file, an endless /dev/zero (count bounds it), or stdin.
    let input: string;
    if (ops.if !== undefined) {
      const found = followLinks(ctx.fs, resolvePath(ctx.cwd, ops.if));
      if (!found) return finished([stderr(`dd: can't open '${ops.if}': No such file or directory\n`)], 1);
      if (found.file.kind === 'dir') return finished([stderr(`dd: error reading '${ops.if}': Is a directory\n`)], 1);
      const device = memDevice(found.file);
      if (device === 'zero') {
        if (count === undefined || (count + skip) * bs > MAX_ZERO_BYTES) return notSimulated('copying more than 16 MiB of /dev/zero');
        input = '\0'.repeat((count + skip) * bs);
      } else if (device !== undefined && device !== 'null') return notSimulated(`reading /dev/${device}`);
      else input = found.file.content ?? '';
    } else input = ctx.stdin ?? '';
    const bytes = new TextEncoder().encode(input).subarray(skip * bs);
    const blocks = Math.ceil(bytes.length / bs);
    const taken = count === undefined ? blocks : Math.min(count, blocks);
    const data = bytes.subarray(0, Math.min(bytes.length, taken * bs));
    const full = Math.floor(data.length / bs);
    const partial = data.length % bs > 0 ? 1 : 0;
    const text = new TextDecoder().decode(data);
    const out: OutputChunk[] = [];
    if (ops.of === undefined) out.push(stdout(text));
    else {
      const path = resolvePath(ctx.cwd, ops.of);
      const target = followLinks(ctx.fs, path);
      if (!target || !target.file.device) {
        // Opened O_CREAT|O_TRUNC (seek= keeps the first blocks).
        const before = target?.file.kind === 'file' ? (target.file.content ?? '') : '';
        const content = seek > 0 ? before.slice(0, seek * bs).padEnd(seek * bs, '\0') + text : text;
        const written = ctx.fs.write?.(target?.path ?? path, { ...(target?.file ?? { mode: 0o666 & ~(ctx.umask ?? 0o022), uid: ctx.user?.uid ?? 0, gid: ctx.user?.gid ?? 0 }), kind: 'file', content, size: new TextEncoder().encode(content).length, mtime: Math.floor(ctx.nowMs / 1000) }, ctx.nowMs);
        if (written === false) return finished([stderr(`dd: can't open '${ops.of}': Read-only file system\n`)], 1);
      }
    }
    if (ops.status !== 'none') out.push(stderr(`${full}+${partial} records in\n${full}+${partial} records out\n`));
    return { ...finished(out, 0), consumedStdin: ops.if === undefined };
  },
};
