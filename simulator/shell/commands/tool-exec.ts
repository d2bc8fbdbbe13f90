// Tools that live outside /bin and /usr/bin. The shell library runs a registered command only
// from those two directories (its resolver insists on /bin/<name> or /usr/bin/<name>), but
// nerdctl's release tarball puts nerdctl in /usr/local/bin, and a real node without that file
// has no nerdctl. So such a tool is not registered with the library under its own name: its
// binary is a stand-in file in the node's files (host/releases/apparent-size.ts), and
//
// - a command word naming it (`nerdctl`, `./nerdctl`, `/usr/local/bin/nerdctl`) is rewritten
//   before the line runs to `__ctrlab_exec <word> args…`, which resolves the word as bash would
//   (PATH of the moment, the node's files): the stand-in of a program runs that program; any
//   other file runs as the shell would run it; nothing is bash's `command not found` (127);
// - anything else that reaches the stand-in file (a name in a variable, `xargs`) runs its
//   script, whose one line is `__ctrlab_standin <program> "$@"`.
//
// Either way `which`, `type` and `command -v` see only the real file.

import { type Command, type ExecResult, type ResolvedCommandContext, defineCommand } from 'just-bash';
import { STAND_IN_EXEC, standInProgram } from '../../host/releases/index';
import * as vfs from '../../host/vfs';
import type { AstNode } from '../ast-words';
import { literalName } from '../ast-words';
import type { ShellCommandHost } from './command-host';

export const TOOL_EXEC = '__ctrlab_exec';

/** Directories whose programs the shell library resolves itself. */
export const LIBRARY_BIN_DIRS: readonly string[] = ['/bin', '/usr/bin'];

const literal = (value: string) => ({ type: 'Word', parts: [{ type: 'Literal', value }] });

/**
 * The rewrite of a command word naming one of `offBin` (by name) or any program's stand-in by
 * path (`./nerdctl`): `__ctrlab_exec <word> args…`, redirections and assignments kept.
 */
export function routeToolCommands(offBin: ReadonlySet<string>, programs: ReadonlySet<string>): (node: AstNode) => void {
  return (node) => {
    const name = literalName(node);
    if (name === undefined) return;
    const slash = name.lastIndexOf('/');
    const base = name.slice(slash + 1);
    if (slash < 0 ? !offBin.has(name) : !programs.has(base)) return;
    node.args = [literal(name), ...((node.args as unknown[]) ?? [])];
    node.name = literal(TOOL_EXEC);
  };
}

type Resolved = { kind: 'program'; program: string } | { kind: 'file'; path: string } | { kind: 'missing'; why: 'not-found' | 'no-such-file' | 'is-dir' };

/** The program a file at `path` stands for: a stand-in's, or the library's own in /bin, /usr/bin. */
function programAt(files: vfs.Files, path: string, onBin: ReadonlySet<string>): string | undefined {
  const entry = files[path];
  if (entry === undefined) {
    const base = vfs.basename(path);
    return LIBRARY_BIN_DIRS.includes(vfs.dirname(path)) && onBin.has(base) ? base : undefined;
  }
  return entry.kind === 'file' ? standInProgram(entry.content) : undefined;
}

function executable(files: vfs.Files, path: string): boolean {
  try {
    const entry = vfs.stat(files, path);
    return entry.kind === 'file' && (entry.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** What bash runs for `word` with this PATH, in the node's files now. */
function resolveCommand(files: vfs.Files, word: string, pathVar: string, cwd: string, onBin: ReadonlySet<string>): Resolved {
  const real = (p: string) => (vfs.exists(files, p) ? vfs.realpath(files, p) : p);
  if (word.includes('/')) {
    const path = vfs.normalizePath(word, cwd);
    const program = programAt(files, real(path), onBin);
    if (program !== undefined) return { kind: 'program', program };
    if (!vfs.exists(files, path)) return { kind: 'missing', why: 'no-such-file' };
    if (vfs.stat(files, path).kind === 'dir') return { kind: 'missing', why: 'is-dir' };
    return { kind: 'file', path: word };
  }
  for (const dir of pathVar.split(':')) {
    if (dir === '') continue;
    const path = vfs.normalizePath(`${dir}/${word}`, cwd);
    const program = programAt(files, real(path), onBin);
    if (program !== undefined && (files[real(path)] === undefined || executable(files, path))) return { kind: 'program', program };
    if (executable(files, path)) return { kind: 'file', path };
  }
  return { kind: 'missing', why: 'not-found' };
}

const fail = (stderr: string, exitCode: number): ExecResult => ({ stdout: '', stderr, exitCode });

/** A program of the node run from inside the library (the stand-in's or the resolved one). */
async function runProgram(host: ShellCommandHost, program: string, args: string[], ctx: ResolvedCommandContext): Promise<ExecResult> {
  const run = host.directRun(program);
  if (!run) return fail(`ctrlab: ${program} is a stand-in for the release's binary; running it is not simulated here\n`, 126);
  const inv = host.openIO(ctx);
  return inv.result(await run(args, inv.io, host.node));
}

/** `__ctrlab_exec` and `__ctrlab_standin` (see the header). */
export function toolExecCommands(host: ShellCommandHost, onBin: ReadonlySet<string>): Command[] {
  return [
    defineCommand(TOOL_EXEC, async (args, ctx) => {
      const [word = '', ...rest] = args;
      const resolved = resolveCommand(host.node.state.host.files, word, ctx.env.get('PATH') ?? '/usr/bin:/bin', ctx.cwd, onBin);
      if (resolved.kind === 'program') return runProgram(host, resolved.program, rest, ctx);
      if (resolved.kind === 'missing') {
        if (resolved.why === 'is-dir') return fail(`bash: ${word}: Is a directory\n`, 126);
        return fail(resolved.why === 'not-found' ? `bash: ${word}: command not found\n` : `bash: ${word}: No such file or directory\n`, 127);
      }
      const quoted = `'${resolved.path.replace(/'/g, `'\\''`)}'`;
      const exec = ctx.execWithInheritedStdin;
      if (!exec) return fail(`bash: ${word}: cannot run here\n`, 126);
      return exec(quoted, { cwd: ctx.cwd, args: rest });
    }),
    defineCommand(STAND_IN_EXEC, async (args, ctx) => {
      const [program = '', ...rest] = args;
      return runProgram(host, program, rest, ctx);
    }),
  ];
}
