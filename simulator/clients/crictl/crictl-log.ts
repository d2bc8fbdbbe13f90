// crictl's two loggers on stderr. Its own lines go through logrus (`WARN[0000] …`, `DEBU…` only
// with --debug: main.go sets logrus.DebugLevel in app.Before), the Kubernetes CRI client it
// links (k8s.io/kubernetes/pkg/kubelet/cri/remote@v1.26.0) logs through klog, whose default
// (logtostderr, -v=0) prints every ErrorS and InfoS: `E1204 22:15:57.702320  159566
// remote_runtime.go:390] "ListContainers with filter from runtime service failed" err="…"`.
//
// logrus picks its form by whether stderr is a terminal; the simulator knows only about
// stdout (io.isTTY), and uses it for both, as ctr's lines do (cli/logrus.ts).

import { goQuote } from '../../go/quote';
import { logrusLine, type LogLevel } from '../../cli/logrus';
import type { CommandIO } from '../../cli/spec';
import type { Node } from '../../node';
import type { KlogPair } from './dial/rpc-log';

export interface CrictlLog {
  /** When crictl started (logrus's baseTimestamp), in node time. */
  readonly startMs: number;
  /** logrus.SetLevel(DebugLevel): from app.Before on, when --debug or the file's `debug: true`. */
  debugEnabled: boolean;
  /** A debug line; given as a function, its text is made only when debug is on (request dumps are dear). */
  debug(message: string | (() => string)): void;
  warn(message: string): void;
  error(message: string): void;
  /** One klog line: severity letter, source file:line, message and key/value pairs. */
  klog(severity: 'E' | 'I', source: string, message: string, pairs: readonly KlogPair[]): void;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** klog's header: `Lmmdd hh:mm:ss.uuuuuu threadid file:line] ` (klog.go formatHeader, UTC node). */
function klogHeader(severity: string, ms: number, pid: number, source: string): string {
  const d = new Date(ms);
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, '0');
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${micros}`;
  return `${severity}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())} ${time} ${String(pid).padStart(7)} ${source}] `;
}

export function crictlLog(node: Node, io: CommandIO): CrictlLog {
  const startMs = node.nowMs();
  let pid: number | undefined;
  const line = (level: LogLevel, message: string): void => {
    const nowMs = node.nowMs();
    io.stderr(logrusLine(level, message, {}, { tty: io.isTTY, nowMs, elapsedSeconds: (nowMs - startMs) / 1000 }));
  };
  const log: CrictlLog = {
    startMs,
    debugEnabled: false,
    debug: (m) => {
      if (log.debugEnabled) line('debug', typeof m === 'function' ? m() : m);
    },
    warn: (m) => line('warning', m),
    error: (m) => line('error', m),
    klog: (severity, source, message, pairs) => {
      // crictl's own PID, taken from the node's counter the first time it shows.
      pid ??= node.state.host.nextPid++;
      const fields = pairs.map((p) => ` ${p.key}=${p.raw ? p.value : goQuote(p.value)}`).join('');
      io.stderr(`${klogHeader(severity, node.nowMs(), pid, source)}${goQuote(message)}${fields}\n`);
    },
  };
  return log;
}
