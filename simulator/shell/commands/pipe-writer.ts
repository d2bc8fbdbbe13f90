// SIGPIPE for the node's programs writing into `head`. The shell library's pipes are not
// streams: a writer runs to its end before its reader starts. In bash, `ctr plugins ls -d |
// head -2` ends with ctr killed: head exits after two lines, and ctr's next write(2) into the
// pipe fails with EPIPE, which a Go program turns into death by SIGPIPE (status 141, nothing
// more written, not even its error line on stderr); the line's status is head's.
//
// So a stage whose reader is a `head` with plain arguments gets a marker assignment before the
// line runs; when the program opens its IO (session.ts openIO) the marker is taken out of its
// environment and its writes are watched, line by line: a line written after head has had all
// it takes kills the writer. On a real node this is a race (a program that writes its table in
// one tabwriter flush, or finishes before head exits, lives); a real containerd 1.6.20 node
// mostly showed the writer dead (`ctr … --bogus | head -1`: PIPESTATUS 141 0, no error line).

import type { CommandIO } from '../../cli/spec';
import { type AstNode, isNode, literalArgs, literalName } from '../ast-words';
import { markCommand, takeMarker } from '../ast-markers';
import { headCount } from '../early-reader';
import type { InvocationIO } from './command-host';

const MARKER = '__CTRLAB_PIPE_READER_TAKES';

/** 128 + SIGPIPE (13): what bash reports for a writer killed by the signal. */
const SIGPIPE_STATUS = 141;

/**
 * The rewrite: in a pipeline, a simple command naming one of `programs`, with no redirection,
 * followed by `| head …` (not `|&`) gets `__CTRLAB_PIPE_READER_TAKES=<lines|bytes>:<n>`.
 */
export function markHeadWriters(programs: ReadonlySet<string>): (node: AstNode) => void {
  return (node) => {
    if (node.type !== 'Pipeline' || !Array.isArray(node.commands)) return;
    const stages = node.commands as unknown[];
    const stderrPiped = Array.isArray(node.pipeStderr) ? (node.pipeStderr as unknown[]) : [];
    for (let i = 0; i + 1 < stages.length; i++) {
      const writer = stages[i];
      const reader = stages[i + 1];
      if (!isNode(writer) || stderrPiped[i] === true || literalName(reader) !== 'head') continue;
      const name = literalName(writer);
      if (name === undefined || !programs.has(name)) continue;
      if (Array.isArray(writer.redirections) && writer.redirections.length > 0) continue;
      const takes = headCount(literalArgs(reader) ?? ['-']);
      if (!takes || !Array.isArray(writer.assignments)) continue;
      // The commands of a `$(…)` among its words would otherwise inherit it and die in head's place.
      markCommand(writer, MARKER, `${takes.unit}:${takes.count}`);
    }
  };
}

interface Takes {
  unit: 'lines' | 'bytes';
  count: number;
}

/** The marker's value, taken out of `environ` (the program never sees it). */
export function takeReaderMarker(environ: Record<string, string>): Takes | undefined {
  const value = takeMarker(environ, MARKER);
  if (value === undefined) return undefined;
  const m = /^(lines|bytes):(\d+)$/.exec(value);
  return m ? { unit: m[1] as Takes['unit'], count: Number(m[2]) } : undefined;
}

/** `inv` with its writes cut off by SIGPIPE once the reader has taken all it takes. */
export function withSigpipe<T extends Omit<InvocationIO, 'stdinBytes'>>(inv: T, takes: Takes): T {
  let lines = 0;
  let bytes = 0;
  let dead = false;
  const satisfied = () => (takes.unit === 'lines' ? lines >= takes.count : bytes >= takes.count);
  // Each line goes as its own write(2), as Go's fmt.Fprintln and a tabwriter flushing line by
  // line write: the program's output arrives here in bigger pieces than the real one wrote.
  const toPipe = (write: (chunk: string) => void) => (chunk: string) => {
    let from = 0;
    while (!dead && from < chunk.length) {
      if (satisfied()) {
        dead = true;
        break;
      }
      const eol = chunk.indexOf('\n', from);
      const to = eol === -1 ? chunk.length : eol + 1;
      bytes += to - from;
      if (eol !== -1) lines++;
      from = to;
    }
    if (from > 0) write(chunk.slice(0, from));
  };
  const io: CommandIO = {
    ...inv.io,
    stdout: toPipe((c) => inv.io.stdout(c)),
    stdoutBytes: toPipe((b) => inv.io.stdoutBytes(b)),
    stderr: (c) => {
      if (!dead) inv.io.stderr(c);
    },
  };
  return { ...inv, io, result: (exitCode: number) => inv.result(dead ? SIGPIPE_STATUS : exitCode) };
}
