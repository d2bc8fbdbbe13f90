// What may differ between the real CRI plugin's answers and the simulator's, and nothing more:
// the ids it makes up (bound to names by the scenario), nanosecond times, PIDs, resource
// counters, and the private daemon's directories (mapped back to a stock node's paths, which
// is what the simulator shows). Everything else — states, exit codes, reasons, labels,
// annotations, verbose info, error codes and texts — must be equal.

import { normaliseOutput } from '../normalise';
import { PREFIX_LENGTH } from './scenario';

/** The private daemon's paths and the stock node's paths they stand for. */
export interface NodePaths {
  dir: string;
}

const TIME_KEYS = new Set(['createdAt', 'startedAt', 'finishedAt', 'timestamp']);
// Counters the kernel decides (stats, filesystem usage): only whether they are there is compared.
const COUNTER_PARENTS = new Set([
  'usageCoreNanoSeconds', 'usageNanoCores', 'workingSetBytes', 'availableBytes', 'usageBytes', 'rssBytes',
  'pageFaults', 'majorPageFaults', 'usedBytes', 'inodesUsed', 'processCount',
]);

const LISTS = new Set(['items', 'containers', 'images', 'stats']);
const sortKey = (v: unknown) => {
  const o = v as { id?: string; attributes?: { id?: string } };
  return o.id ?? o.attributes?.id ?? JSON.stringify(v);
};

export class Normaliser {
  private readonly ids: [string, string][] = [];
  private unbound = 0;

  constructor(private readonly paths: NodePaths) {}

  bind(name: string, id: string): void {
    this.ids.push([id, `<${name}>`]);
    // Steps may name the id by its short prefix ($name[13]); the full id is replaced first.
    this.ids.push([id.slice(0, PREFIX_LENGTH), `<${name}[13]>`]);
  }

