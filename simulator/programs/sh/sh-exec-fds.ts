// `exec` with redirections and no command (`exec >file`, `exec 2>&1`, `exec 3<file`, `exec 3<&-`):
// ash's execcmd with argc 1 keeps the redirections for the rest of the shell (redirect() with
// REDIR_PUSH left unpopped, busybox shell/ash.c), so every later command writes and reads
// through them. Output ones are kept as a list applied in order (a dup copies what the source
// descriptor held then: `exec >f; exec 2>&1` sends both to f, the other order only stdout);
// input ones as open streams whose offset the readers share (`read a <&3; read b <&3`).

import type { OutputChunk } from '../program';
import { followLinks, resolvePath } from '../program';
import { expandWord } from './sh-expand';
import type { Redirect } from './sh-parse';
import { applyRedirects } from './sh-redirect';
import { scopeOf, type ShState, type ShStdin } from './sh-run';
import { shellMessage } from './sh-message';

/** What `exec` made permanent in this shell. */
export interface ShFds {
  /** Output redirections, in the order made, file targets as absolute paths opened for append. */
  out: Redirect[];
  /** Descriptors opened for reading (a shared stream), or closed by `N<&-`. */
  in: Record<number, ShStdin | 'closed'>;
}

/** Single-quotes `path` so expandWord gives it back as one word. */
function quoted(path: string): string {
  return `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs `exec`'s redirections for good. A file that cannot be opened is a redirection error of a
 * special builtin: ash prints it and the non-interactive shell ends.
 */
export function execRedirects(state: ShState, redirects: readonly Redirect[], out: OutputChunk[]): number {
  const fds = (state.fds ??= { out: [], in: {} });
  const scope = scopeOf(state);
  for (const r of redirects) {
    const target = r.op === '<<' ? r.target : expandWord(r.target, scope).join(' ');
    if (r.op === '>' || r.op === '>>') {
      const path = resolvePath(state.cwd, target);
      const refused = createRefusal(state, path);
      if (refused) return fail(state, out, `can't create ${target}: ${refused}`);
      // Opening with `>` truncates once; every later write appends to the open file.
      applyRedirects(state, { redirects: [{ fd: 1, op: r.op, target: quoted(path) }] }, [], out);
      fds.out.push({ fd: r.fd, op: '>>', target: quoted(path) });
      if (r.fd === 0) fds.in[0] = 'closed';
    } else if (r.op === '>&') {
      fds.out.push({ fd: r.fd, op: '>&', target });
    } else if (r.op === '<') {
      const path = resolvePath(state.cwd, target);
      const text = state.written[path] ?? followLinks(state.ctx.fs, path)?.file.content;
      // exec's own redirection error is ash's openredirect message: errmsg(ENOENT, "no such file").
      if (text === undefined) return fail(state, out, `can't open ${target}: no such file`);
      openInput(state, r.fd, { text, pos: 0, eof: true });
    } else if (r.op === '<&') {
      if (target === '-') openInput(state, r.fd, 'closed');
      else {
        const from = inputFd(state, Number(target));
        if (from === 'closed') return fail(state, out, `${target}: Bad file descriptor`);
        openInput(state, r.fd, from ?? { text: '', pos: 0, eof: true });
      }
    } else if (r.op === '<<') {
      openInput(state, r.fd, { text: target, pos: 0, eof: true });
    }
  }
  return 0;
}

/** Why `>`/`>>` cannot open `path`: a read-only mount, or /dev/tty in a process with no controlling terminal (ENXIO). */
export function createRefusal(state: ShState, path: string): string | undefined {
  if (path === '/dev/tty' && !state.ctx.terminal) return 'No such device or address';
  if (path !== '/dev/null' && state.ctx.fs.readOnlyAt?.(path)) return 'Read-only file system';
  return undefined;
}

/** Whether output descriptor `fd` (above 2) is open: the last `exec` naming it opened it, not `N>&-`. */
export function outputFdOpen(state: ShState, fd: number): boolean {
  const last = (state.fds?.out ?? []).filter((k) => k.fd === fd).pop();
  return last !== undefined && !(last.op === '>&' && last.target === '-');
}

/** A redirection error of `exec`: printed, and the shell ends with status 1 (as the oracle's busybox sh does). */
function fail(state: ShState, out: OutputChunk[], text: string): number {
  out.push({ stream: 'stderr', text: shellMessage(state, text) });
  state.exited = true;
  return 1;
}

function openInput(state: ShState, fd: number, stream: ShStdin | 'closed'): void {
  const fds = (state.fds ??= { out: [], in: {} });
  fds.in[fd] = stream;
  if (fd === 0) state.stdin = stream === 'closed' ? { text: '', pos: 0, eof: true } : stream;
}

/** The stream behind input descriptor `fd`: 0 is the shell's stdin; undefined when never opened. */
export function inputFd(state: ShState, fd: number): ShStdin | 'closed' | undefined {
  const kept = state.fds?.in[fd];
  if (kept !== undefined) return kept;
  if (fd === 0) return state.stdin;
  return fd <= 2 ? undefined : 'closed';
}

/**
 * Runs `fn` (a top-level pipeline writing `out`, the shell's own output) and sends what it wrote
 * through the output redirections `exec` kept, as they stand when it ends.
 */
export function throughExecFds(state: ShState, out: OutputChunk[], fn: (out: OutputChunk[]) => void): void {
  if (out !== state.topOut || !state.fds || state.fds.out.length === 0) return fn(out);
  const produced: OutputChunk[] = [];
  state.topOut = undefined;
  try {
    fn(produced);
  } finally {
    state.topOut = out;
    applyRedirects(state, { redirects: state.fds.out }, produced, out);
  }
}
