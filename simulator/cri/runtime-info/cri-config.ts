// The CRI plugin's configuration as `Status` with verbose reports it under info["config"]:
// json.Marshal of criconfig.Config (containerd 1.6.20 pkg/cri/config/config.go:32-328 — field
// order and json tags) holding what the node's stock /etc/containerd/config.toml (Debian's
// `containerd config default`, host/containerd-default-config.ts) sets. Edits to config.toml are
// not read back here.

import { CONTAINERD_SOCKET } from '../../host/installed-versions';

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

/** sandbox_image of the stock config.toml. */
const SANDBOX_IMAGE = 'registry.k8s.io/pause:3.6';

let cached: string | undefined;

/** The same text every time (the config is the stock one), built once. */
export function criConfigJson(): string {
  if (cached !== undefined) return cached;
  const config = {
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
    registry: { configPath: '', mirrors: {}, configs: {}, auths: {}, headers: {} },
    imageDecryption: { keyModel: 'node' },
    disableTCPService: true,
    streamServerAddress: '127.0.0.1',
    streamServerPort: '0',
    streamIdleTimeout: '4h0m0s',
    enableSelinux: false,
    selinuxCategoryRange: 1024,
    sandboxImage: SANDBOX_IMAGE,
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
  cached = JSON.stringify(config);
  return cached;
}
