// The CRI plugin's Version, Status and UpdateRuntimeConfig (containerd 1.6.20
// pkg/cri/server/version.go, status.go, update_runtime_config.go). Version names the CRI
// "kube API version" 0.1.0 containerd hard-codes and the Debian package's version; Status
// reports RuntimeReady (the plugin answers, so containerd runs) and NetworkReady from the CNI
// config, and with verbose the plugin's config, Go version and CNI state as JSON strings.

import { CONTAINERD_PACKAGE } from '../../host/installed-versions';
import type { RuntimeInfoRpcs } from '../api/services';
import type { CriContext } from '../context';
import { cniStatus } from './cni-status';
import { pluginSettings } from '../config/plugin-settings';
import { criConfigJson } from './cri-config';

/** version.go: kubeAPIVersion, containerName; constants.CRIVersion. */
const KUBE_API_VERSION = '0.1.0';
const RUNTIME_NAME = 'containerd';
const CRI_VERSION = 'v1';

/** status.go:29. */
const NETWORK_NOT_READY_REASON = 'NetworkPluginNotReady';

export function runtimeInfoRpcs(ctx: CriContext): RuntimeInfoRpcs {
  return {
    async version() {
      return { version: KUBE_API_VERSION, runtimeName: RUNTIME_NAME, runtimeVersion: CONTAINERD_PACKAGE.version, runtimeApiVersion: CRI_VERSION };
    },

    async status(req) {
      const cni = cniStatus(ctx.node.state.host.files);
      const network = cni.notReady
        ? { type: 'NetworkReady', status: false, reason: NETWORK_NOT_READY_REASON, message: `Network plugin returns error: ${cni.notReady}` }
        : { type: 'NetworkReady', status: true, reason: '', message: '' };
      const status = { conditions: [{ type: 'RuntimeReady', status: true, reason: '', message: '' }, network] };
      if (!req.verbose) return { status, info: {} };
      // Keys as status.go:52-85 sets them; the per-plugin entry is the "default" plugin's.
      const info: Record<string, string> = {
        config: criConfigJson(ctx.node.state.cri.registry, pluginSettings(ctx.node)),
        golang: JSON.stringify(CONTAINERD_PACKAGE.goVersion),
        cniconfig: JSON.stringify(cni.config),
        'lastCNILoadStatus.default': cni.lastLoadStatus,
        lastCNILoadStatus: cni.lastLoadStatus,
      };
      return { status, info };
    },

    async updateRuntimeConfig() {
      // No conf_template in the node's config: the pod CIDR is logged and ignored (update_runtime_config.go:70-73).
    },
  };
}
