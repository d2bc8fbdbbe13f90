// GNU cut (coreutils 9.1) on the node. just-bash's cut prints an empty line for a line without
// the delimiter and has no -b, --complement, -z; coreutils prints such a line whole (unless
// -s), counts -c in bytes as -b does, and says what is wrong with a LIST (cut-list.ts).
// Behaviour read from coreutils' src/cut.c (cut_bytes, cut_fields).

import { type CommandContext, type ExecResult, bytesOutput, defineCommand, unsafeBytesFromLatin1 } from 'just-bash';
import type { ShellCommandFactory } from './command-host';
import { tryHelp } from './coreutils-text';
import { type Range, parseList, selected } from './cut-list';
import { type GnuOptionSpec, gnuGetopt } from './gnu-getopt';
import { readInput } from './gnu-input';

const SPEC: GnuOptionSpec = {
  flags: 'nsz',
  withValue: 'bcdf',
  long: {
    bytes: { id: 'b', value: 'required' }, characters: { id: 'c', value: 'required' }, delimiter: { id: 'd', value: 'required' },
    fields: { id: 'f', value: 'required' }, complement: { id: 'complement', value: 'none' },
    'only-delimited': { id: 's', value: 'none' }, 'output-delimiter': { id: 'output-delimiter', value: 'required' },
    'zero-terminated': { id: 'z', value: 'none' }, help: { id: 'help', value: 'none' }, version: { id: 'version', value: 'none' },
  },
};

const TRY = tryHelp('cut');

interface CutPlan {
  mode: 'bytes' | 'fields';
  ranges: Range[];
  delim: string;
  outputDelim?: string;
  onlyDelimited: boolean;
  eol: string;
  files: string[];
}

function usage(message: string): ExecResult {
  return { stdout: '', stderr: `cut: ${message}\n${TRY}`, exitCode: 1 };
}

function plan(args: string[]): CutPlan | ExecResult | 'library' {
  const parsed = gnuGetopt('cut', args, SPEC);
  if ('error' in parsed) return { stdout: '', stderr: `${parsed.error}${TRY}`, exitCode: 1 };
  let list: { mode: 'bytes' | 'fields'; text: string } | undefined;
  let delim: string | undefined;
  let outputDelim: string | undefined;
  let onlyDelimited = false;
  let complement = false;
  let eol = '\n';
  for (const o of parsed.options) {
    const value = o.value ?? '';
    switch (o.id) {
      case 'help': case 'version': return 'library';
      case 'b': case 'c': case 'f':
        if (list) return usage('only one list may be specified');
        list = { mode: o.id === 'f' ? 'fields' : 'bytes', text: value };
        break;
      case 'd':
        if (value.length > 1) return usage('the delimiter must be a single character');
        delim = value === '' ? '\0' : value;
        break;
      case 'output-delimiter': outputDelim = value; break;
      case 's': onlyDelimited = true; break;
      case 'complement': complement = true; break;
      case 'z': eol = '\0'; break;
      default: // -n: ignored, as coreutils does
    }
  }
  if (!list) return usage('you must specify a list of bytes, characters, or fields');
  if (list.mode === 'bytes' && delim !== undefined) return usage('an input delimiter may be specified only when operating on fields');
  if (list.mode === 'bytes' && onlyDelimited) return usage('suppressing non-delimited lines makes sense\n\tonly when operating on fields');
  const ranges = parseList(list.text, list.mode === 'bytes', complement);
  if ('error' in ranges) return usage(ranges.error);
  return {
    mode: list.mode, ranges: ranges.ranges, delim: delim ?? '\t', outputDelim, onlyDelimited, eol,
    files: parsed.operands.length > 0 ? parsed.operands : ['-'],
  };
}

function cutBytes(line: string, p: CutPlan): string {
  let out = '';
  let started = false;
  for (let i = 1; i <= line.length; i++) {
    if (!selected(p.ranges, i)) continue;
    if (p.outputDelim !== undefined) {
      if (started && p.ranges.some((r) => r.lo === i)) out += p.outputDelim;
      started = true;
    }
    out += line[i - 1];
  }
  return out + p.eol;
}

function cutFields(line: string, p: CutPlan): string {
  if (!line.includes(p.delim)) return p.onlyDelimited ? '' : line + p.eol;
  const fields = line.split(p.delim);
  const kept = fields.filter((_, i) => selected(p.ranges, i + 1));
  return kept.join(p.outputDelim ?? p.delim) + p.eol;
}

async function runCut(args: string[], ctx: CommandContext): Promise<ExecResult> {
  const p = plan(args);
  if (p === 'library') return ctx.origCommand ? ctx.origCommand(args) : { stdout: '', stderr: '', exitCode: 1 };
  if (!('mode' in p)) return p;
  let out = '';
  let stderr = '';
  for (const name of p.files) {
    const read = await readInput(ctx, name);
    if ('error' in read) {
      stderr += `cut: ${name}: ${read.error}\n`;
      continue;
    }
    if (read.data === '') continue;
    const lines = read.data.split(p.eol);
    if (read.data.endsWith(p.eol)) lines.pop();
    for (const line of lines) out += p.mode === 'bytes' ? cutBytes(line, p) : cutFields(line, p);
  }
  return { ...bytesOutput(unsafeBytesFromLatin1(out)), stderr, exitCode: stderr === '' ? 0 : 1 };
}

export const cutCommand: ShellCommandFactory = () => defineCommand('cut', runCut);
