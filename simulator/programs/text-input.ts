// The input of a busybox text filter (cut, sort): each FILE operand in turn, `-` or none being
// stdin; a missing file is the applet's "NAME: FILE: No such file or directory" and the others
// are still read (libbb/wfopen_input.c).

import { followLinks, resolvePath, type ProgramContext } from './program';

export interface TextInput {
  /** What was read, in operand order. */
  texts: string[];
  /** One line per operand that could not be opened. */
  errors: string[];
  /** Whether stdin was read. */
  readStdin: boolean;
  /** stdin is named but stays open (no EOF ever comes): the applet waits. */
  waitsOnStdin: boolean;
}

export function readTextInput(ctx: ProgramContext, tool: string, operands: readonly string[]): TextInput {
  const input: TextInput = { texts: [], errors: [], readStdin: false, waitsOnStdin: false };
  for (const name of operands.length > 0 ? operands : ['-']) {
    if (name === '-') {
      input.readStdin = true;
      if (ctx.stdin === undefined || ctx.stdinOpen) input.waitsOnStdin = true;
      input.texts.push(ctx.stdin ?? '');
      continue;
    }
    const found = followLinks(ctx.fs, resolvePath(ctx.cwd, name));
    if (!found) input.errors.push(`${tool}: ${name}: No such file or directory\n`);
    else if (found.file.kind === 'dir') input.errors.push(`${tool}: read error: Is a directory\n`);
    else input.texts.push(found.file.content ?? '');
  }
  return input;
}

/** Lines as xmalloc_fgetline gives them: the newline dropped, a last line without one kept. */
export function inputLines(text: string, separator = '\n'): string[] {
  const lines = text.split(separator);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
