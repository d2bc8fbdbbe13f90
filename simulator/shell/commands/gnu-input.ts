// Reading a coreutils program's input on the node: a file's bytes or the pipe's, one char a
// byte, so byte-counting programs (wc -c, cut -b) count as the real ones do.

import { type CommandContext, latin1FromBytes } from 'just-bash';
import { bytesToBinary } from '../../host/native-codecs';

export type InputRead = { data: string } | { error: 'No such file or directory' | 'Is a directory' };

/** `name` ('-' is stdin) as a byte string, or why it cannot be read. */
export async function readInput(ctx: CommandContext, name: string): Promise<InputRead> {
  if (name === '-') return { data: latin1FromBytes(ctx.stdin) };
  const path = ctx.fs.resolvePath(ctx.cwd, name);
  if (!(await ctx.fs.exists(path))) return { error: 'No such file or directory' };
  if ((await ctx.fs.stat(path)).isDirectory) return { error: 'Is a directory' };
  return { data: bytesToBinary(await ctx.fs.readFileBuffer(path)) };
}

/** Whether `name` is a regular file (a pipe or terminal is not: `wc` pads its columns for them). */
export async function isRegularFile(ctx: CommandContext, name: string): Promise<boolean> {
  if (name === '-') return false;
  try {
    return (await ctx.fs.stat(ctx.fs.resolvePath(ctx.cwd, name))).isFile;
  } catch {
    return false;
  }
}
