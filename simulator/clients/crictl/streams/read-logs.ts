// kubelet's ReadLogs as vendored by cri-tools v1.26.0
// (vendor/k8s.io/kubernetes/pkg/kubelet/kuberuntime/logs/logs.go:283-441): crictl reads the
// container's log file itself. Lines in the CRI format are parsed (time, stream, F/P tag) and
// their content written to crictl's stdout or stderr by stream; a partial (P) entry is joined
// to the next one (its timestamp prefix, with -t, only at the start of a whole line); --tail
// counts lines from the end of the file (pkg/util/tail FindTailLineStartIndex), --since skips
// older entries, --limit-bytes cuts the output. -f keeps reading as the file grows while
// ContainerStatus says the container runs, checking at least every second (logForceCheckPeriod).

import { notifyListeners } from '../../../node';
import { waitFor } from '../../../host/time-driver';
import { binaryToText, isVfsError, readFile, realpath } from '../../../host/vfs';
import { NotSimulatedError } from '../../../cli/not-simulated';
import { CliError } from '../../../cli/cli-error';
import { parseRfc3339Nano } from '../../../containerd/client/index';
import { syncContainerLogs, type RuntimeService } from '../../../cri/index';
import { plain } from '../../../errdefs/errdefs';
import { goQuote } from '../../../go/quote';
import type { CrictlContext } from '../crictl-env';
import type { UnixTime } from '../../../go/docker-timestamp';

export interface LogOptions {
  /** -1: all. */
  tail: number;
  /** -1: no limit. */
  bytes: number;
  since?: UnixTime;
  follow: boolean;
  timestamps: boolean;
}

/** Following in jumping time stops here for a container that keeps running. */
const MAX_FOLLOW_MS = 10 * 60 * 1000;
const FORCE_CHECK_MS = 1000;

interface LogMessage {
  seconds: number;
  nanos: number;
  stream: 'stdout' | 'stderr';
  log: string;
}

/** parseCRILog (logs.go:137-181); undefined for a line it refuses. */
function parseCriLog(line: string): LogMessage | undefined {
  const a = line.indexOf(' ');
  if (a < 0) return undefined;
  const time = parseRfc3339Nano(line.slice(0, a));
  if (!time) return undefined;
  let rest = line.slice(a + 1);
  const b = rest.indexOf(' ');
  if (b < 0) return undefined;
  const stream = rest.slice(0, b);
  if (stream !== 'stdout' && stream !== 'stderr') return undefined;
  rest = rest.slice(b + 1);
  const c = rest.indexOf(' ');
  if (c < 0) return undefined;
  const partial = rest.slice(0, c).split(':')[0] === 'P';
  if (partial && rest.endsWith('\n')) rest = rest.slice(0, -1);
  return { seconds: Math.floor(time.ms / 1000), nanos: (time.ms % 1000) * 1_000_000 + time.subNanos, stream, log: rest.slice(c + 1) };
}

/** types.RFC3339NanoFixed in UTC: nine fraction digits always. */
function rfc3339NanoFixed(m: LogMessage): string {
  return `${new Date(m.seconds * 1000).toISOString().slice(0, 19)}.${String(m.nanos).padStart(9, '0')}Z`;
}

/** FindTailLineStartIndex: where the last `n` lines begin (0 for n < 0 or a shorter file). */
export function tailStart(text: string, n: number): number {
  if (n < 0) return 0;
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i);
  if (ends.length <= n) return 0;
  return (ends[ends.length - n - 1] as number) + 1;
}

const before = (m: LogMessage, since: UnixTime | undefined) =>
  since !== undefined && (m.seconds < since.seconds || (m.seconds === since.seconds && m.nanos < since.nanos));

