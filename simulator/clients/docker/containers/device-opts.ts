// The device flags of `docker run`/`create` as docker/cli 20.10.24 reads them: pflag's own
// checks while it parses (opts/throttledevice.go ValidateThrottleBpsDevice and
// ValidateThrottleIOpsDevice, opts/weightdevice.go ValidateWeightDevice, opts/gpus.go
// GpuOpts.Set, cli/command/container/opts.go validateDeviceCgroupRule, validateLink), and
// parse's later ones for --device (validateLinuxPath, parseLinuxDevice: `docker: <msg>.`).

import { ramInBytes } from '../../../go/units-size';
import { parseGpuCount, readCsvRecord } from '../../gpu-request';

/** container.DeviceMapping. */
export interface DeviceMapping {
  PathOnHost: string;
  PathInContainer: string;
  CgroupPermissions: string;
}

/** container.DeviceRequest, as --gpus makes it. */
export interface DeviceRequest {
  Driver: string;
  Count: number;
  DeviceIDs: string[] | null;
  Capabilities: string[][];
  Options: Record<string, string>;
}

/** The `<path>:<value>` split of the blkio validators; the error text or the parts. */
function devicePair(val: string): { error: string } | { path: string; value: string } {
  const colon = val.indexOf(':');
  if (colon < 0) return { error: `bad format: ${val}` };
  const path = val.slice(0, colon);
  if (!path.startsWith('/dev/')) return { error: `bad format for device path: ${val}` };
  return { path, value: val.slice(colon + 1) };
}

/** strconv.ParseUint(s, 10, bits) as a number, undefined when Go refuses it. */
function parseUint(s: string, max: number): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n > max ? undefined : n;
}

/** ValidateThrottleBpsDevice: `/dev/x:<size>` (units.RAMInBytes). */
export function checkThrottleBps(val: string): string | undefined {
  const pair = devicePair(val);
  if ('error' in pair) return pair.error;
  let rate: number;
  try {
    rate = ramInBytes(pair.value);
  } catch {
    rate = -1;
  }
  if (rate < 0) return `invalid rate for device: ${val}. The correct format is <device-path>:<number>[<unit>]. Number must be a positive integer. Unit is optional and can be kb, mb, or gb`;
  return undefined;
}

/** ValidateThrottleIOpsDevice: `/dev/x:<uint64>`. */
export function checkThrottleIops(val: string): string | undefined {
  const pair = devicePair(val);
  if ('error' in pair) return pair.error;
  if (parseUint(pair.value, Number.MAX_SAFE_INTEGER) === undefined) return `invalid rate for device: ${val}. The correct format is <device-path>:<number>. Number must be a positive integer`;
  return undefined;
}

/** ValidateWeightDevice: `/dev/x:<0 or 10..1000>`. */
export function checkWeightDevice(val: string): string | undefined {
  const pair = devicePair(val);
  if ('error' in pair) return pair.error;
  const weight = parseUint(pair.value, 0xffff);
  if (weight === undefined || (weight > 0 && (weight < 10 || weight > 1000))) return `invalid weight for device: ${val}`;
  return undefined;
}

/** The rate or weight a checked value carries (the part after the first colon). */
export function throttleEntry(val: string, kind: 'bps' | 'iops' | 'weight'): Record<string, unknown> {
  const colon = val.indexOf(':');
  const path = val.slice(0, colon);
  const raw = val.slice(colon + 1);
  if (kind === 'weight') return { Path: path, Weight: Number(raw) };
  return { Path: path, Rate: kind === 'bps' ? ramInBytes(raw) : Number(raw) };
}

const CGROUP_RULE = /^([acb]) ([0-9]+|\*):([0-9]+|\*) ([rwm]{1,3})$/;

/** validateDeviceCgroupRule. */
export function checkDeviceCgroupRule(val: string): string | undefined {
  return CGROUP_RULE.test(val) ? undefined : `invalid device cgroup format '${val}'`;
}

