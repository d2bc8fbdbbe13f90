// What the pod network takes from the node's CNI config (the file go-cni loads: the first
// .conf/.conflist/.json of /etc/cni/net.d by name): the bridge's name and the host-local
// range (ipam.ranges[0][0] or ipam.subnet, its gateway or the range's first address) and
// routes. A file that does not say (or does not parse) gives containerd's own default network
// (10-containerd-net.conflist: bridge cni0 on 10.88.0.0/16).

import { binaryToText, isVfsError, readdir, readFile, type Files } from '../../host/vfs';

const CONF_DIR = '/etc/cni/net.d';
const CONF_EXTENSIONS = ['.conf', '.conflist', '.json'];

export interface PodNetworkConfig {
  bridge: string;
  /** The range as integers: first and last usable host, gateway. */
  network: number;
  prefix: number;
  gateway: number;
  routes: Array<{ dst: string }>;
}

const DEFAULT: PodNetworkConfig = { bridge: 'cni0', network: ipToInt('10.88.0.0'), prefix: 16, gateway: ipToInt('10.88.0.1'), routes: [{ dst: '0.0.0.0/0' }] };

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + (Number(part) & 255), 0) >>> 0;
}

export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

function firstConfFile(files: Files): string | undefined {
  try {
    return readdir(files, CONF_DIR)
      .filter((name) => CONF_EXTENSIONS.some((ext) => name.endsWith(ext)))
      .sort()[0];
  } catch (err) {
    if (isVfsError(err)) return undefined;
    throw err;
  }
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);

function fromPlugin(plugin: Json): PodNetworkConfig | undefined {
  const ipam = obj(plugin.ipam);
  if (!ipam) return undefined;
  const ranges = Array.isArray(ipam.ranges) ? ipam.ranges : [];
  const firstSet = Array.isArray(ranges[0]) ? ranges[0] : [];
  const range = obj(firstSet[0]) ?? ipam;
  const subnet = typeof range.subnet === 'string' ? range.subnet : undefined;
  const m = subnet ? /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(subnet) : null;
  if (!m) return undefined;
  const prefix = Math.min(30, Math.max(8, Number(m[2])));
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const network = (ipToInt(m[1] ?? '') & mask) >>> 0;
  const gateway = typeof range.gateway === 'string' ? ipToInt(range.gateway) : network + 1;
  const routes = (Array.isArray(ipam.routes) ? ipam.routes : []).map(obj).filter((r): r is Json => !!r && typeof r.dst === 'string').map((r) => ({ dst: String(r.dst) }));
  return { bridge: typeof plugin.bridge === 'string' ? plugin.bridge : 'cni0', network, prefix, gateway, routes };
}

/**
 * What each config text says, by its bytes: a pod start asks two or three times, and the
 * file rarely changes; a changed file is a new key. Callers never change what they get.
 */
const byText = new Map<string, PodNetworkConfig>();
const BY_TEXT_KEPT = 64;

export function podNetworkConfig(files: Files): PodNetworkConfig {
  const name = firstConfFile(files);
  if (!name) return DEFAULT;
  let text: string;
  try {
    text = readFile(files, `${CONF_DIR}/${name}`);
  } catch {
    return DEFAULT;
  }
  let known = byText.get(text);
  if (!known) {
    known = fromText(text);
    if (byText.size >= BY_TEXT_KEPT) byText.clear();
    byText.set(text, known);
  }
  return known;
}

function fromText(text: string): PodNetworkConfig {
  let parsed: Json | undefined;
  try {
    parsed = obj(JSON.parse(binaryToText(text)));
  } catch {
    return DEFAULT;
  }
  if (!parsed) return DEFAULT;
  const plugins = Array.isArray(parsed.plugins) ? parsed.plugins.map(obj).filter((p): p is Json => !!p) : [parsed];
  for (const plugin of plugins) {
    const found = fromPlugin(plugin);
    if (found) return found;
  }
  return DEFAULT;
}
