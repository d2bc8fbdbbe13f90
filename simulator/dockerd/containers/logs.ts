// GET /containers/{id}/logs (moby v20.10.24 daemon/logs.go ContainerLogs over the json-file
// driver's reader): the entries between since and until (Unix seconds, fractions kept), the last
// `tail` of them (-1: all), each with its stream and time for the CLI's demultiplexing, -t and
// --details (with the attributes --log-opt env=/labels= name, log-attrs.ts). A container whose log driver is not json-file has none to read.

import type { Node } from '../../node';
import { readLogEntries, type LogEntry } from '../runtime/json-log';
import { logOptionsOf, readableMaxFiles } from '../runtime/json-log-options';
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

export function containerLogs(node: Node, typed: string, options: LogsOptions = {}): LogEntry[] {
  const record = findContainer(node, typed);
  const details = detailsPrefix(logAttributes(record));
  const maxFiles = readableMaxFiles(logOptionsOf(record));
  let entries = readLogEntries(node, record.id, maxFiles).map((e) => (details === '' ? e : { ...e, details }));
  const at = (e: LogEntry) => Date.parse(e.time) / 1000;
  if (options.since) entries = entries.filter((e) => at(e) >= (options.since as number));
  if (options.until) entries = entries.filter((e) => at(e) <= (options.until as number));
  const tail = options.tail ?? -1;
  if (tail >= 0) entries = tail === 0 ? [] : entries.slice(-tail);
  return entries;
}
