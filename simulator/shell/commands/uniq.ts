// GNU uniq (coreutils 9.1) on the node. just-bash's uniq pads -c's counts to 4 columns and has
// no -f/-s/-w/-D/--group; coreutils prints `%7d ` and compares lines byte by byte after
// skipping fields (blank runs then non-blanks) and bytes. Written from uniq.c's behaviour.

import { type CommandContext, type ExecResult, bytesOutput, defineCommand, unsafeBytesFromLatin1 } from 'just-bash';
import { binaryToBytes } from '../../host/native-codecs';
import type { ShellCommandFactory } from './command-host';
import { tryHelp } from './coreutils-text';
import { type GnuOptionSpec, gnuGetopt } from './gnu-getopt';
import { readInput } from './gnu-input';

const SPEC: GnuOptionSpec = {
  flags: 'cdDiuz',
  withValue: 'fsw',
  long: {
    count: { id: 'c', value: 'none' }, repeated: { id: 'd', value: 'none' }, 'all-repeated': { id: 'D', value: 'optional' },
    'skip-fields': { id: 'f', value: 'required' }, group: { id: 'group', value: 'optional' },
    'ignore-case': { id: 'i', value: 'none' }, 'skip-chars': { id: 's', value: 'required' },
    unique: { id: 'u', value: 'none' }, 'zero-terminated': { id: 'z', value: 'none' },
    'check-chars': { id: 'w', value: 'required' }, help: { id: 'help', value: 'none' }, version: { id: 'version', value: 'none' },
  },
};

const TRY = tryHelp('uniq');
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  f: 'invalid number of fields to skip', s: 'invalid number of bytes to skip', w: 'invalid number of bytes to compare',
};

interface UniqOptions {
  count: boolean;
  repeated: boolean;
  unique: boolean;
  /** -D / --all-repeated[=none|prepend|separate], --group[=separate|prepend|append|both]. */
  all?: { kind: 'D' | 'group'; method: string };
  ignoreCase: boolean;
  skipFields: number;
  skipChars: number;
  checkChars: number;
  eol: string;
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** The part of a line uniq compares. */
function keyOf(line: string, o: UniqOptions): string {
  let i = 0;
  for (let f = 0; f < o.skipFields && i < line.length; f++) {
    while (i < line.length && isBlank(line[i])) i++;
    while (i < line.length && !isBlank(line[i])) i++;
  }
  i = Math.min(line.length, i + o.skipChars);
  const key = line.slice(i, i + o.checkChars);
  return o.ignoreCase ? key.replace(/[a-z]/g, (c) => c.toUpperCase()) : key;
}

function fail(stderr: string): ExecResult {
  return { stdout: '', stderr, exitCode: 1 };
}

function parse(args: string[]): { o: UniqOptions; operands: string[] } | ExecResult | 'library' {
  const parsed = gnuGetopt('uniq', args, SPEC);
  if ('error' in parsed) return fail(`${parsed.error}${TRY}`);
  const o: UniqOptions = {
    count: false, repeated: false, unique: false, ignoreCase: false, skipFields: 0, skipChars: 0, checkChars: Infinity, eol: '\n',
  };
  for (const opt of parsed.options) {
    switch (opt.id) {
      case 'help': case 'version': return 'library';
      case 'c': o.count = true; break;
      case 'd': o.repeated = true; break;
      case 'u': o.unique = true; break;
      case 'i': o.ignoreCase = true; break;
      case 'z': o.eol = '\0'; break;
      case 'D': {
        const method = opt.value ?? 'none';
        if (!['none', 'prepend', 'separate'].includes(method)) return 'library';
        o.all = { kind: 'D', method };
        break;
      }
      case 'group': {
        const method = opt.value ?? 'separate';
        if (!['separate', 'prepend', 'append', 'both'].includes(method)) return 'library';
        o.all = { kind: 'group', method };
        break;
      }
      default: {
        const value = opt.value ?? '';
        if (!/^\d+$/.test(value)) return fail(`uniq: ${value}: ${NUMBER_WORDS[opt.id] ?? ''}\n`);
        const n = Number(value);
        if (opt.id === 'f') o.skipFields = n;
        else if (opt.id === 's') o.skipChars = n;
        else o.checkChars = n;
      }
    }
  }
  if (o.all?.kind === 'group' && (o.count || o.repeated || o.unique)) {
    return fail(`uniq: --group is mutually exclusive with -c/-d/-D/-u\n${TRY}`);
  }
  if (o.all?.kind === 'D' && o.count) return fail(`uniq: printing all duplicated lines and repeat counts is meaningless\n${TRY}`);
  if (parsed.operands.length > 2) return fail(`uniq: extra operand ‘${parsed.operands[2] ?? ''}’\n${TRY}`);
  return { o, operands: parsed.operands };
}

/** The output for `lines` grouped into runs of equal keys. */
function render(lines: string[], o: UniqOptions): string {
  const groups: string[][] = [];
  let lastKey: string | undefined;
  for (const line of lines) {
    const key = keyOf(line, o);
    if (lastKey === key) (groups[groups.length - 1] as string[]).push(line);
    else groups.push([line]);
    lastKey = key;
  }
  let out = '';
  let printedGroup = false;
  for (const group of groups) {
    const first = group[0] as string;
    if (o.all?.kind === 'group') {
      const m = o.all.method;
      if (m === 'prepend' || m === 'both' || (printedGroup && m === 'separate')) out += o.eol;
      out += group.map((l) => l + o.eol).join('');
      if (m === 'append') out += o.eol;
      printedGroup = true;
      continue;
    }
    if (o.all?.kind === 'D') {
      if (group.length < 2 || o.unique) continue;
      if ((printedGroup && o.all.method === 'separate') || o.all.method === 'prepend') out += o.eol;
      out += group.map((l) => l + o.eol).join('');
      printedGroup = true;
      continue;
    }
    if (group.length > 1 ? o.unique : o.repeated) continue;
    out += `${o.count ? `${String(group.length).padStart(7)} ` : ''}${first}${o.eol}`;
  }
  if (o.all?.kind === 'group' && printedGroup && o.all.method === 'both') out += o.eol;
  return out;
}

async function runUniq(args: string[], ctx: CommandContext): Promise<ExecResult> {
  const parsed = parse(args);
  if (parsed === 'library') {
    return ctx.origCommand ? ctx.origCommand(args) : fail('uniq: internal simulator error\n');
  }
  if (!('o' in parsed)) return parsed;
  const [input = '-', output] = parsed.operands;
  const read = await readInput(ctx, input);
  if ('error' in read) return fail(`uniq: ${input}: ${read.error}\n`);
  const lines = read.data === '' ? [] : read.data.split(parsed.o.eol);
  if (read.data.endsWith(parsed.o.eol)) lines.pop();
  const out = render(lines, parsed.o);
  if (output === undefined || output === '-') return { ...bytesOutput(unsafeBytesFromLatin1(out)), stderr: '', exitCode: 0 };
  await ctx.fs.writeFile(ctx.fs.resolvePath(ctx.cwd, output), binaryToBytes(out));
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const uniqCommand: ShellCommandFactory = () => defineCommand('uniq', runUniq);
