// busybox du (coreutils/du.c, 1.35): the blocks each FILE (`.` when none) takes, a directory
// after everything in it, in 1K units (-k), bytes of apparent size (-b), megabytes rounded up
// (-m) or human-readable (-h). -a lists files too, -s only each operand (as -d 0), -d N down to
// that depth, -c adds a total, -H/-L follow links, -x stays on the operand's filesystem. A
// missing FILE is reported and the rest summed, exit 1.

import { entryStat, humanSize } from '../ls-stat';
import { getopt32, lastValue } from '../getopt32';
import { finished, followLinks, resolvePath, stderr, stdout, type ContainerFile, type OutputChunk, type Program, type ProgramContext } from '../program';
import { showUsage } from './busybox-usage';

const USAGE =
  'Usage: du [-aHLdclsxhmk] [FILE]...\n\nSummarize disk space used for FILEs (or directories)\n\n' +
  '\t-a\tShow file sizes too\n\t-b\tApparent size (including holes)\n\t-L\tFollow all symlinks\n' +
  '\t-H\tFollow symlinks on command line\n\t-d N\tLimit output to directories (and files with -a) of depth < N\n' +
  '\t-c\tShow grand total\n\t-l\tCount sizes many times if hard linked\n\t-s\tDisplay only a total for each argument\n' +
  '\t-x\tSkip directories on different filesystems\n\t-h\tSizes in human readable format (e.g., 1K 243M 2G)\n' +
  '\t-m\tSizes in megabytes\n\t-k\tSizes in kilobytes (default)\n';

interface DuOptions {
  files: boolean;
  bytes: boolean;
  maxDepth: number;
  /** Link levels followed: 0 none, 1 the operands (-H), Infinity all (-L). */
  followDepth: number;
  oneFs: boolean;
  /** 1024 (-k), 1 (-b), 1M (-m), 0: human-readable. */
  unit: number;
}

/** print(): sizes are counted in 512-byte blocks (bytes with -b) and shown as make_human_readable_str does. */
function shown(size: number, o: DuOptions): string {
  const blockSize = o.bytes ? 1 : 512;
  if (o.unit === 0) return humanSize(size * blockSize);
  // Fixed scales round up, as coreutils' du does (1025K is 2 with -m).
  const rounded = size + Math.floor((o.unit - 1) / 1024);
  if (rounded === 0) return '0';
  return String(Math.floor((rounded * blockSize + Math.floor(o.unit / 2)) / o.unit));
}

class Du {
  readonly out: OutputChunk[] = [];
  status = 0;
  device = '/';

  constructor(
    readonly ctx: ProgramContext,
    readonly o: DuOptions,
  ) {}

  own(path: string, file: ContainerFile): number {
    const stat = entryStat(this.ctx.fs, path, file);
    return this.o.bytes ? stat.size : stat.blocks * 2;
  }

  /** du(): the sum below `name`, printing what is within the depth asked. */
  walk(name: string, depth: number): number {
    const abs = resolvePath(this.ctx.cwd, name);
    let entry = this.ctx.fs.lookup(abs) ? { path: abs, file: this.ctx.fs.lookup(abs) as ContainerFile } : followLinks(this.ctx.fs, abs);
    if (!entry) {
      this.out.push(stderr(`du: ${name}: No such file or directory\n`));
      this.status = 1;
      return 0;
    }
    const where = this.ctx.fs.mountOf?.(entry.path)?.destination ?? '/';
    if (this.o.oneFs) {
      if (depth === 0) this.device = where;
      else if (where !== this.device) return 0;
    }
    if (entry.file.kind === 'symlink' && this.o.followDepth > depth) {
      const target = followLinks(this.ctx.fs, abs);
      if (!target) {
        this.out.push(stderr(`du: ${name}: No such file or directory\n`));
        this.status = 1;
        return 0;
      }
      entry = target;
    }
    let sum = this.own(entry.path, entry.file);
    if (entry.file.kind === 'dir') {
      const dir = entry.path === '/' ? '' : entry.path;
      for (const child of this.ctx.fs.list(entry.path) ?? []) {
        // /proc's unsimulated kernel entries (proc-pids.ts) are not there to count.
        if (!this.ctx.fs.lookup(`${dir}/${child}`)) continue;
        sum += this.walk(name.endsWith('/') ? `${name}${child}` : `${name}/${child}`, depth + 1);
      }
    } else if (!this.o.files && depth !== 0) return sum;
    if (depth <= this.o.maxDepth) this.out.push(stdout(`${shown(sum, this.o)}\t${name}\n`));
    return sum;
  }
}

export const duProgram: Program = {
  name: 'du',
  run(ctx) {
    const parsed = getopt32(ctx.argv.slice(1), 'aHkLsxd:lcbhm');
    if (!parsed.ok) return showUsage('du', USAGE, parsed.error);
    const has = (c: string) => parsed.opts.has(c);
    // The last of -h, -k, -m (and -b before them) decides the unit, as du_main sets them in turn.
    const scale = ctx.argv.slice(1).filter((a) => /^-[a-zA-Z]+$/.test(a)).join('').replace(/[^hkm]/g, '').at(-1);
    const unit = scale === 'h' ? 0 : scale === 'm' ? 1024 * 1024 : scale === 'k' ? 1024 : has('b') ? 1 : 1024;
    const depthText = lastValue(parsed, 'd');
    if (depthText !== undefined && !/^[0-9]+$/.test(depthText)) return finished([stderr(`du: invalid number '${depthText}'\n`)], 1);
    const o: DuOptions = {
      files: has('a'),
      bytes: has('b'),
      maxDepth: has('s') ? 0 : depthText !== undefined ? Number(depthText) : Infinity,
      followDepth: has('L') ? Infinity : has('H') && parsed.operands.length > 0 ? 1 : 0,
      oneFs: has('x'),
      unit,
    };
    const du = new Du(ctx, o);
    let total = 0;
    for (const name of parsed.operands.length > 0 ? parsed.operands : ['.']) total += du.walk(name, 0);
    if (has('c')) du.out.push(stdout(`${shown(total, o)}\ttotal\n`));
    return finished(du.out, du.status);
  },
};
