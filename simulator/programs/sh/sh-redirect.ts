// Where a simple command's output goes (`>`, `>>`, `>&2`, `2>&1`, /dev/null) and the files a
// shell has written so far, which its children see on top of the container's own.

import type { OutputChunk, ProgramContext } from '../program';
import { followLinks, resolvePath } from '../program';
import { expandHereText, expandWord } from './sh-expand';
import type { Redirect } from './sh-parse';
import { scopeOf, type ShState, type ShStdin } from './sh-run';
import { noteWorld } from './sh-wait';
import { inputFd, outputFdOpen } from './sh-exec-fds';
import { DEFAULT_UMASK } from './sh-umask';
import { shellMessage } from './sh-message';

/** The container's files as children of this shell see them: with what it wrote on top. */
export function withWritten(state: ShState): ProgramContext['fs'] {
  const base = state.ctx.fs;
  const written = state.written;
  if (Object.keys(written).length === 0) return base;
  return {
    ...base,
    lookup: (path) => (path in written ? { kind: 'file', content: written[path], mode: 0o644 } : base.lookup(path)),
    list: (path) => {
      const names = new Set(base.list(path) ?? []);
      for (const file of Object.keys(written)) {
        const dir = file.slice(0, file.lastIndexOf('/')) || '/';
        if (dir === path) names.add(file.slice(file.lastIndexOf('/') + 1));
      }
      return base.list(path) === undefined && names.size === 0 ? undefined : [...names].sort();
    },
  };
}

/** Routes a command's output through its redirections (`>&2`, `2>&1`, `> file`, `>/dev/null`). */
export function applyRedirects(state: ShState, cmd: { redirects?: Redirect[] }, produced: OutputChunk[], out: OutputChunk[]): void {
  const scope = scopeOf(state);
  // Where fd 1 and fd 2 end up: a stream, a file path, or nowhere.
  const sinks: Record<number, string> = { 1: 'stdout', 2: 'stderr' };
  // Descriptors 3 and up that `exec` opened for writing (sh-exec-fds.ts) can be written to.
  const kept = (state.fds?.out ?? []).filter((r) => r.fd > 2);
  for (const r of [...kept, ...(cmd.redirects ?? [])]) {
    if (r.op === '>&') sinks[r.fd] = r.target === '-' ? 'null' : (sinks[Number(r.target)] ?? 'stdout');
    else if (r.op === '>' || r.op === '>>') {
      const path = resolvePath(state.cwd, expandWord(r.target, scope).join(' '));
      sinks[r.fd] = path === '/dev/null' ? 'null' : `file:${r.op}:${path}`;
    }
  }
  // What each redirected-to file holds once the command is done: `>` truncates, `>>` appends.
  const contents = new Map<string, string>();
  for (const sink of Object.values(sinks)) {
    if (!sink.startsWith('file:') || contents.has(sink)) continue;
    const path = sink.slice(sink.indexOf(':', 5) + 1);
    const existing = state.written[path] ?? followLinks(state.ctx.fs, path)?.file.content ?? '';
    contents.set(path, sink.startsWith('file:>>:') ? existing : '');
  }
  for (const chunk of produced) {
    const sink = sinks[chunk.stream === 'stdout' ? 1 : 2] ?? 'null';
    if (sink === 'stdout' || sink === 'stderr') out.push({ ...chunk, stream: sink });
    else if (sink.startsWith('file:')) {
      const path = sink.slice(sink.indexOf(':', 5) + 1);
      contents.set(path, (contents.get(path) ?? '') + chunk.text);
    }
  }
  if (contents.size > 0) state.worldWrites = (state.worldWrites ?? 0) + 1;
  for (const [path, content] of contents) {
    // Into the container's snapshot when it takes the write, else kept by this shell only.
    const old = followLinks(state.ctx.fs, path)?.file;
    const atMs = state.ctx.nowMs + state.elapsedMs;
    const file = { kind: 'file' as const, content, mode: old?.kind === 'file' ? old.mode : 0o666 & ~(state.umask ?? DEFAULT_UMASK), size: content.length, mtime: Math.floor(atMs / 1000) };
    const stored = state.ctx.fs.write?.(path, file, atMs);
    if (stored) delete state.written[path];
    else state.written[path] = content;
  }
}

/**
 * The stdin a command's redirections give it: a file (`<`) or a here-document (`<<`, its
 * `$`-forms expanded unless the delimiter was quoted); `stdin` when none. Undefined and an
 * error line on `out` when a file cannot be opened (the command does not run, status 1).
 */
export function redirectedInput(
  state: ShState,
  redirects: readonly Redirect[],
  stdin: ShStdin | undefined,
  out: OutputChunk[],
): { input: ShStdin | undefined } | undefined {
  const scope = scopeOf(state);
  let input = stdin;
  for (const r of redirects) {
    // `>&N` to a descriptor nobody opened: ash's dup2 fails and the command does not run.
    if (r.op === '>&' && /^\d+$/.test(r.target) && Number(r.target) > 2 && !outputFdOpen(state, Number(r.target))) {
      out.push({ stream: 'stderr', text: shellMessage(state, `${r.target}: Bad file descriptor`) });
      state.status = 1;
      return undefined;
    }
    if (r.op === '<<' && r.fd === 0) {
      input = { text: r.literal ? r.target : expandHereText(r.target, scope), pos: 0, eof: true };
    } else if (r.op === '<') {
      noteWorld(state);
      const target = expandWord(r.target, scope).join(' ');
      const path = resolvePath(state.cwd, target);
      const file = state.written[path] ?? followLinks(state.ctx.fs, path)?.file.content;
      if (file === undefined) {
        // ash names the file as expanded (openredirect's expfname).
        out.push({ stream: 'stderr', text: shellMessage(state, `can't open '${target}': No such file or directory`) });
        state.status = 1;
        return undefined;
      }
      input = { text: file, pos: 0, eof: true };
    } else if (r.op === '<&') {
      // `<&N` reads descriptor N (one `exec N<file` opened: the readers share its offset).
      const from = r.target === '-' ? 'closed' : r.target === '0' ? input : inputFd(state, Number(r.target));
      if (from === 'closed' && r.target !== '-') {
        out.push({ stream: 'stderr', text: shellMessage(state, `${r.target}: Bad file descriptor`) });
        state.status = 1;
        return undefined;
      }
      input = from === 'closed' || from === undefined ? { text: '', pos: 0, eof: true } : from;
    }
  }
  return { input };
}
