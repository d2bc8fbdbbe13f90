// GET /containers/{id}/logs (moby v20.10.24 daemon/logs.go ContainerLogs): the entries between
// since and until (Unix seconds, fractions kept), the last `tail` of them (-1: all), each with its
// stream and time for the CLI's demultiplexing, -t and --details (with the attributes --log-opt
// env=/labels= name, log-attrs.ts). Read from the driver's files: json-file's, local's, or the
// dual-logging cache of a driver that cannot be read back (runtime/log-drivers.ts); `none` and a
// disabled cache answer ErrReadLogsNotSupported. A container that does not run gets a logger of
// its config first (getLogger → StartLogger), whose driver's error is the answer.

import type { Node } from '../../node';
import { systemError } from '../errors';
import { logFilePath, readLogEntries, syncLogs, type LogEntry } from '../runtime/json-log';
import { logConfigOf } from '../runtime/json-log-options';
import { loggerForReading, readable, readerMaxFiles } from '../runtime/log-drivers';
import { readLocalEntries } from '../runtime/local-log';
import { detailsPrefix, logAttributes } from './log-attrs';
import { findContainer } from './lookup';

export interface LogsOptions {
  /** Unix seconds; 0 or absent: from the start. */
  since?: number;
  /** Unix seconds; 0 or absent: up to now. */
  until?: number;
  /** -1 or absent: all. */
  tail?: number;
}

const NOT_READABLE = 'configured logging driver does not support reading';

export function containerLogs(node: Node, typed: string, options: LogsOptions = {}): LogEntry[] {
  const record = findContainer(node, typed);
  const config = logConfigOf(record);
  if (config.Type === 'none') throw systemError(NOT_READABLE);
  if (record.state.status !== 'running' && record.state.status !== 'paused') {
    try {
      loggerForReading(node, record.id, config);
    } catch (err) {
      if (err instanceof Error && err.name === 'DockerdError') throw err;
      throw systemError((err as Error).message);
    }
  }
  if (!readable(config)) throw systemError(NOT_READABLE);
  const details = detailsPrefix(logAttributes(record));
  const maxFiles = readerMaxFiles(config);
  let entries: LogEntry[];
  if (config.Type === 'json-file') entries = readLogEntries(node, record.id, maxFiles);
  else {
    syncLogs(node);
    entries = readLocalEntries(node.state.host.files, logFilePath(record.id, config.Type === 'local' ? 'local' : 'cache'), maxFiles);
  }
  if (details !== '') entries = entries.map((e) => ({ ...e, details }));
  const at = (e: LogEntry) => Date.parse(e.time) / 1000;
  if (options.since) entries = entries.filter((e) => at(e) >= (options.since as number));
  if (options.until) entries = entries.filter((e) => at(e) <= (options.until as number));
  const tail = options.tail ?? -1;
  if (tail >= 0) entries = tail === 0 ? [] : entries.slice(-tail);
  return entries;
}
