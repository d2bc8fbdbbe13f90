// Tools that live outside /bin and /usr/bin. The shell library runs a registered command only
// from those two directories (its resolver insists on /bin/<name> or /usr/bin/<name>), but
// nerdctl's release tarball puts nerdctl in /usr/local/bin, and a real node without that file
// has no nerdctl. The same holds for a file-backed tool in /usr/bin (tools/tool.ts): docker is
// there only while docker.io is installed, crictl only while its binary is. So such a tool is
// not registered with the library under its own name: its binary is a stand-in file in the
// node's files (host/releases/apparent-size.ts), and
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
import { literalArgs, literalName } from '../ast-words';
import type { ShellCommandHost } from './command-host';

export const TOOL_EXEC = '__ctrlab_exec';

/** Directories whose programs the shell library resolves itself. */
const LIBRARY_BIN_DIRS: readonly string[] = ['/bin', '/usr/bin'];

const literal = (value: string) => ({ type: 'Word', parts: [{ type: 'Literal', value }] });

/**
 * The rewrite of a command word naming one of `offBin` (by name) or any program's stand-in by
 * path (`./nerdctl`): `__ctrlab_exec <word> args…`, redirections and assignments kept.
 */
export function routeToolCommands(offBin: ReadonlySet<string>, programs: ReadonlySet<string>): (node: AstNode) => void {
  return (node) => {
    const name = literalName(node);
    if (name === undefined) return;
    if (name === 'command') {
      routeCommandV(node, offBin);
      return;
    }
    const slash = name.lastIndexOf('/');
    const base = name.slice(slash + 1);
    if (slash < 0 ? !offBin.has(name) : !programs.has(base)) return;
    node.args = [literal(name), ...((node.args as unknown[]) ?? [])];
    node.name = literal(TOOL_EXEC);
  };
}

const COMMAND_V = '--command-v';

/**
 * `command -v NAME…` / `command -V NAME…` where every NAME is such a tool: the library's own
 * only knows the commands registered with it, so it is answered here from the node's files.
 */
function routeCommandV(node: AstNode, offBin: ReadonlySet<string>): void {
  const args = literalArgs(node);
  if (!args) return;
  const options = args.filter((a) => a.startsWith('-'));
  const names = args.filter((a) => !a.startsWith('-'));
  if (names.length === 0 || !names.every((n) => offBin.has(n)) || !options.every((o) => /^-[vVp]+$/.test(o))) return;
  const verbose = options.some((o) => o.includes('V'));
  if (!verbose && !options.some((o) => o.includes('v'))) return;
  node.args = [literal(COMMAND_V), literal(verbose ? '-V' : '-v'), ...names.map(literal)];
  node.name = literal(TOOL_EXEC);
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

/** The library command of each program of the node, registered or not (the session builds them). */
type CommandOf = (program: string) => Command | undefined;

/**
 * A program of the node run from inside the library (the stand-in's or the resolved one): its
 * command runs as a registered one would, with the same context (stdin bytes included).
 */
async function runProgram(commandOf: CommandOf, program: string, args: string[], ctx: ResolvedCommandContext): Promise<ExecResult> {
  const command = commandOf(program);
  if (!command) return fail(`ctrlab: ${program} is a stand-in for the release's binary; running it is not simulated here\n`, 126);
  return command.execute(args, ctx);
}

/** bash's `command -v` (the path) or `-V` (`X is /path`) for names resolved from the files. */
function commandV(host: ShellCommandHost, args: string[], ctx: ResolvedCommandContext, onBin: ReadonlySet<string>): ExecResult {
  const [flag, ...names] = args;
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  for (const name of names) {
    const resolved = resolveCommand(host.node.state.host.files, name, ctx.env.get('PATH') ?? '/usr/bin:/bin', ctx.cwd, onBin);
    const path = resolved.kind === 'missing' ? undefined : firstOnPath(host.node.state.host.files, name, ctx.env.get('PATH') ?? '', ctx.cwd);
    if (path === undefined) {
      exitCode = 1;
      if (flag === '-V') stderr += `bash: command: ${name}: not found\n`;
    } else stdout += flag === '-V' ? `${name} is ${path}\n` : `${path}\n`;
  }
  return { stdout, stderr, exitCode };
}

/** The PATH entry bash names for `name`: the first executable file of that name. */
export function firstOnPath(files: vfs.Files, name: string, pathVar: string, cwd: string): string | undefined {
  for (const dir of pathVar.split(':')) {
    if (dir === '') continue;
    const path = vfs.normalizePath(`${dir}/${name}`, cwd);
    if (executable(files, path)) return path;
  }
  return undefined;
}

/** `__ctrlab_exec` and `__ctrlab_standin` (see the header). */
export function toolExecCommands(host: ShellCommandHost, onBin: ReadonlySet<string>, commandOf: CommandOf): Command[] {
  return [
    defineCommand(TOOL_EXEC, async (args, ctx) => {
      if (args[0] === COMMAND_V) return commandV(host, args.slice(1), ctx, onBin);
      const [word = '', ...rest] = args;
      const resolved = resolveCommand(host.node.state.host.files, word, ctx.env.get('PATH') ?? '/usr/bin:/bin', ctx.cwd, onBin);
      if (resolved.kind === 'program') return runProgram(commandOf, resolved.program, rest, ctx);
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
      return runProgram(commandOf, program, rest, ctx);
    }),
  ];
}
