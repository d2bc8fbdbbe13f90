// busybox head and tail: the first or last N lines (10 by default) of each file or of stdin;
// `-n N`, `-N`, and tail's `-n +N` (from line N on); `-c N` counts bytes instead. Several
// files get `==> name <==` headers. /dev/zero (char-devices.ts): `head -c N` gives N NUL bytes;
// tail keeps the last lines of a line that never ends, so it grows until its cgroup's memory
// limit and the OOM killer SIGKILLs it (busybox tail.c reallocs its buffer for a pipe or
// device); with no limit it would grow into the node's memory, which is not modelled: it
// keeps running. `tail -c N` keeps N bytes and runs for ever; head's lines of it would print
// NUL bytes without end, which is not simulated here.

import { memDevice, ZERO_READ_BYTES_PER_MS } from './char-devices';
import { followLinks, resolvePath, stderr, stdout, type OutputChunk, type Program, type ProgramContext, type ProgramRun } from './program';

/** The most NUL bytes `head -c` of /dev/zero gives here (the output is kept as text). */
const MAX_ZERO_BYTES = 4 * 1024 * 1024;

function lines(text: string): string[] {
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((l) => `${l}\n`);
}

function parse(ctx: ProgramContext): { count: number; fromStart: boolean; allBut: boolean; files: string[]; bytes: boolean } {
  let count = 10;
  let fromStart = false;
  let allBut = false;
  let bytes = false;
  const files: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-c' || /^-c[+-]?\d+$/.test(a)) bytes = true;
    const value =
      a === '-n' || a === '-c' ? (args[++i] ?? '') : a.startsWith('-n') || a.startsWith('-c') ? a.slice(2) : /^-\d+$/.test(a) ? a.slice(1) : undefined;
    if (value === undefined) files.push(a);
    else {
      fromStart = value.startsWith('+');
      // head -n -N / -c -N: all but the last N lines or bytes.
      allBut = value.startsWith('-');
      count = Number.parseInt(value.replace(/^[+-]/, ''), 10) || 0;
    }
  }
  return { count, fromStart, allBut, files, bytes };
}

/** head or tail reading /dev/zero past what it can finish with (see the top of this file). */
function fromZero(ctx: ProgramContext, name: 'head' | 'tail', bytes: boolean, out: OutputChunk[]): ProgramRun {
  if (name === 'head') {
    out.push(stderr(`head: ${bytes ? 'more than 4 MiB' : 'lines'} of /dev/zero is not simulated here (ctrlab's head gives up to 4 MiB of it with -c)\n`));
    return { out, exit: { afterMs: 0, code: 1 } };
  }
  if (bytes || ctx.memoryLimit === undefined) return { out };
  const afterMs = Math.max(1, Math.ceil(ctx.memoryLimit / ZERO_READ_BYTES_PER_MS));
  return { out, exit: { afterMs, code: 137, signal: 9 }, oomKilledAtMs: afterMs };
}

function textTool(name: 'head' | 'tail'): Program {
  return {
    name,
    run(ctx) {
      const { count, fromStart, allBut, files, bytes } = parse(ctx);
      const pick = (text: string): string => {
        if (bytes) {
          if (name === 'head') return text.slice(0, allBut ? Math.max(0, text.length - count) : count);
          return fromStart ? text.slice(Math.max(0, count - 1)) : count === 0 ? '' : text.slice(-count);
        }
        const all = lines(text);
        if (name === 'head') return all.slice(0, allBut ? Math.max(0, all.length - count) : count).join('');
        return (fromStart ? all.slice(Math.max(0, count - 1)) : count === 0 ? [] : all.slice(-count)).join('');
      };
      const out: OutputChunk[] = [];
      let code = 0;
      const operands = files.length > 0 ? files : ['-'];
      let endless: ProgramRun | undefined;
      operands.forEach((file, i) => {
        if (endless) return;
        const header = operands.length > 1 ? `${i > 0 ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n` : '';
        if (file === '-') {
          if (ctx.stdin === undefined) return;
          out.push(stdout(header + pick(ctx.stdin)));
          return;
        }
        const found = followLinks(ctx.fs, resolvePath(ctx.cwd, file));
        if (!found || found.file.kind !== 'file') {
          out.push(stderr(`${name}: can't open '${file}': No such file or directory\n`));
          code = 1;
          return;
        }
        if (memDevice(found.file) === 'zero') {
          if (name === 'head' && bytes && count <= MAX_ZERO_BYTES) {
            out.push(stdout(header + '\0'.repeat(count)));
            return;
          }
          if (header) out.push(stdout(header));
          endless = fromZero(ctx, name, bytes, out);
          return;
        }
        out.push(stdout(header + pick(found.file.content ?? '')));
      });
      if (endless) return endless;
      // Reading a stdin that never closes: it waits for ever (tail needs the end; head N lines).
      if (operands.includes('-') && (ctx.stdin === undefined || (ctx.stdinOpen && (name === 'tail' || lines(ctx.stdin).length < count)))) {
        return { out, consumedStdin: ctx.stdin !== undefined };
      }
      // stdio reads stdin in blocks, so even head takes more than the lines it prints.
      return { out, exit: { afterMs: 0, code }, consumedStdin: operands.includes('-') && ctx.stdin !== undefined };
    },
  };
}

export const headProgram = textTool('head');
export const tailProgram = textTool('tail');
