// `bash -c` / `sh -c` and `bash FILE` / `sh FILE` on a script whose `$((` never closes. The
// shell library would take it as closed and print a number with exit 0; bash and dash read the
// script line by line, run the lines before, then stop at the end of input with their own
// words and exit 2 (recorded on bookworm: bash 5.2.15, dash 0.5.12):
//   bash -c $'echo a\necho $((1+\n'   →  a, then `bash: -c: line 2: unexpected EOF while looking for matching `)'`
//   sh -c 'echo $((1+'                →  `sh: 1: Syntax error: Missing '))'`
//   bash /tmp/g.sh (same two lines)   →  a, then `/tmp/g.sh: line 2: unexpected EOF …`
//   sh /tmp/g.sh                      →  a, then `/tmp/g.sh: 3: Syntax error: Missing '))'`
// (`eval` and `source` are the library's builtins and still take it as closed: README.)

import type { CommandContext, ExecResult } from 'just-bash';
import { hasUnclosedArithmetic } from '../unclosed-arithmetic';

type Shell = 'bash' | 'sh';

/** The script the arguments run and how errors name it, for `-c SCRIPT` and `FILE` forms. */
export async function scriptOf(args: string[], ctx: CommandContext): Promise<{ text: string; name?: string } | undefined> {
  if (args[0] === '-c') return args[1] === undefined ? undefined : { text: args[1] };
  const file = args[0];
  if (file === undefined || file.startsWith('-')) return undefined;
  try {
    return { text: await ctx.fs.readFile(ctx.fs.resolvePath(ctx.cwd, file)), name: file };
  } catch {
    return undefined;
  }
}

function message(shell: Shell, text: string, name: string | undefined): string {
  if (shell === 'sh') return `${name ?? 'sh'}: ${text.split('\n').length}: Syntax error: Missing '))'\n`;
  const line = text.replace(/\n$/, '').split('\n').length;
  return `${name ?? 'bash: -c'}: line ${line}: unexpected EOF while looking for matching \`)'\n`;
}

/**
 * The answer for a script that ends inside an open `$((`, or undefined for any other (which
 * the library's shell runs). Lines before the one that opens it run first, as there.
 */
export async function unfinishedScript(shell: Shell, args: string[], ctx: CommandContext): Promise<ExecResult | undefined> {
  const script = await scriptOf(args, ctx);
  if (!script || !hasUnclosedArithmetic(script.text)) return undefined;
  const lineStart = script.text.lastIndexOf('\n', script.text.lastIndexOf('$((')) + 1;
  const before = script.text.slice(0, lineStart);
  const ran = before.trim() !== '' && !hasUnclosedArithmetic(before) && ctx.origCommand ? await ctx.origCommand(['-c', before]) : undefined;
  return { stdout: ran?.stdout ?? '', stderr: `${ran?.stderr ?? ''}${message(shell, script.text, script.name)}`, exitCode: 2 };
}
