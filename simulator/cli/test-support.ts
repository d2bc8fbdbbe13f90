// A CommandIO that records what a command writes, for the tests of every dialect and tool.

import type { CommandIO } from './spec';

export interface CapturedIO {
  io: CommandIO;
  out: () => string;
  err: () => string;
}

export interface CaptureOptions {
  environ?: Record<string, string>;
  isTTY?: boolean;
  columns?: number;
  /** Anything else of the IO a test needs (a real-time clock, an abort signal). */
  io?: Partial<CommandIO>;
}

export function captureIO({ environ = {}, isTTY = false, columns, io: extra }: CaptureOptions = {}): CapturedIO {
  let out = '';
  let err = '';
  const io: CommandIO = {
    stdout: (c) => (out += c),
    stdoutBytes: (b) => (out += b),
    stderr: (c) => (err += c),
    stdin: '',
    isTTY,
    columns,
    environ,
    cwd: '/root',
    pace: async () => {},
    time: { realTime: false },
    ...extra,
  };
  return { io, out: () => out, err: () => err };
}

/**
 * A tool main for dialect tests: prints errors as `FATA[0000] <message>` (logrus.Fatal's
 * terminal line without its colours) and exits 1, as crictl and nerdctl do.
 */
export function fatalLineMain(err: unknown, io: CommandIO): number {
  io.stderr(`FATA[0000] ${err instanceof Error ? err.message : String(err)}\n`);
  return 1;
}
