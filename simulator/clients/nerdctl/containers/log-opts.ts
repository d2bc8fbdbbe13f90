// --log-opt for the json-file driver (parseKVStringsMapFromLogOpt in cmd/nerdctl/run.go,
// pkg/logging/json_logger.go@v0.22.2), read only with -d: deduplicated `key=value` pairs (a
// bare key is an empty value, the last of a key wins), max-file dropped without max-size,
// keys other than max-size/max-file (compared case-insensitively) only warned about. The map
// is stored in log-config.json; the logger reads it when the task starts and rotates by it
// (log-rotation-opts.ts): a bad max-size/max-file fails the logging process, not `nerdctl run`.

import type { NerdctlContext } from '../nerdctl-env';
import { dedupe } from './idgen-env';

const JSON_FILE_OPTS = ['max-size', 'max-file'];

/** The log options as nerdctl keeps them, warning about the keys json-file ignores. */
export function parseLogOpts(c: NerdctlContext): Map<string, string> {
  const opts = new Map<string, string>();
  for (const kv of dedupe(c.stringSlice('log-opt'))) {
    const eq = kv.indexOf('=');
    opts.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
  }
  if (!opts.has('max-size')) opts.delete('max-file');
  for (const key of opts.keys()) {
    if (!JSON_FILE_OPTS.some((k) => k.toLowerCase() === key.toLowerCase())) c.env.log.warn(`log-opt ${key} is ignored for json-file log driver`);
  }
  return opts;
}

/** json.Marshal of logging.LogConfig: the map's keys sorted, an empty one omitted, <>& escaped. */
export function logConfigJson(opts: ReadonlyMap<string, string>): string {
  const sorted = [...opts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = sorted.length === 0 ? '{"driver":"json-file"}' : JSON.stringify({ driver: 'json-file', opts: Object.fromEntries(sorted) });
  return body.replace(/[<>&]/g, (ch) => `\\u00${ch.charCodeAt(0).toString(16)}`);
}