/** validateLink (opts.ParseLink): `name[:alias]`, and a name no empty part. */
export function checkLink(val: string): string | undefined {
  const parts = val.split(':');
  if (val === '' || parts.length > 2 || parts.some((p) => p === '')) return `bad format for links: ${val}`;
  return undefined;
}

/** validateAttach: the stream names, in any case. */
export function checkAttach(val: string): string | undefined {
  return ['stdin', 'stdout', 'stderr'].includes(val.toLowerCase()) ? undefined : 'valid streams are STDIN, STDOUT and STDERR';
}

/** GpuOpts.Set: one request from `all`, `2`, `count=…,driver=…,device=…,capabilities=…,options=…`. */
export function parseGpuRequest(value: string): DeviceRequest {
  const req: DeviceRequest = { Driver: '', Count: 0, DeviceIDs: null, Capabilities: [], Options: {} };
  const seen = new Set<string>();
  let capabilities: string[][] | undefined;
  for (const field of readCsvRecord(value)) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? field : field.slice(0, eq);
    if (seen.has(key)) throw new Error(`gpu request key '${key}' can be specified only once`);
    seen.add(key);
    if (eq < 0) {
      seen.add('count');
      req.Count = parseGpuCount(key);
      continue;
    }
    const v = field.slice(eq + 1);
    if (key === 'driver') req.Driver = v;
    else if (key === 'count') req.Count = parseGpuCount(v);
    else if (key === 'device') req.DeviceIDs = v.split(',');
    else if (key === 'capabilities') capabilities = [[...v.split(','), 'gpu']];
    else if (key === 'options') {
      let options: string[];
      try {
        options = readCsvRecord(v);
      } catch (err) {
        throw new Error(`failed to read gpu options: ${(err as Error).message}`);
      }
      for (const kv of options) {
        const i = kv.indexOf('=');
        req.Options[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? '' : kv.slice(i + 1);
      }
    } else throw new Error(`unexpected key '${key}' in '${field}'`);
  }
  if (!seen.has('count') && req.DeviceIDs === null) req.Count = 1;
  req.Capabilities = capabilities ?? [['gpu']];
  return req;
}

/** --gpus's pflag check. */
export function checkGpus(val: string): string | undefined {
  try {
    parseGpuRequest(val);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** validDeviceMode: r, w and m, each at most once. */
function validDeviceMode(mode: string): boolean {
  if (mode === '') return false;
  const left = new Set(['r', 'w', 'm']);
  for (const ch of mode) {
    if (!left.delete(ch)) return false;
  }
  return true;
}

/** validateLinuxPath then parseLinuxDevice: `src[:dst][:mode]`; throws parse's text. */
export function parseDevice(val: string): DeviceMapping {
  if ((val.match(/:/g) ?? []).length > 2 || val.split(':')[0] === '') throw new Error(`bad format for path: ${val}`);
  const split = val.split(':');
  let containerPath = split[0] ?? '';
  if (split.length === 2 && !validDeviceMode(split[1] ?? '')) containerPath = split[1] ?? '';
  if (split.length === 3) {
    containerPath = split[1] ?? '';
    if (!validDeviceMode(split[2] ?? '')) throw new Error(`bad mode specified: ${split[2]}`);
  }
  if (!containerPath.startsWith('/')) throw new Error(`${containerPath} is not an absolute path`);
  const src = split[0] ?? '';
  let dst = '';
  let permissions = 'rwm';
  if (split.length === 3) permissions = split[2] ?? permissions;
  if (split.length >= 2) {
    if (validDeviceMode(split[1] ?? '')) permissions = split[1] ?? permissions;
    else dst = split[1] ?? '';
  }
  return { PathOnHost: src, PathInContainer: cleanPath(dst === '' ? src : dst), CgroupPermissions: permissions };
}

/** path.Clean for an absolute path. */
function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
