// The CRI plugin's configuration as `Status` with verbose reports it under info["config"]:
// json.Marshal of criconfig.Config (containerd 1.6.20 pkg/cri/config/config.go:32-328 — field
// order and json tags) holding what the node's stock /etc/containerd/config.toml (Debian's
// `containerd config default`, host/containerd-default-config.ts) sets. Of the edits to
// config.toml, the registry settings (cri/registry/), sandbox_image and runc's SystemdCgroup
// (cri/config/plugin-settings.ts) the daemon read at its start are shown.

import { CONTAINERD_SOCKET } from '../../host/installed-versions';
import { type CriPluginSettings, DEFAULT_SANDBOX_IMAGE, isStockSettings, STOCK_PLUGIN_SETTINGS } from '../config/plugin-settings';
import type { CriRegistryConfig } from '../registry/registry-config-schema';
import { registryJson } from '../registry/registry-json';

function runtime(type: string, options: Record<string, unknown>) {
  return {
    runtimeType: type,
    runtimePath: '',
    runtimeEngine: '',
    PodAnnotations: [],
    ContainerAnnotations: [],
    runtimeRoot: '',
    options,
    privileged_without_host_devices: false,
    baseRuntimeSpec: '',
    cniConfDir: '',
    cniMaxConfNum: 0,
  };
}

/** runc's options table of the stock config, keys sorted as encoding/json sorts a map. */
const RUNC_OPTIONS = {
  BinaryName: '',
  CriuImagePath: '',
  CriuPath: '',
  CriuWorkPath: '',
  IoGid: 0,
  IoUid: 0,
  NoNewKeyring: false,
  NoPivotRoot: false,
  Root: '',
  ShimCgroup: '',
  SystemdCgroup: false,
};

let cached: string | undefined;
let base: Record<string, unknown> | undefined;
const STOCK_REGISTRY = JSON.stringify(registryJson(undefined));

/**
 * The config JSON: the same text every time for a daemon with the stock settings (built
 * once); otherwise the objects the file changed replaced in place (same key order).
 */
export function criConfigJson(registry?: CriRegistryConfig, settings: CriPluginSettings = STOCK_PLUGIN_SETTINGS): string {
  const stockRegistry = registry === undefined || JSON.stringify(registryJson(registry)) === STOCK_REGISTRY;
  const stockSettings = isStockSettings(settings);
  if (stockRegistry && stockSettings && cached !== undefined) return cached;
  base ??= stockConfig();
  if (stockRegistry && stockSettings) {
    cached = JSON.stringify(base);
    return cached;
  }
  const containerd = base.containerd as Record<string, unknown>;
  return JSON.stringify({
    ...base,
    containerd: { ...containerd, runtimes: { runc: runtime('io.containerd.runc.v2', { ...RUNC_OPTIONS, SystemdCgroup: settings.systemdCgroupRaw ?? settings.systemdCgroup }) } },
    registry: registryJson(registry),
    sandboxImage: settings.sandboxImage,
  });
}

function stockConfig(): Record<string, unknown> {
  return {
    containerd: {
      snapshotter: 'overlayfs',
      defaultRuntimeName: 'runc',
      defaultRuntime: runtime('', {}),
      untrustedWorkloadRuntime: runtime('', {}),
      runtimes: { runc: runtime('io.containerd.runc.v2', RUNC_OPTIONS) },
      noPivot: false,
      disableSnapshotAnnotations: true,
      discardUnpackedLayers: false,
      ignoreRdtNotEnabledErrors: false,
    },
    cni: { binDir: '/opt/cni/bin', confDir: '/etc/cni/net.d', maxConfNum: 1, confTemplate: '', ipPref: '' },
    registry: registryJson(undefined),
    imageDecryption: { keyModel: 'node' },
    disableTCPService: true,
    streamServerAddress: '127.0.0.1',
    streamServerPort: '0',
    streamIdleTimeout: '4h0m0s',
    enableSelinux: false,
    selinuxCategoryRange: 1024,
    sandboxImage: DEFAULT_SANDBOX_IMAGE,
    statsCollectPeriod: 10,
    systemdCgroup: false,
    enableTLSStreaming: false,
    x509KeyPairStreaming: { tlsCertFile: '', tlsKeyFile: '' },
    maxContainerLogSize: 16384,
    disableCgroup: false,
    disableApparmor: false,
    restrictOOMScoreAdj: false,
    maxConcurrentDownloads: 3,
    disableProcMount: false,
    unsetSeccompProfile: '',
    tolerateMissingHugetlbController: true,
    disableHugetlbController: true,
    device_ownership_from_security_context: false,
    ignoreImageDefinedVolumes: false,
    netnsMountsUnderStateDir: false,
    enableUnprivilegedPorts: false,
    enableUnprivilegedICMP: false,
    containerdRootDir: '/var/lib/containerd',
    containerdEndpoint: CONTAINERD_SOCKET,
    rootDir: '/var/lib/containerd/io.containerd.grpc.v1.cri',
    stateDir: '/run/containerd/io.containerd.grpc.v1.cri',
  };
}
