// Running a conflist the way libcni (containernetworking/cni v1.1 libcni/api.go) does for
// containerd and nerdctl: ADD runs the plugins in order, each given the previous one's result;
// DEL runs them in reverse with the cached result; CHECK runs them in order against it. Each
// plugin's binary must be in one of the bin dirs of the node's files; a failure is wrapped as
// `plugin type="bridge" name="net" failed (add): <the plugin's message>`. The last result is
// cached in /var/lib/cni/results/<network>-<container id>-<ifname> (cniCacheV1), as libcni
// writes it, and removed by DEL.

import type { Node } from '../../node';
import { exists, rm, textToBinary, writeFile, mkdir, readFile, binaryToText, isVfsError } from '../vfs';
import { networkOf } from '../network/network-state';
import { removeNetns } from '../network/links';
import { bridgePlugin } from './bridge';
import { loopbackPlugin } from './loopback';
import { portmapPlugin } from './portmap';
import { firewallPlugin, tuningPlugin } from './passthrough-plugins';
import { parseConfList, type ConfList } from './conflist';
import { CniError, resultJson, type CniPlugin, type CniResult, type PluginConf, type PortMapEntry } from './cni-types';

const PLUGINS: Record<string, CniPlugin> = {
  bridge: bridgePlugin,
  loopback: loopbackPlugin,
  portmap: portmapPlugin,
  firewall: firewallPlugin,
  tuning: tuningPlugin,
};

/** containerd's and nerdctl's default CNI bin dir. */
const DEFAULT_BIN_DIRS = ['/opt/cni/bin'];
const CACHE_DIR = '/var/lib/cni/results';

export interface CniRequest {
  /** The conflist: file text, or the parsed object. */
  conflist: string | Record<string, unknown>;
  containerId: string;
  /** CNI_NETNS: /proc/<pid>/ns/net for a task's own namespace, /var/run/netns/cni-<uuid> for CRI's. */
  netnsPath: string;
  /** CNI_IFNAME: "eth0" (or "lo" for the loopback network). */
  ifName: string;
  /** Runtime values for the capabilities the plugins declare (portMappings…). */
  capabilityArgs?: { portMappings?: PortMapEntry[] } & Record<string, unknown>;
  /** CNI_ARGS ("IgnoreUnknown=1;K8S_POD_NAME=…"), as pairs. */
  args?: Record<string, string>;
  /** CNI_PATH; default /opt/cni/bin. */
  binDirs?: string[];
}

function findPlugin(node: Node, type: string, binDirs: string[]): CniPlugin {
  const found = binDirs.some((dir) => exists(node.state.host.files, `${dir}/${type}`));
  const plugin = PLUGINS[type];
  if (!found) throw new CniError(1, `failed to find plugin ${JSON.stringify(type)} in path [${binDirs.join(' ')}]`);
  if (!plugin) throw new CniError(1, `plugin ${JSON.stringify(type)} is not simulated here`);
  return plugin;
}

function describe(type: string, name: string): string {
  return `type=${JSON.stringify(type)} name=${JSON.stringify(name)}`;
}

/** runtimeConfig: only the capabilities a plugin declares get the runtime's values (libcni injectRuntimeConfig). */
function runtimeConfigFor(plugin: Record<string, unknown>, request: CniRequest): Record<string, unknown> {
  const caps = plugin.capabilities && typeof plugin.capabilities === 'object' ? (plugin.capabilities as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [cap, value] of Object.entries(request.capabilityArgs ?? {})) if (caps[cap] === true) out[cap] = value;
  return out;
}

function call(node: Node, list: ConfList, plugin: ConfList['plugins'][number], request: CniRequest, prevResult?: CniResult) {
  const conf: PluginConf = { ...plugin, name: list.name, cniVersion: list.cniVersion };
  return {
    node,
    net: networkOf(node.state.host),
    conf,
    containerId: request.containerId,
    netnsPath: request.netnsPath,
    ifName: request.ifName,
    args: request.args ?? {},
    runtimeConfig: runtimeConfigFor(plugin, request),
    prevResult,
  };
}

function cachePath(list: ConfList, request: CniRequest): string {
  return `${CACHE_DIR}/${list.name}-${request.containerId}-${request.ifName}`;
}

