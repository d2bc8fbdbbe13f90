// dockerd's json-file log driver (moby v20.10.24 daemon/logger/jsonfilelog/jsonfilelog.go,
// daemon/logger/copier.go): every line the container prints becomes one entry appended to
// /var/lib/docker/containers/<id>/<id>-json.log (the driver creates it, mode 0640), whether a
// client is attached or not. The writer is the node's one json-file log (host/json-file-log.ts,
// shared with nerdctl's logger); dockerd's style, and the reader `docker logs` uses.

import type { OutputChunk, Process } from '../../containerd/client/index';
import { jsonFileLogs } from '../../host/json-file-log';
import * as vfs from '../../host/vfs';
import type { Node } from '../../node';
import { containerDir } from './spec';
import type { Rotation } from '../../host/log-rotation';
import { rotatedLogText } from './json-log-rotation';

const logs = jsonFileLogs({ timerKind: 'dockerd-json-log', firstSubNanos: 233_072, stepSubNanos: 2_665, wakeAtPlannedExit: false, createMode: 0o640 });

function logPath(id: string): string {
  return `${containerDir(id)}/${id}-json.log`;
}

/**
 * The file a driver's logger writes in the container's directory (container.StartLogger):
 * json-file's `<id>-json.log`, local's `local-logs/container.log`, the dual-logging cache's
 * `container-cached.log`.
 */
export function logFilePath(id: string, file: 'json' | 'local' | 'cache'): string {
  if (file === 'json') return logPath(id);
  return file === 'local' ? `${containerDir(id)}/local-logs/container.log` : `${containerDir(id)}/container-cached.log`;
}

/**
 * Starts copying `process`'s output (from its start; `out` is what Start returned) into `path`,
 * each entry through `rotation` where the driver rotates (json-log-rotation.ts, local-log.ts).
 */
export function startCopier(node: Node, id: string, process: Process, out: readonly OutputChunk[], path: string, rotation: Rotation | undefined): void {
  // local's logger makes its directory (os.MkdirAll 0700) before the file.
  if (path.endsWith('/local-logs/container.log')) vfs.mkdir(node.state.host.files, vfs.dirname(path), { mode: 0o700, parents: true, mtimeMs: node.nowMs() });
  logs.start(node, id, path, process, out, rotation);
}

/** Brings every log up to now (before `docker logs` reads one, and at a task's exit). */
export const syncLogs = logs.sync;

export interface LogEntry {
  log: string;
  stream: 'stdout' | 'stderr';
  time: string;
  /** What --details prints before the line: the attributes as `k=v,…` (absent: none). */
  details?: string;
}

/** The entries of the container's log files (its rotated ones first, `maxFiles` in all), oldest first. */
export function readLogEntries(node: Node, id: string, maxFiles = 1): LogEntry[] {
  syncLogs(node);
  const files = node.state.host.files;
  const path = logPath(id);
  if (files[path]?.kind !== 'file') return [];
  const text = rotatedLogText(files, path, maxFiles) + vfs.binaryToText(vfs.readFile(files, path));
  const out: LogEntry[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    try {
      out.push(JSON.parse(line) as LogEntry);
    } catch {
      // a line cut by the size limit
    }
  }
  return out;
}
