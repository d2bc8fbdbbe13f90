// The CRI plugin's view of the node's CNI configuration (containerd 1.6.20
// pkg/cri/server/service_linux.go:60-96 and go-cni v1.1.x): it loads the loopback network, then
// the first config file in /etc/cni/net.d (.conf, .conflist, .json, by name). Until a file is
// there, the load fails and the network is not ready; the loopback network is still listed.

import { isVfsError, readdir, type Files } from '../../host/vfs';

export const CNI_CONF_DIR = '/etc/cni/net.d';
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

export function cniStatus(files: Files): CniStatus {
  const found = confFiles(files);
  const base = { PluginDirs: [CNI_BIN_DIR], PluginConfDir: CNI_CONF_DIR, PluginMaxConfNum: 1, Prefix: 'eth' };
  if (found.length === 0) {
    return { notReady: 'cni plugin not initialized', lastLoadStatus: LOAD_FAILED, config: { ...base, Networks: [LOOPBACK_NETWORK] } };
  }
  // The loaded network's own entry (its parsed plugins) is not reproduced: only its file name.
  return { lastLoadStatus: 'OK', config: { ...base, Networks: [LOOPBACK_NETWORK] } };
}
