// The extra attributes a json-file log line carries (moby v20.10.24 daemon/logger/loginfo.go
// ExtraAttributes): the container's labels named by --log-opt labels=a,b and its environment
// variables named by env=A,B, those it has. `docker logs --details` prints them before each line
// as the API writes them (api/server/httputils/write_log_stream.go attrsByteSlice): sorted by
// key, each `key=value` query-escaped, joined by commas.

import type { DockerContainerRecord } from '../store/container-record';
import { logOptionsOf } from '../runtime/json-log-options';

export function logAttributes(record: DockerContainerRecord): Record<string, string> {
  const opts = logOptionsOf(record);
  const config = record.config as { Labels?: Record<string, string>; Env?: string[] };
  const out: Record<string, string> = {};
  for (const name of (opts.labels ?? '').split(',')) {
    if (name !== '' && Object.hasOwn(config.Labels ?? {}, name)) out[name] = config.Labels?.[name] ?? '';
  }
  const env = new Map<string, string>();
  for (const e of config.Env ?? []) {
    const i = e.indexOf('=');
    if (i >= 0) env.set(e.slice(0, i), e.slice(i + 1));
  }
  for (const name of (opts.env ?? '').split(',')) {
    const value = env.get(name);
    if (name !== '' && value !== undefined) out[name] = value;
  }
  return out;
}

/** url.QueryEscape, as Go writes it (space as +). */
function queryEscape(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+').replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** attrsByteSlice: `k=v,k=v` sorted by key (bytewise); '' without attributes. */
export function detailsPrefix(attrs: Record<string, string>): string {
  return Object.keys(attrs)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => `${queryEscape(k)}=${queryEscape(attrs[k] ?? '')}`)
    .join(',');
}
