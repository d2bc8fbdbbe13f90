// GET /containers/json?filters=… (moby 20.10 daemon/list.go foldFilter and
// includeContainerInList, api/types/filters/parse.go): the keys docker ps accepts, the values
// checked before any container is looked at, and each container matched. Values of one key
// are alternatives, different keys must all match. Wording checked against a private real
// dockerd 20.10.24 (`docker ps -f bad=1`, `-f status=nope`, `-f exited=x`, `-f health=foo`,
// `-f is-task=x`, `-f since=nosuch`).

import type { Node } from '../../node';
import { invalidParameter, notFound } from '../errors';
import { findImage } from '../images/lookup';
import { networkSettingsOf } from '../network/endpoints';
import type { DockerContainerRecord } from '../store/container-record';
import { findContainer } from './lookup';

/** acceptedPsFilterTags (daemon/list.go). */
const ACCEPTED = new Set(['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'label', 'name', 'status', 'publish', 'since', 'volume', 'network', 'is-task']);
/** container.IsValidStateString. */
const STATES = new Set(['paused', 'restarting', 'removing', 'running', 'dead', 'created', 'exited']);
/** types.Starting/Healthy/Unhealthy/NoHealthcheck. */
const HEALTH = new Set(['starting', 'healthy', 'unhealthy', 'none']);

/** filters.Args: key → its values, in the order given. */
export type PsFilters = Map<string, string[]>;

/** What foldFilter made of the filters: the checks per container and the list bounds. */
export interface FoldedFilters {
  /** status/exited filters list stopped containers too (config.All = true). */
  all: boolean;
  before?: DockerContainerRecord;
  since?: DockerContainerRecord;
  /** name, id and label: checked before the before/since/limit bounds. */
  matchesFirst(c: DockerContainerRecord): boolean;
  /** The rest, checked after them (includeContainerInList's order). */
  matchesRest(c: DockerContainerRecord): boolean;
}

/** filters.Args.Match: a value is a regular expression searched in the source. */
function regexMatch(values: readonly string[] | undefined, source: string): boolean {
  if (values === undefined || values.length === 0) return true;
  return values.some((v) => {
    try {
      return new RegExp(v).test(source);
    } catch {
      return false;
    }
  });
}

/** filters.Args.MatchKVList: every `k` present, every `k=v` equal. */
export function matchLabels(values: readonly string[] | undefined, labels: Record<string, string>): boolean {
  if (values === undefined || values.length === 0) return true;
  return values.every((v) => {
    const eq = v.indexOf('=');
    if (eq < 0) return Object.hasOwn(labels, v);
    const key = v.slice(0, eq);
    return Object.hasOwn(labels, key) && labels[key] === v.slice(eq + 1);
  });
}

function lookupByIdOrName(node: Node, typed: string): DockerContainerRecord {
  try {
    return findContainer(node, typed);
  } catch {
    // daemon/list.go words GetContainer's failure for before/since as `no such container x`.
    throw notFound(`no such container ${typed}`);
  }
}

/** The names of the networks a container is on (network/endpoints.ts), sorted. */
export function networkNamesOf(node: Node, c: DockerContainerRecord): string[] {
  return Object.keys(networkSettingsOf(node, c).Networks).sort();
}

function portKeys(record: Record<string, unknown> | undefined): string[] {
  return record ? Object.keys(record) : [];
}

/** `80`, `80/tcp`, `8000-8080/udp` → does it name port/proto? */
function portMatches(filter: string, port: number, proto: string): boolean {
  const [range = '', p = 'tcp'] = filter.split('/');
  const [lo = '', hi = lo] = range.split('-');
  return p === proto && port >= Number(lo) && port <= Number(hi);
}

function matchPorts(values: readonly string[] | undefined, ports: Array<[number, string]>): boolean {
  if (values === undefined || values.length === 0) return true;
  return values.some((v) => ports.some(([port, proto]) => portMatches(v, port, proto)));
}

/**
 * expose and publish see the ports of a container that runs only: a created or exited one
 * with --expose 80 or -p 8080:80 matches neither on a real 20.10.24 (its ports live in
 * NetworkSettings, filled at start and emptied at the exit).
 */
function hasLivePorts(c: DockerContainerRecord): boolean {
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}

function exposedPorts(c: DockerContainerRecord): Array<[number, string]> {
  if (!hasLivePorts(c)) return [];
  const exposed = [...portKeys(c.config.ExposedPorts as Record<string, unknown> | undefined), ...portKeys(c.hostConfig.PortBindings as Record<string, unknown> | undefined)];
  return exposed.map((k) => {
    const [port = '0', proto = 'tcp'] = k.split('/');
    return [Number(port), proto];
  });
}

function publishedPorts(c: DockerContainerRecord): Array<[number, string]> {
  if (!hasLivePorts(c)) return [];
  const bindings = (c.hostConfig.PortBindings ?? {}) as Record<string, Array<{ HostPort?: string }> | null>;
  const out: Array<[number, string]> = [];
  for (const [key, list] of Object.entries(bindings)) {
    const proto = key.split('/')[1] ?? 'tcp';
    for (const b of list ?? []) if (b.HostPort) out.push([Number(b.HostPort), proto]);
  }
  return out;
}

function volumeSources(c: DockerContainerRecord): string[] {
  const mounts = (c as { mounts?: Array<{ Name?: string; Source?: string; Destination?: string }> }).mounts ?? [];
  return mounts.flatMap((m) => [m.Name ?? '', m.Source ?? '', m.Destination ?? '']).filter((s) => s !== '');
}

/** strconv.ParseUint(s, 10, 16)'s error, or undefined. */
function parseUint16Error(s: string): string | undefined {
  if (!/^\d+$/.test(s)) return `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`;
  if (Number(s) > 65535) return `strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`;
  return undefined;
}

/** list.go portOp: `port[-end][/proto]` through nat.ParsePortRange; its error as the daemon words it. */
function checkPortFilter(key: string, value: string): void {
  if (value.includes(':')) throw invalidParameter(`filter for '${key}' should not contain ':': ${value}`);
  const port = value.split('/')[0] ?? '';
  const fail = (why: string) => invalidParameter(`error while looking up for ${key} ${value}: ${why}`);
  if (port === '') throw fail('Empty string specified for ports.');
  const [lo = '', hi] = port.split('-');
  const err = parseUint16Error(lo) ?? (hi === undefined ? undefined : parseUint16Error(hi));
  if (err !== undefined) throw fail(err);
  if (hi !== undefined && Number(hi) < Number(lo)) throw fail(`Invalid range specified for the Port: ${port}`);
}

/** foldFilter: checks every value (errors as dockerd words them) and prepares the matchers. */
export function foldFilters(node: Node, filters: PsFilters): FoldedFilters {
  for (const key of filters.keys()) if (!ACCEPTED.has(key)) throw invalidParameter(`Invalid filter '${key}'`);
  const get = (k: string) => filters.get(k);
  let all = false;
  const exited: number[] = [];
  for (const v of get('exited') ?? []) {
    if (!/^[+-]?\d+$/.test(v)) throw invalidParameter(`strconv.Atoi: parsing "${v}": invalid syntax`);
    exited.push(Number(v));
    all = true;
  }
  for (const v of get('status') ?? []) {
    if (!STATES.has(v)) throw invalidParameter(`Invalid filter 'status=${v}'`);
    all = true;
  }
  for (const v of get('health') ?? []) if (!HEALTH.has(v)) throw invalidParameter(`Unrecognised filter value for health: ${v}`);
  const isTask = get('is-task');
  if (isTask && !isTask.every((v) => v === 'true' || v === 'false')) throw invalidParameter(`Invalid filter 'is-task=[${isTask.join(' ')}]'`);
  let before: DockerContainerRecord | undefined;
  for (const v of get('before') ?? []) before = lookupByIdOrName(node, v);
  let since: DockerContainerRecord | undefined;
  for (const v of get('since') ?? []) since = lookupByIdOrName(node, v);
  // ancestor: images that cannot be found are ignored (logged by the daemon); with none found, nothing matches.
  const ancestors = get('ancestor');
  const imageIds = new Set<string>();
  for (const v of ancestors ?? []) {
    try {
      imageIds.add(findImage(node, v).id);
    } catch {
      // daemon/list.go: `Error while looking up for image` is only a warning.
    }
  }
  for (const key of ['publish', 'expose']) for (const v of get(key) ?? []) checkPortFilter(key, v);
  const matchesFirst = (c: DockerContainerRecord): boolean => {
    // Checked on a real 20.10.24: `name=^b1$` and `name=^/b1$` both find /b1.
    const names = get('name');
    if (names && !regexMatch(names, `/${c.name}`) && !regexMatch(names, c.name)) return false;
    if (!regexMatch(get('id'), c.id)) return false;
    return matchLabels(get('label'), (c.config.Labels ?? {}) as Record<string, string>);
  };
  const matchesRest = (c: DockerContainerRecord): boolean => {
    // list.go: an exit code counts only for a container that has run (StartedAt not zero), so a
    // created one's 0 is no exit.
    const started = c.state.startedAt !== undefined && !c.state.startedAt.startsWith('0001-');
    if (exited.length > 0 && (c.state.status === 'running' || c.state.status === 'paused' || !started || !exited.includes(c.state.exitCode))) return false;
    const status = get('status');
    if (status && !status.includes(c.state.status)) return false;
    if (ancestors && !imageIds.has(c.imageId)) return false;
    // State.Health's status, `none` without a health check (types.NoHealthcheck).
    const health = get('health');
    if (health && !health.includes(c.health?.status ?? 'none')) return false;
    if (isTask && !isTask.includes('false')) return false;
    const volume = get('volume');
    if (volume && !volume.some((v) => volumeSources(c).includes(v))) return false;
    const network = get('network');
    if (network && !network.some((n) => networkNamesOf(node, c).includes(n))) return false;
    if (!matchPorts(get('publish'), publishedPorts(c))) return false;
    if (!matchPorts(get('expose'), exposedPorts(c))) return false;
    return true;
  };
  return { all, before, since, matchesFirst, matchesRest };
}
