// The klog ErrorS line the Kubernetes CRI client prints when an RPC fails, one per RPC, with
// the source line of k8s.io/kubernetes v1.26.0's pkg/kubelet/cri/remote/remote_runtime.go and
// remote_image.go (as vendored by cri-tools v1.26.0) and the same key/value pairs. Filters
// print through their gogo-protobuf String() (`&ContainerFilter{Id:,State:nil,…}`).

import { gogoString } from '../output/gogo-string';

type Req = Record<string, unknown>;

/** One key/value of a klog line; `raw` values are printed as fmt's %+v, without quotes. */
export interface KlogPair {
  key: string;
  value: string;
  raw?: boolean;
}

export interface RpcLogEntry {
  source: string;
  message: string;
  pairs(req: Req): KlogPair[];
}

/**
 * The client-side deadline of an RPC (context.WithTimeout in remote_runtime.go / remote_image.go
 * @k8s v1.26.0), from the connection's timeout; undefined where the client sets none
 * (PullImage, ImageFsInfo, ListContainerStats, ExecSync without a timeout).
 */
export function rpcDeadlineMs(rpc: string, req: Req, timeoutMs: number): number | undefined {
  switch (rpc) {
    case 'runPodSandbox':
      return timeoutMs * 2; // remote_runtime.go:163
    case 'stopContainer':
      return timeoutMs + Number(req.timeout ?? 0) * 1000; // :339
    case 'execSync': {
      const t = Number(req.timeout ?? 0);
      return t > 0 ? timeoutMs + t * 1000 : undefined; // :458-464
    }
    case 'pullImage':
    case 'imageFsInfo':
    case 'listContainerStats':
      return undefined; // remote_image.go:158, :203; remote_runtime.go:662
    default:
      return timeoutMs;
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : String(v));
const rec = (v: unknown): Req | undefined => (v && typeof v === 'object' ? (v as Req) : undefined);

function filter(type: string): (req: Req) => KlogPair[] {
  return (req) => {
    return [{ key: 'filter', value: gogoString(type, rec(req.filter)) }];
  };
}

const key = (name: string, field: string) => (req: Req): KlogPair[] => [{ key: name, value: str(req[field]) }];
const imageKey = (req: Req): KlogPair[] => [{ key: 'image', value: str(rec(req.image)?.image) }];
const none = (): KlogPair[] => [];

function rt(line: number, message: string, pairs: (req: Req) => KlogPair[]): RpcLogEntry {
  return { source: `remote_runtime.go:${line}`, message, pairs };
}
function im(line: number, message: string, pairs: (req: Req) => KlogPair[]): RpcLogEntry {
  return { source: `remote_image.go:${line}`, message, pairs };
}

/** By service method name (services.ts). RPCs the client logs nothing for are absent. */
export const RPC_LOG: Readonly<Record<string, RpcLogEntry>> = {
  version: rt(145, 'Version from runtime service failed', none),
  runPodSandbox: rt(176, 'RunPodSandbox from runtime service failed', none),
  stopPodSandbox: rt(205, 'StopPodSandbox from runtime service failed', key('podSandboxID', 'podSandboxId')),
  removePodSandbox: rt(224, 'RemovePodSandbox from runtime service failed', key('podSandboxID', 'podSandboxId')),
  // podSandboxStatus: remote_runtime.go:241-256 returns the error without logging it.
  listPodSandbox: rt(277, 'ListPodSandbox with filter from runtime service failed', filter('PodSandboxFilter')),
  createContainer: rt(302, 'CreateContainer in sandbox from runtime service failed', key('podSandboxID', 'podSandboxId')),
  startContainer: rt(326, 'StartContainer from runtime service failed', key('containerID', 'containerId')),
  stopContainer: rt(349, 'StopContainer from runtime service failed', key('containerID', 'containerId')),
  removeContainer: rt(368, 'RemoveContainer from runtime service failed', key('containerID', 'containerId')),
  listContainers: rt(390, 'ListContainers with filter from runtime service failed', filter('ContainerFilter')),
  containerStatus: rt(415, 'ContainerStatus from runtime service failed', key('containerID', 'containerId')),
  updateContainerResources: rt(444, 'UpdateContainerResources from runtime service failed', key('containerID', 'containerId')),
  execSync: rt(479, 'ExecSync cmd from runtime service failed', (req) => [
    { key: 'containerID', value: str(req.containerId) },
    { key: 'cmd', value: `[${(Array.isArray(req.cmd) ? req.cmd : []).map(str).join(' ')}]`, raw: true },
  ]),
  exec: rt(513, 'Exec cmd from runtime service failed', (req) => [
    { key: 'containerID', value: str(req.containerId) },
    { key: 'cmd', value: `[${(Array.isArray(req.cmd) ? req.cmd : []).map(str).join(' ')}]`, raw: true },
  ]),
  attach: rt(540, 'Attach container from runtime service failed', key('containerID', 'containerId')),
  portForward: rt(566, 'PortForward from runtime service failed', key('podSandboxID', 'podSandboxId')),
  status: rt(616, 'Status from runtime service failed', none),
  containerStats: rt(647, 'ContainerStats from runtime service failed', key('containerID', 'containerId')),
  listContainerStats: rt(673, 'ListContainerStats with filter from runtime service failed', filter('ContainerStatsFilter')),
  podSandboxStats: rt(696, 'PodSandbox from runtime service failed', key('podSandboxID', 'podSandboxId')),
  listPodSandboxStats: rt(721, 'ListPodSandboxStats with filter from runtime service failed', filter('PodSandboxStatsFilter')),
  // :778, the first line of the multi-line klog.ErrorS call after ReopenContainerLog's function.
  checkpointContainer: rt(778, 'CheckpointContainer from runtime service failed', key('containerID', 'containerId')),
  reopenContainerLog: rt(736, 'ReopenContainerLog from runtime service failed', key('containerID', 'containerId')),
  listImages: im(119, 'ListImages with filter from image service failed', filter('ImageFilter')),
  imageStatus: im(140, 'Get ImageStatus from image service failed', imageKey),
  pullImage: im(171, 'PullImage from image service failed', imageKey),
  removeImage: im(192, 'RemoveImage from image service failed', imageKey),
  imageFsInfo: im(212, 'ImageFsInfo from image service failed', none),
};
