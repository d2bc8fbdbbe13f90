// The CRI plugin's view of the node's CNI configuration (containerd 1.6.20
// pkg/cri/server/service_linux.go:60-96 and go-cni v1.1.x): it loads the loopback network, then
// the first config file in /etc/cni/net.d (.conf, .conflist, .json, by name). Until a file is
// there, the load fails and the network is not ready; the loopback network is still listed.

import { binaryToText, isVfsError, readdir, readFile, type Files } from '../../host/vfs';

const CNI_CONF_DIR = '/etc/cni/net.d';
const CNI_BIN_DIR = '/opt/cni/bin';
const CNI_EXTENSIONS = ['.conf', '.conflist', '.json'];

/** go-cni's ErrCNINotInitialized inside libcni.Load's wrapping (cni.go Load, opts.go WithDefaultConf). */
const LOAD_FAILED = `cni config load failed: no network config found in ${CNI_CONF_DIR}: cni plugin not initialized: failed to load cni config`;

/** go-cni's loopback network (opts.go loopbackNetworkConfig) as GetConfig reports it. */
const LOOPBACK_NETWORK = {
  Config: {
    Name: 'cni-loopback',
    CNIVersion: '0.3.1',
    Plugins: [{ Network: { type: 'loopback', ipam: {}, dns: {} }, Source: '{"type":"loopback"}' }],
    Source: '{\n"cniVersion": "0.3.1",\n"name": "cni-loopback",\n"plugins": [{\n  "type": "loopback"\n}]\n}',
  },
  IFName: 'lo',
};

export interface CniStatus {
  /** netPlugin.Status(): undefined when ready, else its error text. */
  notReady?: string;
  /** h.lastStatus(): "OK" or the last load error. */
  lastLoadStatus: string;
  /** netPlugin.GetConfig() as encoding/json writes it. */
  config: object;
}

function confFiles(files: Files): string[] {
  try {
    return readdir(files, CNI_CONF_DIR)
      .filter((name) => CNI_EXTENSIONS.some((ext) => name.endsWith(ext)))
      .sort();
  } catch (err) {
    if (isVfsError(err)) return [];
    throw err;
  }
}

/** go-cni's ErrCNINotInitialized, what Status() answers until a config file loads. */
const NOT_INITIALIZED = 'cni plugin not initialized';

/** netPlugin.Status() alone (cniStatus's notReady), without building the config it reports. */
export function cniNotReadyText(files: Files): string | undefined {
  return confFiles(files).length === 0 ? NOT_INITIALIZED : undefined;
}

export function cniStatus(files: Files): CniStatus {
  const found = confFiles(files);
  const base = { PluginDirs: [CNI_BIN_DIR], PluginConfDir: CNI_CONF_DIR, PluginMaxConfNum: 1, Prefix: 'eth' };
  if (found.length === 0) {
    return { notReady: NOT_INITIALIZED, lastLoadStatus: LOAD_FAILED, config: { ...base, Networks: [LOOPBACK_NETWORK] } };
  }
  const network = loadedNetwork(files, `${CNI_CONF_DIR}/${found[0]}`);
  return { lastLoadStatus: 'OK', config: { ...base, Networks: network ? [LOOPBACK_NETWORK, network] : [LOOPBACK_NETWORK] } };
}

type Json = Record<string, unknown>;

/** encoding/json of a decoded value: object keys sorted, compact. */
function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Json;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** libcni's types.NetConf as encoding/json writes it (omitempty fields left out, ipam and dns always). */
function netConf(raw: Json): Json {
  const out: Json = {};
  if (typeof raw.cniVersion === 'string' && raw.cniVersion) out.cniVersion = raw.cniVersion;
  if (typeof raw.name === 'string' && raw.name) out.name = raw.name;
  if (typeof raw.type === 'string' && raw.type) out.type = raw.type;
  if (raw.capabilities && typeof raw.capabilities === 'object' && Object.keys(raw.capabilities).length > 0) {
    out.capabilities = JSON.parse(sortedJson(raw.capabilities)) as unknown;
  }
  const ipam = (raw.ipam && typeof raw.ipam === 'object' ? raw.ipam : {}) as Json;
  out.ipam = typeof ipam.type === 'string' && ipam.type ? { type: ipam.type } : {};
  const dns = (raw.dns && typeof raw.dns === 'object' ? raw.dns : {}) as Json;
  const dnsOut: Json = {};
  for (const key of ['nameservers', 'domain', 'search', 'options']) {
    const v = dns[key];
    if ((Array.isArray(v) && v.length > 0) || (typeof v === 'string' && v)) dnsOut[key] = v;
  }
  out.dns = dnsOut;
  return out;
}

/**
 * The default network go-cni loaded from `path` (libcni ConfListFromFile / ConfFromFile), as
 * GetConfig lists it, or undefined when the file does not parse. A single-plugin .conf is
 * wrapped into a list as libcni's ConfListFromConf does.
 */
function loadedNetwork(files: Files, path: string): object | undefined {
  let text: string;
  let raw: Json;
  try {
    text = binaryToText(readFile(files, path));
    raw = JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const isList = path.endsWith('.conflist');
  const plugins = isList ? (Array.isArray(raw.plugins) ? (raw.plugins as Json[]) : []) : [raw];
  const list = {
    Name: typeof raw.name === 'string' ? raw.name : '',
    CNIVersion: typeof raw.cniVersion === 'string' ? raw.cniVersion : '',
    Plugins: plugins.map((p) => ({ Network: netConf(p), Source: sortedJson(p) })),
    Source: isList ? text : sortedJson({ cniVersion: raw.cniVersion, name: raw.name, plugins: [raw] }),
  };
  return { Config: list, IFName: 'eth0' };
}
