// The json-file logger's rotation from log-config.json (JSONLogger.Process, pkg/logging/
// json_logger.go@v0.22.2): max-size through units.FromHumanSize (decimal), max-file through
// Atoi. The logger process signals ready before it reads them, so a bad value does not fail the
// task: the logger exits (`max-size must be a positive number`, `max-file cannot be less than
// 1`, a parse error) and the container's output is logged nowhere.

import { logRotation, type Rotation } from '../../../host/log-rotation';
import { fromHumanSize } from '../../../go/units-size';
import * as vfs from '../../../host/vfs';

/** A writer that logs nothing (the logger process has exited). */
const NOTHING_LOGGED: Rotation = { write: () => false };

/** The rotation log-config.json asks for; undefined without max-size (one growing file). */
export function rotationFromLogConfig(files: vfs.Files, path: string): Rotation | undefined {
  let opts: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(vfs.readFile(files, path)) as { opts?: Record<string, unknown> };
    opts = parsed.opts ?? {};
  } catch {
    return undefined;
  }
  const maxSize = opts['max-size'];
  const maxFile = opts['max-file'];
  if (typeof maxSize !== 'string') return undefined;
  let maxBytes: number;
  let maxFiles = 1;
  try {
    maxBytes = fromHumanSize(maxSize);
    if (maxBytes <= 0) return NOTHING_LOGGED;
    if (typeof maxFile === 'string') {
      if (!/^[+-]?\d+$/.test(maxFile)) return NOTHING_LOGGED;
      maxFiles = Number(maxFile);
      if (maxFiles < 1) return NOTHING_LOGGED;
    }
  } catch {
    return NOTHING_LOGGED;
  }
  return logRotation({ maxBytes, maxBackups: maxFiles - 1 });
}
