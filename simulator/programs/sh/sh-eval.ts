// ash's `eval ARG...` (the arguments joined by spaces, parsed and run in this shell) and
// `. FILE` / `source FILE` (the file's commands run in this shell; a name without a slash is
// looked for along $PATH; a missing file is the special builtin's error, ending the shell).
// Both take the status of the last command they ran, 0 when there was none.

import { followLinks, resolvePath } from '../program';
import type { ShState } from './sh-run';
import { ShBuiltinError } from './sh-vars';

/** Runs script text in the shell itself (sh-run.ts runScript, given by the caller). */
export type RunInShell = (script: string) => void;

export function evalBuiltin(state: ShState, args: string[], run: RunInShell): number {
  state.status = 0;
  const text = args.join(' ');
  if (text.trim() !== '') run(text);
  return state.status;
}

export function sourceBuiltin(state: ShState, name: string, args: string[], run: RunInShell): number {
  const file = args[0];
  if (file === undefined) throw new ShBuiltinError(name, 'usage: . FILE', true);
  const candidates = file.includes('/') ? [resolvePath(state.cwd, file)] : (state.vars.PATH ?? '').split(':').filter((d) => d !== '').map((d) => resolvePath('/', `${d}/${file}`));
  for (const path of candidates) {
    const found = followLinks(state.ctx.fs, path)?.file;
    const text = path in state.written ? state.written[path] : found?.kind === 'file' ? (found.content ?? '') : undefined;
    if (text === undefined) continue;
    state.status = 0;
    // ash's dotcmd: the file is commandname while it runs, its lines counted from 1.
    const saved = { sourceFile: state.sourceFile, line: state.line };
    state.sourceFile = file.includes('/') ? file : path;
    try {
      if (text.trim() !== '') run(text);
    } finally {
      state.sourceFile = saved.sourceFile;
      state.line = saved.line;
    }
    return state.status;
  }
  // A name searched along $PATH and found nowhere is `not found` (ash's find_dot_file).
  throw new ShBuiltinError(name, file.includes('/') ? `can't open '${file}': No such file or directory` : `${file}: not found`, true);
}
