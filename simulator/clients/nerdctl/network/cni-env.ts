// nerdctl's CNIEnv (containerd/nerdctl@v0.22.2 pkg/netutil/netutil.go): every network command
// first makes the config directory, writes the default network `bridge`
// (nerdctl-bridge.conflist) when it is missing, then loads every .conf, .conflist and .json
// file of the directory, sorted by path — also networks nerdctl did not make, such as
// containerd's 10-containerd-net.conflist (no nerdctlID: listed with an empty ID).

import * as vfs from '../../../host/vfs';
import type { Node } from '../../../node';
import type { NerdctlContext } from '../nerdctl-env';
import { globalOptions } from '../nerdctl-env';
import { createNetworkConfig, DEFAULT_CIDR, DEFAULT_NETWORK_NAME } from './create-network';
import { type CniEnv, type NetworkConfig, networkFile } from './network-config';

export type { CniEnv, NetworkConfig } from './network-config';

type Json = Record<string, unknown>;

const EXTENSIONS = ['.conf', '.conflist', '.json'];

/** What Go's json.Unmarshal says about text that is not a JSON object (the common cases). */
function goJsonError(text: string): string {
  const first = text.trim()[0];
  if (first === undefined) return 'unexpected end of JSON input';
  if (first !== '{' && first !== '[') return `invalid character '${first}' looking for beginning of value`;
  return 'unexpected end of JSON input';
}

function parseObject(text: string, what: string): Json {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`error parsing ${what}: ${goJsonError(text)}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`error parsing ${what}: json: cannot unmarshal ${Array.isArray(parsed) ? 'array' : typeof parsed} into Go value of type map[string]interface {}`);
  }
  return parsed as Json;
}

/** libcni.ConfListFromBytes / ConfFromBytes + ConfListFromConf. */
function loadFile(node: Node, file: string): NetworkConfig {
  const text = vfs.binaryToText(vfs.readFile(node.state.host.files, file));
  let list: Json;
  let bytes = text;
  if (file.endsWith('.conflist')) {
    list = parseObject(text, 'configuration list');
    if (typeof list.name !== 'string' || list.name === '') throw new Error('error parsing configuration list: no name');
    if (!Array.isArray(list.plugins)) throw new Error("error parsing configuration list: no 'plugins' key");
  } else {
    const conf = parseObject(text, 'configuration');
    if (typeof conf.type !== 'string' || conf.type === '') throw new Error("error parsing configuration: missing 'type'");
    list = { cniVersion: conf.cniVersion ?? '', name: conf.name ?? '', plugins: [conf] };
    bytes = JSON.stringify(list);
  }
  const config: NetworkConfig = { name: String(list.name), bytes, plugins: (list.plugins as Json[]) ?? [], file };
  if (typeof list.nerdctlID === 'string') config.nerdctlId = list.nerdctlID;
  if (list.nerdctlLabels && typeof list.nerdctlLabels === 'object') config.nerdctlLabels = list.nerdctlLabels as Record<string, string>;
  return config;
}

/** networkConfigList: the directory's network files, sorted by path. */
function loadNetworks(node: Node, dir: string): NetworkConfig[] {
  const files = node.state.host.files;
  return vfs
    .readdir(files, dir)
    .map((name) => `${dir}/${name}`)
    .filter((p) => EXTENSIONS.some((ext) => p.endsWith(ext)) && vfs.exists(files, p) && vfs.stat(files, p).kind === 'file')
    .sort()
    .map((p) => loadFile(node, p));
}

/** NewCNIEnv(cniPath, cniNetconfPath), with ensureDefaultNetworkConfig. */
export function cniEnvOf(c: NerdctlContext): CniEnv {
  const { cniPath, cniNetconfPath } = globalOptions(c);
  const node = c.env.node;
  const netconfPath = cniNetconfPath.replace(/\/+$/, '') || '/';
  vfs.mkdir(node.state.host.files, netconfPath, { parents: true, mode: 0o755, mtimeMs: node.nowMs() });
  const env: CniEnv = { node, path: cniPath, netconfPath, networks: [] };
  if (!vfs.exists(node.state.host.files, networkFile(netconfPath, DEFAULT_NETWORK_NAME))) {
    createNetworkConfig(env, { name: DEFAULT_NETWORK_NAME, driver: 'bridge', subnet: DEFAULT_CIDR, ipamDriver: 'default', labels: [], options: {} });
  }
  env.networks = loadNetworks(node, netconfPath);
  return env;
}

/**
 * cniEnvOf once per command, for the container paths: `nerdctl run` reads the networks when it
 * builds the container's options and again when its OCI hook sets the network up (a separate
 * process on a real node, which finds the same files: nothing changes them in between).
 */
const perCommand = new WeakMap<NerdctlContext, CniEnv>();

export function commandCniEnv(c: NerdctlContext): CniEnv {
  let env = perCommand.get(c);
  if (!env) perCommand.set(c, (env = cniEnvOf(c)));
  return env;
}

/** NetworkMap: by name, a later file winning. */
export function networkMap(env: CniEnv): Map<string, NetworkConfig> {
  return new Map(env.networks.map((n) => [n.name, n]));
}
