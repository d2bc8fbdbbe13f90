// busybox 1.35 awk inside a container (editors/awk.c awk_main): options up to the first operand
// (-F SEP, -v VAR=VAL, -f FILE, -e PROGRAM, -W ignored), then the program text unless -f or -e
// gave one, then the input operands. Files come from the container's view; `cmd | getline`,
// system() and `print | cmd` run `sh -c cmd` as children (applets/spawn-child.ts); output
// redirected to a file is written into the container's layer. Errors are busybox's:
// `awk: cmd. line:N: MESSAGE`, exit 1.

import { spawnAndWait } from '../applets/spawn-child';
import { showUsage } from '../applets/busybox-usage';
import { getopt32, lastValue } from '../getopt32';
import { followLinks, resolvePath, stderr, stdout, type ContainerFile, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from '../program';
import { Interp, Waits, type AwkIo } from './awk-interp';
import { unescape } from './awk-lexer';
import { parseAwk, type AwkProgram } from './awk-parser';
import { AwkError, str } from './awk-values';

const AWK_USAGE =
  'Usage: awk [OPTIONS] [AWK_PROGRAM] [FILE]...\n\n' +
  '\t-v VAR=VAL\tSet variable\n' +
  '\t-F SEP\t\tUse SEP as field separator\n' +
  '\t-f FILE\t\tRead program from FILE\n' +
  '\t-e AWK_PROGRAM\n';

interface Options {
  F?: string;
  v: string[];
  f: string[];
  e: string[];
  W: boolean;
  operands: string[];
}

/** getopt32(argv, "+F:v:*f:*e:*W:"): options stop at the first operand. */
function parseOptions(args: readonly string[]): Options | { error: string } {
  const parsed = getopt32(args, '+F:v:f:e:W:');
  if (!parsed.ok) return { error: parsed.error };
  const F = lastValue(parsed, 'F');
  const all = (c: string) => parsed.opts.get(c) ?? [];
  return { ...(F === undefined ? {} : { F }), v: all('v'), f: all('f'), e: all('e'), W: parsed.opts.has('W'), operands: parsed.operands };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Text as busybox sees it, one char a byte (length, substr and printf widths count bytes). */
function bytes(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const b of encoder.encode(text)) out += String.fromCharCode(b);
  return out;
}

/** Bytes back to text for the terminal (a byte that is no UTF-8 shows as U+FFFD). */
function unbytes(raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(raw)) return raw;
  return decoder.decode(Uint8Array.from(raw, (c) => c.charCodeAt(0) & 0xff));
}

/** The run's clock and output (kept as bytes until the end): children's time moves it on. */
class Session implements AwkIo {
  readonly out: OutputChunk[] = [];
  elapsedMs = 0;
  consumedStdin = false;
  /** Files written this run that the container's layer could not take (bind mounts): later reads see them. */
  private readonly written = new Map<string, string>();

  constructor(private readonly ctx: ProgramContext) {}

  write(stream: 'stdout' | 'stderr', text: string): void {
    if (text === '') return;
    const chunk = stream === 'stdout' ? stdout(text) : stderr(text);
    const last = this.out.at(-1);
    if (last && last.stream === stream && (last.atMs ?? 0) === this.elapsedMs) last.text += text;
    else this.out.push(this.elapsedMs > 0 ? { ...chunk, atMs: this.elapsedMs } : chunk);
  }

  private path(name: string): string {
    return resolvePath(this.ctx.cwd, unbytes(name));
  }

  readFile(name: string): { text: string } | { error: string } {
    const path = this.path(name);
    const mine = this.written.get(path);
    if (mine !== undefined) return { text: mine };
    const found = followLinks(this.ctx.fs, path);
    if (!found) return { error: 'No such file or directory' };
    if (found.file.kind === 'dir') return { error: 'Is a directory' };
    if (found.file.readError) return { error: found.file.readError };
    return { text: bytes(found.file.content ?? '') };
  }

  stdin(): { text: string; open: boolean } {
    this.consumedStdin = true;
    return { text: bytes(this.ctx.stdin ?? ''), open: this.ctx.stdin === undefined || this.ctx.stdinOpen === true };
  }