/** Reads the log at `path` to crictl's stdout/stderr; resolves when done (or Ctrl-C ends -f). */
export async function readLogs(c: CrictlContext, path: string, containerId: string, opts: LogOptions, service: RuntimeService): Promise<void> {
  const node = c.env.node;
  syncContainerLogs(node);
  const files = node.state.host.files;
  let real: string;
  try {
    real = realpath(files, path);
    readFile(files, real);
  } catch (err) {
    const why = isVfsError(err) ? err.message.slice(err.message.indexOf(': ') + 2) : String(err);
    if (isVfsError(err, 'ENOENT') && !hasPath(files, path)) throw plain(`failed to try resolving symlinks in path ${JSON.stringify(path)}: lstat ${path}: ${why}`);
    throw plain(`failed to open log file ${JSON.stringify(path)}: open ${path}: ${why}`);
  }
  const read = () => {
    try {
      return binaryToText(readFile(files, real));
    } catch {
      return '';
    }
  };
  let text = read();
  let offset = tailStart(text, opts.tail);
  const limited = opts.tail >= 0 && !opts.follow;
  let remaining = limited ? opts.tail : Number.POSITIVE_INFINITY;
  let budget = opts.bytes >= 0 ? opts.bytes : Number.POSITIVE_INFINITY;
  let isNewLine = true;
  let parsedOne = false;
  let found = true;
  let cancelled = false;
  let signals = 0;
  const release = opts.follow
    ? c.io.onSignal?.(() => {
        // SetupInterruptSignalHandler (util.go:56-69): the first cancels, the second exits 1.
        signals += 1;
        cancelled = true;
        notifyListeners(node);
      })
    : undefined;
  const startedMs = node.nowMs();
  try {
    for (;;) {
      if (remaining === 0) return;
      const nl = text.indexOf('\n', offset);
      if (nl < 0) {
        if (!opts.follow) {
          // The last line without its newline is still written (logs.go:377-388).
          if (offset < text.length) write(text.slice(offset));
          return;
        }
        if (!found) return;
        // waitLogs (logs.go:457-497): no wait once the container is not running.
        if (!(await isRunning(service, containerId))) {
          found = false;
          text = read();
          continue;
        }
        if (!c.io.time.realTime && !c.io.time.deadline && node.nowMs() - startedMs >= MAX_FOLLOW_MS) {
          throw new NotSimulatedError('crictl logs -f of a container that keeps running, followed until Ctrl-C,', "crictl's docs/crictl.md");
        }
        const size = text.length;
        await waitFor(
          node,
          () => {
            syncContainerLogs(node);
            return cancelled || read().length !== size;
          },
          node.nowMs() + FORCE_CHECK_MS,
          c.io.time,
        );
        if (signals > 1) throw new CliError('', 1);
        if (cancelled || c.io.time.signal?.aborted) return;
        syncContainerLogs(node);
        text = read();
        continue;
      }
      const line = text.slice(offset, nl + 1);
      offset = nl + 1;
      if (!write(line)) return;
    }
  } finally {
    release?.();
  }

  /** One line of the file through the writer; false once --limit-bytes is used up. */
  function write(line: string): boolean {
    const msg = parseCriLog(line);
    if (!msg) {
      // logs.go:389-401: the first line picks the format (CRI or docker's JSON, which
      // containerd never writes); a later line that does not parse is logged and skipped.
      if (!parsedOne) throw plain(`failed to get parse function: unsupported log format: ${goQuote(line)}`);
      c.env.log.klog('E', 'logs.go:399', 'Failed when parsing line in log file', [
        { key: 'err', value: 'timestamp is not found' },
        { key: 'path', value: path },
      ]);
      return true;
    }
    parsedOne = true;
    if (!before(msg, opts.since)) {
      let out = msg.log;
      if (opts.timestamps && isNewLine) out = `${rfc3339NanoFixed(msg)} ${out}`;
      if (out.length > budget) out = out.slice(0, budget);
      if (msg.stream === 'stdout') c.io.stdout(out);
      else c.io.stderr(out);
      budget -= out.length;
      if (budget <= 0) return false;
    }
    if (limited) remaining -= 1;
    isNewLine = msg.log === '' || msg.log.endsWith('\n');
    return true;
  }
}

function hasPath(files: Parameters<typeof readFile>[0], path: string): boolean {
  try {
    realpath(files, path);
    return true;
  } catch {
    return false;
  }
}

/** isContainerRunning (logs.go:436-455): ContainerStatus, and its error ends the read. */
async function isRunning(service: RuntimeService, id: string): Promise<boolean> {
  const { status } = await service.containerStatus({ containerId: id });
  return status.state === 'CONTAINER_RUNNING';
}
