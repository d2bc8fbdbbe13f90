// How a process image is found and started, the way execve plus busybox's applet dispatch
// do it: a name without a slash is searched in $PATH inside the container's own files, a
// path is taken as is, symlinks are followed, and the file found decides the program (a link
// to /bin/busybox runs the applet named by the link). A binary exists only if the image has it.

import { standInProgram } from '../host/releases/apparent-size';
import { withProcessDirs } from './proc-pids';
import { envValue, followLinks, resolvePath, type ContainerFs, type ProgramContext, type ProgramRun, stderr, finished } from './program';

export type Resolution =
  | { kind: 'found'; path: string; program: string; interpreter?: string }
  | { kind: 'not-in-path' }
  | { kind: 'no-such-file' }
  | { kind: 'is-directory' }
  /** A path to a file without any execute bit (execve's EACCES). */
  | { kind: 'not-executable' };

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Finds the file `name` starts and the program it stands for. */
export function resolveExecutable(ctx: Pick<ProgramContext, 'fs' | 'env' | 'cwd'>, name: string): Resolution {
  const candidates = name.includes('/')
    ? [resolvePath(ctx.cwd, name)]
    : (envValue(ctx.env, 'PATH') ?? DEFAULT_PATH)
        .split(':')
        .filter((dir) => dir !== '')
        .map((dir) => resolvePath('/', `${dir}/${name}`));
  for (const path of candidates) {
    const target = followLinks(ctx.fs, path);
    if (!target) continue;
    if (target.file.kind === 'dir') {
      if (name.includes('/')) return { kind: 'is-directory' };
      continue;
    }
    // A file named by its path must be executable; $PATH lookups are left lenient.
    if (name.includes('/') && target.file.kind === 'file' && (target.file.mode & 0o111) === 0) return { kind: 'not-executable' };
    // A host binary's stand-in (a static binary bind-mounted in, dockerd's /sbin/docker-init)
    // runs as the program it stands for, not as the script it is stored as.
    const standIn = target.file.kind === 'file' ? standInProgram(target.file.content) : undefined;
    if (standIn) return { kind: 'found', path, program: standIn };
    const base = target.path.slice(target.path.lastIndexOf('/') + 1);
    // busybox decides what to be from the name it was called by (the link's name).
    const program = base === 'busybox' ? path.slice(path.lastIndexOf('/') + 1) : base;
    const shebang = /^#!\s*(\S+)/.exec(target.file.content ?? '');
    if (shebang?.[1]) return { kind: 'found', path, program, interpreter: shebang[1] };
    return { kind: 'found', path, program };
  }
  return name.includes('/') ? { kind: 'no-such-file' } : { kind: 'not-in-path' };
}

/** The nginx image's entrypoint is a long script of its own; it is simulated as a program. */
const SCRIPTS_SIMULATED_AS_PROGRAMS = new Set(['docker-entrypoint.sh']);

/**
 * Runs a resolved program with `ctx` (argv already set). A script (`#!`) runs under the
 * inner shell, as the kernel would hand it to its interpreter. Unknown binaries say so honestly.
 */
export function runResolved(given: ProgramContext, program: string, resolution?: Resolution): ProgramRun {
  const file = resolution?.kind === 'found' ? resolution.path : (given.argv[0] ?? program);
  const ctx = { ...given, fs: withProcessDirs(given, withOwnStatus(given, file.slice(file.lastIndexOf('/') + 1))) };
  if (resolution?.kind === 'found' && resolution.interpreter && !SCRIPTS_SIMULATED_AS_PROGRAMS.has(program)) {
    const shell = ctx.findProgram('sh');
    if (shell && /\/(ba|a)?sh$/.test(resolution.interpreter)) {
      return shell.run({ ...ctx, argv: [resolution.interpreter, resolution.path, ...ctx.argv.slice(1)] });
    }
  }
  const found = ctx.findProgram(program);
  if (found) return found.run(ctx);
  return finished([stderr(`${program}: this program is not simulated here (ctrlab simulates busybox applets and nginx)\n`)], 127);
}

/**
 * The files as the new process sees them: /proc/self/status and /proc/<its pid>/status describe
 * it (its name is the base name of the file executed, as the kernel's comm), /proc/self/cmdline
 * and /proc/<its pid>/cmdline hold its argv, the rest is unchanged. Nothing is made until it
 * reads one.
 */
function withOwnStatus(ctx: ProgramContext, comm: string): ContainerFs {
  const base = ctx.fs;
  if (!base.statusOf) return base;
  const own = new Set(['/proc/self/status', `/proc/${ctx.pid}/status`]);
  // /proc/1/cmdline stays the init's (kernel-files.ts, the spec's args): under `docker run
  // --init` the command runs as docker-init's child with PID 1's context, and reads tini's there.
  const cmdline = new Set(['/proc/self/cmdline', ...(ctx.pid === 1 ? [] : [`/proc/${ctx.pid}/cmdline`])]);
  return {
    ...base,
    lookup(path) {
      if (cmdline.has(path)) {
        // Its argv as the kernel keeps it, each word ended by a NUL (where the container has a /proc).
        const proc = base.lookup('/proc/self/status');
        if (proc?.kind !== 'file') return base.lookup(path);
        return { kind: 'file', mode: 0o444, size: 0, content: ctx.argv.map((a) => `${a}\0`).join('') };
      }
      if (!own.has(path)) return base.lookup(path);
      // Where the container has no /proc, there is no such file.
      const proc = base.lookup('/proc/self/status');
      if (proc?.kind !== 'file') return base.lookup(path);
      const content = base.statusOf?.({
        comm,
        pid: ctx.pid,
        ppid: ctx.ppid ?? 0,
        sid: ctx.sid ?? ctx.pid,
        running: true,
        user: ctx.user ?? { uid: 0, gid: 0, additionalGids: [0] },
        ignored: ctx.ignoredSignals,
        ...(ctx.umask === undefined ? {} : { umask: ctx.umask }),
      });
      return content === undefined ? proc : { kind: 'file', mode: proc.mode, size: 0, content };
    },
  };
}
