// nerdctl's json-file logging (pkg/logging/json_logger.go, pkg/logging/jsonfile/jsonfile.go
// @v0.22.2): the shim starts `nerdctl _NERDCTL_INTERNAL_LOGGING <data store>` for a task whose
// log URI is nerdctl's binary, and it appends one JSON entry per line the container prints to
// <state dir>/<id>-json.log (made by nerdctl before the task starts), closing at the task's
// exit. The writer is the node's one json-file log (host/json-file-log.ts); nerdctl's style:

import { jsonFileLogs } from '../../../host/json-file-log';

const logs = jsonFileLogs({ timerKind: 'nerdctl-json-log', firstSubNanos: 417_201, stepSubNanos: 1_137, wakeAtPlannedExit: true });

/** Starts copying `process`'s output (keyed `<namespace>/<id>`) into the log file at `path`. */
export const startJsonLogging = logs.start;

/** Brings every json log up to now (before `nerdctl logs` reads one). */
export const syncJsonLogs = logs.sync;