  run(cmd: string, input: string, capture: boolean): { stdout: string; code: number } {
    const child = spawnAndWait(this.ctx, ['sh', '-c', unbytes(cmd)], this.elapsedMs, unbytes(input));
    if (!child.started) {
      this.write('stderr', `sh: ${child.error}\n`);
      return { stdout: '', code: 127 };
    }
    let captured = '';
    for (const chunk of child.out) {
      if (capture && chunk.stream === 'stdout') captured += bytes(chunk.text);
      else {
        const at = chunk.atMs ?? this.elapsedMs;
        const saved = this.elapsedMs;
        this.elapsedMs = at;
        this.write(chunk.stream, bytes(chunk.text));
        this.elapsedMs = saved;
      }
    }
    if (!child.exit) throw new Waits();
    this.elapsedMs += child.exit.afterMs;
    return { stdout: captured, code: child.exit.signal === undefined ? child.exit.code : child.exit.code };
  }

  writeFile(name: string, text: string, append: boolean): string | undefined {
    const path = this.path(name);
    const fs = this.ctx.fs;
    const found = followLinks(fs, path);
    const existing = this.written.get(path) ?? (found?.file.kind === 'file' ? bytes(found.file.content ?? '') : undefined);
    if (found?.file.kind === 'dir') return 'Is a directory';
    if (!found) {
      const parent = followLinks(fs, path.slice(0, path.lastIndexOf('/')) || '/');
      if (parent?.file.kind !== 'dir') return 'No such file or directory';
    }
    if (fs.readOnlyAt?.(found?.path ?? path)) return 'Read-only file system';
    const raw = (append ? (existing ?? '') : '') + text;
    const content = unbytes(raw);
    const mode = found?.file.mode ?? 0o666 & ~(this.ctx.umask ?? 0o022);
    const file: ContainerFile = { kind: 'file', mode, content, size: raw.length, mtime: Math.floor((this.ctx.nowMs + this.elapsedMs) / 1000) };
    if (!fs.write?.(found?.path ?? path, file, this.ctx.nowMs + this.elapsedMs)) this.written.set(path, raw);
    else this.written.delete(path);
    return undefined;
  }

  now(): number {
    return (this.ctx.nowMs + this.elapsedMs) / 1000;
  }

  finish(code: number | undefined): ProgramRun {
    const out = this.out.map((chunk) => ({ ...chunk, text: unbytes(chunk.text) }));
    const run: ProgramRun = { out, ...(code === undefined ? {} : { exit: { afterMs: this.elapsedMs, code } }) };
    return this.consumedStdin ? { ...run, consumedStdin: true } : run;
  }
}

export const awkProgram: Program = {
  name: 'awk',
  run(ctx) {
    const parsed = parseOptions(ctx.argv.slice(1).map(bytes));
    if ('error' in parsed) return showUsage('awk', AWK_USAGE, parsed.error);
    const session = new Session(ctx);
    const fail = (message: string): ProgramRun => {
      session.write('stderr', `awk: ${message}\n`);
      return session.finish(1);
    };
    const program: AwkProgram = { begin: [], rules: [], end: [], functions: new Map() };
    const interp = new Interp(program, session, ctx.env.map(bytes));
    let progname = 'cmd. line';
    let operands = parsed.operands;
    try {
      if (parsed.W) session.write('stderr', 'awk: warning: option -W is ignored\n');
      if (parsed.F !== undefined) interp.set(interp.cell('FS'), str(unescape(parsed.F)));
      for (const v of parsed.v) if (!interp.assignOperand(v)) return showUsage('awk', AWK_USAGE);
      for (const f of parsed.f) {
        progname = f;
        const text = f === '-' ? bytes(ctx.stdin ?? '') : session.readFile(f);
        if (typeof text !== 'string' && 'error' in text) return fail(`can't open '${f}': ${text.error}`);
        parseAwk(typeof text === 'string' ? text : text.text, program);
      }
      progname = 'cmd. line';
      for (const e of parsed.e) parseAwk(e, program);
      if (parsed.f.length === 0 && parsed.e.length === 0) {
        const [text, ...rest] = operands;
        if (text === undefined) return showUsage('awk', AWK_USAGE);
        parseAwk(text, program);
        operands = rest;
      }
      interp.setArgv(operands);
      interp.run();
      return session.finish(interp.exitCode);
    } catch (err) {
      if (err instanceof Waits) return session.finish(undefined);
      if (err instanceof RangeError) return fail(`${progname}:${interp.line}: Possible syntax error`);
      if (!(err instanceof AwkError)) throw err;
      return fail(err.plain ? err.message.replace(/^awk: /, '') : `${progname}:${err.line ?? interp.line}: ${err.message}`);
    }
  },
};
