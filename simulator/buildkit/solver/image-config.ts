// The image a build produces, as dockerfile2llb's Image and the exporter write it: the run
// config in docker's field order (dockerfile2llb/image.go@v0.10.4 ImageConfig), history with
// `# buildkit` commits, and the exporter's patch (exporter/containerimage/writer.go
// patchImageConfig): rootfs and history set, `created` from the last history item, then the
// whole object re-marshalled from a map — so its top-level keys come out sorted.

import type { OciImageConfig } from '../../oci/documents';

interface HealthConfig {
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

/** The runtime config with every key dockerfile2llb knows. */
interface RunConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  Healthcheck?: HealthConfig;
  ArgsEscaped?: boolean;
  OnBuild?: string[];
  Shell?: string[];
}

interface HistoryItem {
  createdMs?: number;
  /** Kept as the base image wrote it (its exact time text). */
  createdText?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface ImageModel {
  architecture: string;
  os: string;
  variant?: string;
  config: RunConfig;
  history: HistoryItem[];
}

/** Go's time.Time RFC3339Nano in UTC (trailing zeros of the fraction dropped). */
function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.(\d*?)0*Z$/, (_, f: string) => (f === '' ? 'Z' : `.${f}Z`));
}

/** The base image's config as dockerfile2llb reads it (clone of its Image). */
export function imageFromBase(base: OciImageConfig): ImageModel {
  const c = (base.config ?? {}) as RunConfig;
  return {
    architecture: base.architecture,
    os: base.os,
    ...(base.variant ? { variant: base.variant } : {}),
    config: JSON.parse(JSON.stringify(c)) as RunConfig,
    history: (base.history ?? []).map((h) => ({ ...h, createdText: h.created })),
  };
}

export function emptyImage(architecture: string, os: string): ImageModel {
  return { architecture, os, config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] }, history: [] };
}

const CONFIG_KEYS: Array<keyof RunConfig> = [
  'User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal',
  'Healthcheck', 'ArgsEscaped', 'OnBuild', 'Shell',
];

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

function sortedObject(o: Record<string, unknown>): string {
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(o[k])}`).join(',')}}`;
}

function runConfigJson(c: RunConfig): string {
  const parts: string[] = [];
  for (const key of CONFIG_KEYS) {
    const v = c[key];
    if (isEmpty(v)) continue;
    let text: string;
    if (key === 'ExposedPorts' || key === 'Volumes' || key === 'Labels') text = sortedObject(v as Record<string, unknown>);
    else if (key === 'Healthcheck') {
      const h = v as HealthConfig;
      const fields: string[] = [`"Test":${JSON.stringify(h.Test)}`];
      if (h.Interval) fields.push(`"Interval":${h.Interval}`);
      if (h.Timeout) fields.push(`"Timeout":${h.Timeout}`);
      if (h.StartPeriod) fields.push(`"StartPeriod":${h.StartPeriod}`);
      if (h.Retries) fields.push(`"Retries":${h.Retries}`);
      text = `{${fields.join(',')}}`;
    } else text = JSON.stringify(v);
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

function historyJson(h: HistoryItem): string {
  const parts: string[] = [];
  const created = h.createdText ?? (h.createdMs !== undefined ? rfc3339Nano(h.createdMs) : undefined);
  if (created) parts.push(`"created":${JSON.stringify(created)}`);
  if (h.created_by) parts.push(`"created_by":${JSON.stringify(h.created_by)}`);
  if (h.comment) parts.push(`"comment":${JSON.stringify(h.comment)}`);
  if (h.empty_layer) parts.push(`"empty_layer":true`);
  return `{${parts.join(',')}}`;
}

/**
 * The config blob's text. `layerTimes` are the creation times of the layers the build added
 * (in order): normalizeLayersAndHistory gives each new history item without a time the first
 * new layer's time, then the time of the layer before it.
 */
export function imageConfigJson(image: ImageModel, diffIds: readonly string[], baseHistoryCount: number, layerTimes: readonly number[], buildInfo?: string): string {
  const history = image.history.map((h) => ({ ...h }));
  let layerIndex = 0;
  let created: number | undefined = layerTimes[0];
  for (let i = baseHistoryCount; i < history.length; i++) {
    const h = history[i] as HistoryItem;
    if (!h.empty_layer) {
      const t = layerTimes[layerIndex++];
      if (t !== undefined) created = t;
    }
    if (h.createdMs === undefined && h.createdText === undefined && created !== undefined) h.createdMs = created;
  }
  const last = [...history].reverse().find((h) => h.createdMs !== undefined || h.createdText !== undefined);
  const top: Record<string, string> = {
    architecture: JSON.stringify(image.architecture),
    config: runConfigJson(image.config),
    history: `[${history.map(historyJson).join(',')}]`,
    os: JSON.stringify(image.os),
    rootfs: `{"type":"layers","diff_ids":${JSON.stringify(diffIds)}}`,
  };
  top.created = last ? JSON.stringify(last.createdText ?? rfc3339Nano(last.createdMs ?? 0)) : 'null';
  if (image.variant) top.variant = JSON.stringify(image.variant);
  if (buildInfo !== undefined) top['moby.buildkit.buildinfo.v1'] = JSON.stringify(buildInfo);
  return `{${Object.keys(top).sort().map((k) => `${JSON.stringify(k)}:${top[k]}`).join(',')}}`;
}