/** The JSON libcni caches after a successful ADD. */
function cacheEntry(list: ConfList, request: CniRequest, result: CniResult): string {
  return JSON.stringify({
    kind: 'cniCacheV1',
    containerId: request.containerId,
    config: btoa(textToBinary(list.bytes)),
    ifName: request.ifName,
    networkName: list.name,
    ...(request.args ? { cniArgs: Object.entries(request.args) } : {}),
    ...(request.capabilityArgs ? { capabilityArgs: request.capabilityArgs } : {}),
    result: resultJson(result, list.cniVersion),
  });
}

/**
 * ADD: sets the container's network up and returns the chain's last result (in the conflist's
 * cniVersion; resultJson() writes it as JSON). Throws CniError with libcni's wording; a
 * failed ADD leaves what the failing plugin undid, as the real plugins do.
 */
export function cniAdd(node: Node, request: CniRequest): CniResult {
  const list = parseConfList(request.conflist);
  const binDirs = request.binDirs ?? DEFAULT_BIN_DIRS;
  let result: CniResult | undefined;
  for (const plugin of list.plugins) {
    try {
      result = findPlugin(node, plugin.type, binDirs).add(call(node, list, plugin, request, result));
    } catch (err) {
      throw wrap(err, plugin.type, list.name, 'add');
    }
  }
  const final = result ?? { cniVersion: list.cniVersion, dns: {} };
  const files = node.state.host.files;
  mkdir(files, CACHE_DIR, { parents: true, mode: 0o755, mtimeMs: node.nowMs() });
  writeFile(files, cachePath(list, request), textToBinary(cacheEntry(list, request, final)), { mode: 0o600, mtimeMs: node.nowMs() });
  return final;
}

/** The result the last ADD cached for this container and interface, if any. */
export function cachedResult(node: Node, request: Pick<CniRequest, 'conflist' | 'containerId' | 'ifName'>): CniResult | undefined {
  const list = parseConfList(request.conflist);
  try {
    const entry = JSON.parse(binaryToText(readFile(node.state.host.files, `${CACHE_DIR}/${list.name}-${request.containerId}-${request.ifName}`))) as { result?: CniResult };
    return entry.result;
  } catch (err) {
    if (isVfsError(err) || err instanceof SyntaxError) return undefined;
    throw err;
  }
}

/**
 * DEL: tears the container's network down (plugins in reverse) and frees its addresses and
 * port mappings. Deleting what is not there is no error (CNI's DEL is idempotent). The
 * namespace itself is left to its owner (releaseNetns when its process is gone).
 */
export function cniDel(node: Node, request: CniRequest): void {
  const list = parseConfList(request.conflist);
  const binDirs = request.binDirs ?? DEFAULT_BIN_DIRS;
  const prev = cachedResult(node, request);
  for (const plugin of [...list.plugins].reverse()) {
    try {
      findPlugin(node, plugin.type, binDirs).del(call(node, list, plugin, request, prev));
    } catch (err) {
      throw wrap(err, plugin.type, list.name, 'delete');
    }
  }
  rm(node.state.host.files, cachePath(list, request), { force: true });
}

/** CHECK: verifies the container's interfaces are still as ADD left them; throws CniError if not. */
export function cniCheck(node: Node, request: CniRequest): void {
  const list = parseConfList(request.conflist);
  const binDirs = request.binDirs ?? DEFAULT_BIN_DIRS;
  const prev = cachedResult(node, request);
  if (!prev) throw new CniError(1, `failed to get network "${list.name}" cached result: no cached result`);
  for (const plugin of list.plugins) {
    try {
      findPlugin(node, plugin.type, binDirs).check?.(call(node, list, plugin, request, prev));
    } catch (err) {
      throw wrap(err, plugin.type, list.name, 'check');
    }
  }
}

/** The namespace at `netnsPath` is gone (its last process exited, or the CRI removed it). */
export function releaseNetns(node: Node, netnsPath: string): void {
  removeNetns(networkOf(node.state.host), netnsPath);
}

function wrap(err: unknown, type: string, name: string, verb: 'add' | 'delete' | 'check'): CniError {
  const inner = err instanceof CniError ? err : new CniError(999, err instanceof Error ? err.message : String(err));
  return new CniError(inner.code, `plugin ${describe(type, name)} failed (${verb}): ${inner.message}`);
}
