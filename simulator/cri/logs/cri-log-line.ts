// The CRI log format containerd 1.6.20 writes (pkg/cri/io/logger.go redirectLogs): each line of
// a stream becomes `<RFC3339Nano time> <stdout|stderr> <F|P> <content>\n`. A line is written
// once its newline arrives ("\r\n" and "\n" both end it and are dropped); a line longer than
// max_container_log_line_size (16384) is cut into P(artial) entries with the rest following;
// what is left without a newline when the stream closes is written as one last P entry.

/** containerd 1.6's default max_container_log_line_size. */
const MAX_LOG_LINE_SIZE = 16384;

/** One stream's reader state: the part of a line still waiting for its newline. */
export interface PendingLine {
  text: string;
}

/** A log entry before it gets its time: stream, tag and content. */
export interface LogEntry {
  stream: 'stdout' | 'stderr';
  tag: 'F' | 'P';
  content: string;
}

/**
 * Feeds `text` written to `stream` through the reader: returns the entries it completes and
 * keeps the unfinished rest in `pending`.
 */
export function feedLogText(stream: 'stdout' | 'stderr', pending: PendingLine, text: string, maxLen = MAX_LOG_LINE_SIZE): LogEntry[] {
  const entries: LogEntry[] = [];
  let buf = pending.text + text;
  for (;;) {
    const nl = buf.indexOf('\n');
    if (nl < 0) break;
    let line = buf.slice(0, nl);
    buf = buf.slice(nl + 1);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    splitLong(stream, line, maxLen, entries);
  }
  // A line that grew past the limit without its newline is cut now, as the reader's buffer fills.
  while (maxLen > 0 && buf.length > maxLen) {
    entries.push({ stream, tag: 'P', content: buf.slice(0, maxLen) });
    buf = buf.slice(maxLen);
  }
  pending.text = buf;
  return entries;
}

/** The stream closed: what is left is written as a partial entry (readLine's error case). */
export function closeLogStream(stream: 'stdout' | 'stderr', pending: PendingLine): LogEntry[] {
  const rest = pending.text;
  pending.text = '';
  return rest === '' ? [] : [{ stream, tag: 'P', content: rest }];
}

function splitLong(stream: 'stdout' | 'stderr', line: string, maxLen: number, into: LogEntry[]): void {
  let rest = line;
  while (maxLen > 0 && rest.length > maxLen) {
    into.push({ stream, tag: 'P', content: rest.slice(0, maxLen) });
    rest = rest.slice(maxLen);
  }
  into.push({ stream, tag: 'F', content: rest });
}

/** Go's time.RFC3339Nano of a UTC moment given as whole ms plus nanoseconds within it. */
export function rfc3339NanoUtc(ms: number, subNanos: number): string {
  const base = new Date(ms).toISOString().slice(0, 19);
  const milli = ((ms % 1000) + 1000) % 1000;
  const frac = (String(milli).padStart(3, '0') + String(subNanos).padStart(6, '0')).replace(/0+$/, '');
  return frac ? `${base}.${frac}Z` : `${base}Z`;
}

/** One line of the log file. */
export function formatLogEntry(entry: LogEntry, time: string): string {
  return `${time} ${entry.stream} ${entry.tag} ${entry.content}\n`;
}
