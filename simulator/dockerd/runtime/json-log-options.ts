// The json-file log driver's options (moby v20.10.24 daemon/logger/jsonfilelog/jsonfilelog.go):
// ValidateLogOpt at create refuses a key it does not know; New at each start reads max-size
// (go-units FromHumanSize, decimal: 1k is 1000 bytes), max-file (Atoi) and compress (ParseBool),
// and a bad value fails the start as `failed to initialize logging driver: …`
// (container/container.go StartLogger). Checked on a real dockerd 20.10.24.

import { invalidParameter } from '../errors';
import type { DockerContainerRecord } from '../store/container-record';
import { goAtoi, goParseBool } from '../../go/strconv';
import { fromHumanSize } from '../../go/units-size';

/** HostConfig.LogConfig.Config: the --log-opt key=value pairs the container was created with. */
export function logOptionsOf(record: DockerContainerRecord): Record<string, string> {
  return logConfigOf(record).Config;
}

/** HostConfig.LogConfig: the driver and options the container was created with (daemon defaults merged in). */
export function logConfigOf(record: DockerContainerRecord): { Type: string; Config: Record<string, string> } {
  const log = (record.hostConfig as { LogConfig?: { Type?: string; Config?: Record<string, string> | null } }).LogConfig;
  return { Type: log?.Type || 'json-file', Config: (log?.Config ?? {}) as Record<string, string> };
}

const KNOWN = new Set(['max-file', 'max-size', 'compress', 'labels', 'labels-regex', 'env', 'env-regex', 'tag']);

/** ValidateLogOpt: 400 `unknown log opt 'k' for json-file log driver` (Go's map order: the first given). */
export function verifyJsonFileLogOpts(config: Readonly<Record<string, string>>): void {
  for (const key of Object.keys(config)) if (!KNOWN.has(key)) throw invalidParameter(`unknown log opt '${key}' for json-file log driver`);
}

export interface JsonFileSettings {
  /** Bytes a file may reach before the next entry rotates it; -1: no limit. */
  capacity: number;
  /** The current file and its rotated ones together (1: the file is truncated instead). */
  maxFiles: number;
  /** Rotated files are gzip'd (`<id>-json.log.1.gz`). */
  compress: boolean;
}

/** New's reading of the options; throws with its text (the start wraps it). */
export function jsonFileSettings(config: Readonly<Record<string, string>>): JsonFileSettings {
  let capacity = -1;
  const size = config['max-size'];
  if (size !== undefined) {
    capacity = fromHumanSize(size);
    if (capacity <= 0) throw new Error('max-size must be a positive number');
  }
  let maxFiles = 1;
  const files = config['max-file'];
  if (files !== undefined) {
    maxFiles = goAtoi(files);
    if (maxFiles < 1) throw new Error('max-file cannot be less than 1');
  }
  let compress = false;
  const gz = config.compress;
  if (gz !== undefined) {
    compress = goParseBool(gz);
    if (compress && (maxFiles === 1 || capacity === -1)) throw new Error('compress cannot be true when max-file is less than 2 or max-size is not set');
  }
  return { capacity, maxFiles, compress };
}
