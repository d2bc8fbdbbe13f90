// nerdctl's logger: logrus on stderr, as its own lines (`WARN[0000] …`, `INFO[0000] …`) and its
// main's logrus.Fatal print them (containerd/nerdctl@v0.22.2 cmd/nerdctl/main.go:66-71).
// `--debug` / `--debug-full` raise the level to debug in PersistentPreRunE (main.go:200-214).
//
// logrus picks its form by whether stderr is a terminal; the simulator knows only about
// stdout (io.isTTY), and uses it for both, as ctr's and crictl's lines do (cli/logrus.ts).

import { logrusLine, type LogFields, type LogLevel } from '../../cli/logrus';
import type { CommandIO } from '../../cli/spec';
import type { Node } from '../../node';

export interface NerdctlLog {
  /** When nerdctl started (logrus's baseTimestamp), in node time. */
  readonly startMs: number;
  /** logrus.SetLevel(DebugLevel): set by the root's PersistentPreRunE. */
  debugEnabled: boolean;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function nerdctlLog(node: Node, io: CommandIO): NerdctlLog {
  const startMs = node.nowMs();
  const line = (level: LogLevel, message: string, fields: LogFields = {}): void => {
    const nowMs = node.nowMs();
    io.stderr(logrusLine(level, message, fields, { tty: io.isTTY, nowMs, elapsedSeconds: (nowMs - startMs) / 1000 }));
  };
  const log: NerdctlLog = {
    startMs,
    debugEnabled: false,
    debug: (m, f) => {
      if (log.debugEnabled) line('debug', m, f);
    },
    info: (m, f) => line('info', m, f),
    warn: (m, f) => line('warning', m, f),
    error: (m, f) => line('error', m, f),
  };
  return log;
}
