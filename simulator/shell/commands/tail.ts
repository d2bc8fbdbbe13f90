// GNU tail (coreutils 9.1) on the node, for what it prints at once: -n/-c with '+' meaning
// "from this one on" (the library's tail -c +N starts a byte late and takes no -n -N), size
// suffixes, -q/-v/-z, `-5`, headers between files and coreutils' messages. Following (-f, -F,
// --follow, --retry, --pid, -s) stays with the library's tail.

import { type CommandContext, type ExecResult, defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';
import { type GnuOptionSpec } from './gnu-getopt';
import { eachInput, lineEnds, parseHeadTail } from './head-tail-count';

const SPEC: GnuOptionSpec = {
  flags: 'fFqvz',
  withValue: 'cns',
  long: {
    bytes: { id: 'c', value: 'required' }, lines: { id: 'n', value: 'required' }, quiet: { id: 'q', value: 'none' },
    silent: { id: 'q', value: 'none' }, verbose: { id: 'v', value: 'none' }, 'zero-terminated': { id: 'z', value: 'none' },
    follow: { id: 'f', value: 'optional' }, retry: { id: 'retry', value: 'none' }, pid: { id: 'pid', value: 'required' },
    'sleep-interval': { id: 's', value: 'required' }, 'max-unchanged-stats': { id: 'max-unchanged-stats', value: 'required' },
    help: { id: 'help', value: 'none' }, version: { id: 'version', value: 'none' },
  },
};

const FOLLOW = ['f', 'F', 'retry', 'pid', 's', 'max-unchanged-stats'];

async function runTail(args: string[], ctx: CommandContext): Promise<ExecResult> {
  const req = parseHeadTail('tail', args, SPEC, FOLLOW);
  if (!('count' in req)) return req;
  if (req.library) {
    if (!ctx.origCommand) return { stdout: '', stderr: '', exitCode: 1 };
    const r = await ctx.origCommand(args);
    return { ...r, stderr: r.stderr.replace(/^tail: (.*): No such file or directory$/gm, "tail: cannot open '$1' for reading: No such file or directory") };
  }
  const { unit, n, sign } = req.count;
  return eachInput('tail', req, ctx, (data) => {
    if (unit === 'bytes') return sign === '+' ? data.slice(Math.max(0, n - 1)) : data.slice(Math.max(0, data.length - n));
    const ends = lineEnds(data, req.eol);
    if (sign === '+') return n <= 1 ? data : data.slice(ends[n - 2] ?? data.length);
    if (n === 0) return '';
    return data.slice(ends.length > n ? (ends[ends.length - n - 1] as number) : 0);
  });
}

export const tailCommand: ShellCommandFactory = () => defineCommand('tail', runTail);
