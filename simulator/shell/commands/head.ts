// GNU head (coreutils 9.1) on the node: -n/-c with a leading '-' meaning "all but the last",
// size suffixes, -q/-v/-z, `-5`, headers between files and coreutils' messages. The library's
// head takes none of the negative forms. `head -c N /dev/zero` keeps its own answer
// (gnu-messages.ts), since the file system bounds reads of /dev/zero.

import { type CommandContext, type ExecResult, defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';
import { type GnuOptionSpec } from './gnu-getopt';
import { zeroHead } from './gnu-messages';
import { eachInput, lineEnds, parseHeadTail } from './head-tail-count';

const SPEC: GnuOptionSpec = {
  flags: 'qvz',
  withValue: 'cn',
  long: {
    bytes: { id: 'c', value: 'required' }, lines: { id: 'n', value: 'required' }, quiet: { id: 'q', value: 'none' },
    silent: { id: 'q', value: 'none' }, verbose: { id: 'v', value: 'none' }, 'zero-terminated': { id: 'z', value: 'none' },
    help: { id: 'help', value: 'none' }, version: { id: 'version', value: 'none' },
  },
};

async function runHead(args: string[], ctx: CommandContext): Promise<ExecResult> {
  const zero = await zeroHead(args, ctx);
  if (zero) return zero;
  const req = parseHeadTail('head', args, SPEC, []);
  if (!('count' in req)) return req;
  if (req.library) return ctx.origCommand ? ctx.origCommand(args) : { stdout: '', stderr: '', exitCode: 1 };
  const { unit, n, sign } = req.count;
  return eachInput('head', req, ctx, (data) => {
    if (unit === 'bytes') return sign === '-' ? data.slice(0, Math.max(0, data.length - n)) : data.slice(0, n);
    const ends = lineEnds(data, req.eol);
    const kept = sign === '-' ? ends.length - n : n;
    if (kept <= 0) return '';
    return data.slice(0, ends[Math.min(kept, ends.length) - 1]);
  });
}

export const headCommand: ShellCommandFactory = () => defineCommand('head', runHead);
