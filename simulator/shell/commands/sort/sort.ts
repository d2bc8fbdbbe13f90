// GNU sort (coreutils 9.1) on the node, in its C.UTF-8 locale: lines compare byte by byte
// (`m2:latest` before `m:latest`, `VERSION` before `json`), where just-bash's own sort follows
// the JavaScript locale's collation. Keys, numeric/human/version/month orders, -u, -s, -c/-C,
// -m, -o, -z and the real messages; see options.ts for the command line and compare.ts for order.

import { type CommandContext, type ExecResult, bytesOutput, defineCommand, latin1FromBytes, unsafeBytesFromLatin1 } from 'just-bash';
import { binaryToBytes, bytesToBinary } from '../../../host/native-codecs';
import { randomInt } from '../../../host/random';
import type { ShellCommandFactory } from '../command-host';
import { type Ordering, type SortLine, compareLines, prepareLine } from './compare';
import { SORT_HELP, SORT_VERSION } from './help';
import { type SortRequest, parseSortArgs } from './options';

const FAIL = 2;

function failure(stderr: string, exitCode = FAIL): ExecResult {
  return { stdout: '', stderr, exitCode };
}

/** The lines of one input: split at the delimiter, a missing last delimiter supplied. */
function splitLines(data: string, eol: string): string[] {
  if (data === '') return [];
  const lines = data.split(eol);
  if (data.endsWith(eol)) lines.pop();
  return lines;
}

type Read = { data: string } | { error: string };

class Inputs {
  private stdinTaken = false;

  constructor(private readonly ctx: CommandContext) {}

  async read(name: string, onMissing: string): Promise<Read> {
    if (name === '-') {
      const data = this.stdinTaken ? '' : latin1FromBytes(this.ctx.stdin);
      this.stdinTaken = true;
      return { data };
    }
    const path = this.ctx.fs.resolvePath(this.ctx.cwd, name);
    if (!(await this.ctx.fs.exists(path))) return { error: `sort: ${onMissing}: ${name}: No such file or directory\n` };
    if ((await this.ctx.fs.stat(path)).isDirectory) return { error: `sort: read failed: ${name}: Is a directory\n` };
    return { data: bytesToBinary(await this.ctx.fs.readFileBuffer(path)) };
  }
}

/** -c / -C: the first line out of order (with -u, also one equal to the line before). */
function check(lines: SortLine[], name: string, req: SortRequest, o: Ordering): ExecResult {
  for (let i = 1; i < lines.length; i++) {
    const diff = compareLines(lines[i - 1] as SortLine, lines[i] as SortLine, o);
    if (diff > 0 || (req.unique && diff === 0)) {
      const stderr = req.check === 'c' ? `sort: ${name}:${i + 1}: disorder: ${(lines[i] as SortLine).text}\n` : '';
      return failure(stderr, 1);
    }
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

/** -m: the inputs, each taken as sorted, merged; ties go to the earlier input. */
function merge(runs: SortLine[][], o: Ordering): SortLine[] {
  const out: SortLine[] = [];
  const at = runs.map(() => 0);
  for (;;) {
    let best = -1;
    for (let r = 0; r < runs.length; r++) {
      const line = runs[r]?.[at[r] ?? 0];
      if (line === undefined) continue;
      const head = best < 0 ? undefined : runs[best]?.[at[best] ?? 0];
      if (head === undefined || compareLines(line, head, o) < 0) best = r;
    }
    if (best < 0) return out;
    out.push(runs[best]?.[at[best] ?? 0] as SortLine);
    at[best] = (at[best] ?? 0) + 1;
  }
}

/** -u: the first line of each run of equal lines. */
function uniqueLines(lines: SortLine[], o: Ordering): SortLine[] {
  const out: SortLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last === undefined || compareLines(last, line, o) !== 0) out.push(line);
  }
  return out;
}

function saltOf(req: SortRequest, random: () => number, source: string | undefined): number {
  if (!req.keys.some((k) => k.random)) return 0;
  if (source === undefined) return random();
  let h = 0;
  for (let i = 0; i < source.length; i++) h = (Math.imul(h, 31) + source.charCodeAt(i)) | 0;
  return h;
}

export async function runSort(args: string[], ctx: CommandContext, random: () => number): Promise<ExecResult> {
  const req = parseSortArgs(args);
  if ('stderr' in req) return failure(req.stderr, req.exitCode);
  if (req.info) return { stdout: req.info === 'help' ? SORT_HELP : SORT_VERSION, stderr: '', exitCode: 0 };
  if (req.unsimulated) {
    return failure(`sort: ${req.unsimulated} is not simulated here; see https://www.gnu.org/software/coreutils/sort\n`);
  }
  const inputs = new Inputs(ctx);
  const names = req.files.length > 0 ? req.files : ['-'];
  let source: string | undefined;
  if (req.randomSource !== undefined) {
    const read = await inputs.read(req.randomSource, 'open failed');
    if ('error' in read) return failure(read.error);
    source = read.data;
  }
  const o: Ordering = { keys: req.keys, reverse: req.reverse, noLastResort: req.unique || req.stable, tab: req.tab, salt: saltOf(req, random, source) };
  const eol = req.zero ? '\0' : '\n';
  const prepare = (data: string): SortLine[] => splitLines(data, eol).map((text) => prepareLine(text, o));

  if (req.check) {
    const name = names[0] as string;
    const read = await inputs.read(name, 'open failed');
    if ('error' in read) return failure(read.error);
    return check(prepare(read.data), name, req, o);
  }
  for (const name of names) {
    if (name !== '-' && !(await ctx.fs.exists(ctx.fs.resolvePath(ctx.cwd, name)))) {
      return failure(`sort: cannot read: ${name}: No such file or directory\n`);
    }
  }
  if (req.output !== undefined) {
    const path = ctx.fs.resolvePath(ctx.cwd, req.output);
    if ((await ctx.fs.exists(path)) && (await ctx.fs.stat(path)).isDirectory) {
      return failure(`sort: open failed: ${req.output}: Is a directory\n`);
    }
  }
  const runs: SortLine[][] = [];
  for (const name of names) {
    const read = await inputs.read(name, 'cannot read');
    if ('error' in read) return failure(read.error);
    runs.push(prepare(read.data));
  }
  let lines = req.merge ? merge(runs, o) : runs.flat().sort((a, b) => compareLines(a, b, o));
  if (req.unique) lines = uniqueLines(lines, o);
  const out = lines.map((l) => l.text + eol).join('');
  if (req.output === undefined) return { ...bytesOutput(unsafeBytesFromLatin1(out)), stderr: '', exitCode: 0 };
  await ctx.fs.writeFile(ctx.fs.resolvePath(ctx.cwd, req.output), binaryToBytes(out));
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const sortCommand: ShellCommandFactory = (host) =>
  defineCommand('sort', (args, ctx) => runSort(args, ctx, () => randomInt(host.node.state.random, 0, 0x7fffffff)));
