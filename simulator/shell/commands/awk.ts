// awk's assignments (mawk is /usr/bin/awk on bookworm). The library's awk takes `var=value`
// operands for file names, and its -v sets only the program's own variables, never FS, OFS,
// ORS, RS, SUBSEP, CONVFMT or OFMT. So assignments to those become a BEGIN action in front of
// the program (a string literal gets the same escape processing as an assignment's value), and
// operand assignments before all files become -v. The one difference left: an operand
// assignment takes effect after BEGIN on a real node, here before it.

import { type CommandContext, type ExecResult, defineCommand } from 'just-bash';
import type { ShellCommandFactory } from './command-host';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
const BUILTINS = new Set(['FS', 'OFS', 'ORS', 'RS', 'SUBSEP', 'CONVFMT', 'OFMT']);

/** An awk string literal whose value, after escape processing, is `value`'s. */
function literal(value: string): string {
  return `"${value.replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** The library's arguments for `args`; undefined when they are best passed as typed. */
function awkArgs(args: readonly string[]): string[] | undefined {
  const options: string[] = [];
  const assignments: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    if (a === '-f' || a.startsWith('-f') || a.startsWith('--')) return undefined;
    if (a === '-v' || a.startsWith('-v')) assignments.push(a === '-v' ? args[++i] ?? '' : a.slice(2));
    else {
      options.push(a);
      if (a === '-F') options.push(args[++i] ?? '');
    }
  }
  const program = args[i];
  if (program === undefined) return undefined;
  const operands = args.slice(i + 1);
  let k = 0;
  while (k < operands.length && ASSIGNMENT.test(operands[k] as string)) assignments.push(operands[k++] as string);
  const files = operands.slice(k);
  if (files.some((f) => ASSIGNMENT.test(f))) return undefined;
  const begin: string[] = [];
  const plain: string[] = [];
  for (const a of assignments) {
    const m = ASSIGNMENT.exec(a);
    if (m && BUILTINS.has(m[1] as string)) begin.push(`${m[1]}=${literal(m[2] ?? '')}`);
    else plain.push('-v', a);
  }
  const text = begin.length > 0 ? `BEGIN{${begin.join(';')}}\n${program}` : program;
  return [...options, ...plain, text, ...files];
}

async function runAwk(args: string[], ctx: CommandContext): Promise<ExecResult> {
  if (!ctx.origCommand) return { stdout: '', stderr: 'bash: awk: command not found\n', exitCode: 127 };
  return ctx.origCommand(awkArgs(args) ?? args);
}

export const awkCommand: ShellCommandFactory = () => defineCommand('awk', runAwk);
