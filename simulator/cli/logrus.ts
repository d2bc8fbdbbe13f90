// logrus's TextFormatter, as ctr's log lines come out of it (delete commands log the failure
// before main prints `ctr: …`). Two forms, chosen like logrus chooses them: on a terminal a
// coloured, padded line (`ERRO[0000] msg   error="…"`); otherwise key=value pairs with an
// RFC 3339 time (`time="…" level=error msg="…" error="…"`).

import type { CommandIO } from './spec';

export type LogLevel = 'debug' | 'info' | 'warning' | 'error' | 'fatal';

/** Fields after the message, printed in key order as logrus sorts them. */
export type LogFields = Readonly<Record<string, string>>;

const LEVEL_COLOR: Record<LogLevel, number> = { debug: 37, info: 36, warning: 33, error: 31, fatal: 31 };

/** logrus quotes a value unless every byte is in this safe set. */
function needsQuoting(text: string): boolean {
  return !/^[A-Za-z0-9\-._/@^+]*$/.test(text);
}

/** Go's %q for the texts logs carry (JSON escaping agrees with it on printable ASCII). */
function goQuote(text: string): string {
  return JSON.stringify(text).replace(/\\u007f/g, '\\x7f');
}

function value(text: string): string {
  return needsQuoting(text) ? goQuote(text) : text;
}

/** RFC 3339 in UTC with whole seconds, as logrus's default timestamp format prints it. */
export function rfc3339Seconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export interface LogrusOptions {
  /** stderr is a terminal: coloured TTY form. */
  tty: boolean;
  /** Time of the entry (node.nowMs()). */
  nowMs: number;
  /** Seconds since the process started, shown as [0000] in the TTY form. Default 0. */
  elapsedSeconds?: number;
}

/** One log line, newline included. */
export function logrusLine(level: LogLevel, message: string, fields: LogFields, options: LogrusOptions): string {
  const keys = Object.keys(fields).sort();
  if (options.tty) {
    // printColored drops one trailing newline "to keep the behavior … the same as the stdlib
    // log package" (text_formatter.go); the key=value form quotes the message as it is.
    const msg = message.replace(/\n$/, '');
    const color = LEVEL_COLOR[level];
    const levelText = level.toUpperCase().slice(0, 4);
    const elapsed = String(Math.max(0, Math.floor(options.elapsedSeconds ?? 0))).padStart(4, '0');
    let line = `\x1b[${color}m${levelText}\x1b[0m[${elapsed}] ${msg.padEnd(44)} `;
    for (const k of keys) line += ` \x1b[${color}m${k}\x1b[0m=${value(fields[k] ?? '')}`;
    return `${line}\n`;
  }
  let line = `time=${value(rfc3339Seconds(options.nowMs))} level=${level} msg=${value(message)}`;
  for (const k of keys) line += ` ${k}=${value(fields[k] ?? '')}`;
  return `${line}\n`;
}

/** Writes one ctr log line to stderr in the form this invocation's terminal calls for. */
export function logTo(io: CommandIO, nowMs: number, level: LogLevel, message: string, fields: LogFields = {}): void {
  io.stderr(logrusLine(level, message, fields, { tty: io.isTTY, nowMs }));
}