  text(s: string): string {
    const { dir } = this.paths;
    let out = s
      .replaceAll(`${dir}/root`, '/var/lib/containerd')
      .replaceAll(`${dir}/state`, '/run/containerd')
      .replaceAll(`${dir}/containerd.sock`, '/run/containerd/containerd.sock')
      .replaceAll(`${dir}/cni/bin`, '/opt/cni/bin')
      .replaceAll(`${dir}/cni/ipam`, '/var/lib/cni/networks')
      .replaceAll(`${dir}/cni/net.d`, '/etc/cni/net.d')
      .replace(/\/proc\/\d+\//g, '/proc/<pid>/')
      // the daemon's temporary mount of a new container's snapshot (oci.WithUser's lookup)
      .replace(/\/var\/lib\/containerd\/tmpmounts\/containerd-mount\d+/g, '/var/lib/containerd/tmpmounts/containerd-mountN')
      // what CNI makes up for a pod: MAC addresses and the host end's veth name
      .replace(/\b(?!00:00:00:00:00:00)[0-9a-f]{2}(:[0-9a-f]{2}){5}\b/g, '<mac>')
      .replace(/\bveth[0-9a-f]{8}\b/g, '<veth>')
      // the streaming server's port and one-time tokens
      .replace(/http:\/\/127\.0\.0\.1:\d+\/(exec|attach|portforward)\/[A-Za-z0-9_-]+/g, 'http://127.0.0.1:<port>/$1/<token>');
    for (const [id, name] of this.ids) out = out.replaceAll(id, name);
    // Ids nobody bound (an exec's, a sandbox whose RunPodSandbox failed) are named in order of
    // appearance; digests (`sha256:<hex>`, blob paths) are facts and stay.
    return out.replace(/(?<!sha256[:/])\b[0-9a-f]{64}\b/g, (id) => {
      const name = `<id${++this.unbound}>`;
      this.ids.push([id, name]);
      return name;
    });
  }

  /** A ctr line's output: ctr's own normalisation, then ids (tables re-spaced, ids change width). */
  ctrOutput(cmd: string, s: string): string {
    // `ctr containers info` shows CRI's metadata extension as base64 JSON, which holds ids, pids
    // and times: compare it decoded.
    const decoded = s.replace(/"value": "([A-Za-z0-9+/]{40,}={0,2})"/g, (_, b64: string) =>
      `"value": base64(${Buffer.from(b64, 'base64').toString('utf8')})`);
    const out = this.text(normaliseOutput(cmd, decoded))
      .replace(/"Pid":\d+/g, '"Pid":"<pid>"')
      .replace(/"oomScoreAdj": -?\d+/g, '"oomScoreAdj": "<oomScoreAdj>"'); // see info() below
    if (!/\b(ls|list)\b/.test(cmd) || !this.ids.some(([, name]) => out.includes(name))) return out;
    // Table columns are as wide as the ids in them, and the names are shorter.
    const spaced = out.replace(/ {2,}/g, '  ');
    // Listings are in id order, and the two nodes' ids differ: compare the rows as a set.
    const [head = '', ...rows] = spaced.split('\n');
    const last = rows.pop() ?? '';
    return [head, ...rows.sort(), last].join('\n');
  }

  /** A canonical CRI response; `info` values (JSON text) are parsed so fixtures stay readable. */
  response(value: unknown, key = ''): unknown {
    if (typeof value === 'string') {
      if (TIME_KEYS.has(key) && value !== '0') return '<time>';
      return this.text(normaliseOutput('', value));
    }
    if (Array.isArray(value)) {
      const items = value.map((v) => this.response(v, key));
      // The plugin lists from in-memory maps, in no fixed order.
      return LISTS.has(key) ? items.sort((a, b) => sortKey(a).localeCompare(sortKey(b))) : items;
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (key === 'info' && typeof v === 'string') out[k] = this.info(v);
        // The plugin's snapshot usage syncer (every 10 s) stamps a writable layer's usage: before
        // its first pass after the container was made the stamp is 0, a race on a loaded machine.
        else if (key === 'writableLayer' && k === 'timestamp') out[k] = '<usage time or 0>';
        else if (COUNTER_PARENTS.has(key) && k === 'value') out[k] = '<n>';
        else out[k] = this.response(v, k);
      }
      return out;
    }
    return value;
  }

  private info(json: string): unknown {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return this.text(json);
    }
    return this.infoValue(parsed, '');
  }

  private infoValue(value: unknown, key: string): unknown {
    if (key === 'pid' && typeof value === 'number') return value === 0 ? 0 : '<pid>';
    // The oracle's daemon runs with restrict_oom_score_adj (its machine lacks CAP_SYS_RESOURCE),
    // so the pause container gets 0 there instead of a stock node's -998.
    if (key === 'oomScoreAdj' && typeof value === 'number') return '<oomScoreAdj>';
    if (key === 'restrictOOMScoreAdj') return '<restrictOOMScoreAdj>';
    if (typeof value === 'string') return this.text(normaliseOutput('', value));
    if (Array.isArray(value)) return value.map((v) => this.infoValue(v, key));
    if (value && typeof value === 'object') {
      // Keys too: CNI's result is keyed by interface names.
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.infoValue(v, k)]));
    }
    return value;
  }
}

/**
 * A CRI log file with its lines grouped by stream, each stream's lines in their order. The
 * plugin copies stdout and stderr from two pipes in two goroutines, so which of two lines
 * printed close together reaches the file first is a race on the real node (pod-lifecycle's
 * `echo hello; echo oops >&2` has been recorded both ways); within one stream order is kept.
 */
export function logLinesByStream(file: string): string {
  const lines = file.split('\n');
  const last = lines.pop() ?? '';
  const stream = (line: string) => (/^\S+ stderr /.test(line) ? 1 : 0);
  const ordered = lines.map((line, i) => ({ line, i })).sort((a, b) => stream(a.line) - stream(b.line) || a.i - b.i);
  return [...ordered.map((x) => x.line), last].join('\n');
}
