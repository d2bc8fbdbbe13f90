// The two gRPC services of CRI runtime.v1 (RuntimeService, ImageService) as the simulated
// plugin serves them: one method per RPC, named as the RPC in lowerCamelCase, taking the
// request message and resolving to the response message (runtime-v1.ts). A failure rejects
// with an errdefs ContainerdError whose class is the gRPC code the real plugin returns and
// whose message is its desc, so crictl prints `rpc error: code = <Code> desc = <message>`.
//
// Calls are async because some take the node's time (a pull, a stop that waits for its
// grace period): `call.wait(ms)` lets that time pass as the caller's line does (io.pace).
// Without `call`, waits take no time (the kubelet's loops, unit tests).

import type {
  AuthConfig,
  Container,
  ContainerConfig,
  ContainerFilter,
  ContainerStats,
  ContainerStatsFilter,
  ContainerStatus,
  ExecSyncResponse,
  FilesystemUsage,
  Image,
  ImageFilter,
  ImageSpec,
  LinuxContainerResources,
  PodSandbox,
  PodSandboxConfig,
  PodSandboxFilter,
  PodSandboxStats,
  PodSandboxStatsFilter,
  PodSandboxStatus,
  StatusResponse,
  VersionResponse,
} from './runtime-v1';

/** How one call may let time pass. */
export interface CriCall {
  wait?(ms: number): Promise<void>;
}

/** `info` of a verbose status: keys to JSON-encoded values, as containerd fills it. */
export type VerboseInfo = Record<string, string>;

export interface SandboxRpcs {
  runPodSandbox(req: { config: PodSandboxConfig; runtimeHandler?: string }, call?: CriCall): Promise<{ podSandboxId: string }>;
  stopPodSandbox(req: { podSandboxId: string }, call?: CriCall): Promise<void>;
  removePodSandbox(req: { podSandboxId: string }, call?: CriCall): Promise<void>;
  podSandboxStatus(req: { podSandboxId: string; verbose?: boolean }): Promise<{ status: PodSandboxStatus; info: VerboseInfo }>;
  listPodSandbox(req: { filter?: PodSandboxFilter }): Promise<{ items: PodSandbox[] }>;
  /** Returns the streaming server's URL; the stream itself is opened through `streams`. */
  portForward(req: { podSandboxId: string; port: number[] }): Promise<{ url: string }>;
  podSandboxStats(req: { podSandboxId: string }): Promise<{ stats: PodSandboxStats }>;
  listPodSandboxStats(req: { filter?: PodSandboxStatsFilter }): Promise<{ stats: PodSandboxStats[] }>;
}

export interface ContainerRpcs {
  createContainer(
    req: { podSandboxId: string; config: ContainerConfig; sandboxConfig: PodSandboxConfig },
    call?: CriCall,
  ): Promise<{ containerId: string }>;
  startContainer(req: { containerId: string }, call?: CriCall): Promise<void>;
  /** `timeout` in seconds: SIGTERM (or the image's stop signal), SIGKILL after it. */
  stopContainer(req: { containerId: string; timeout: number }, call?: CriCall): Promise<void>;
  removeContainer(req: { containerId: string }, call?: CriCall): Promise<void>;
  listContainers(req: { filter?: ContainerFilter }): Promise<{ containers: Container[] }>;
  containerStatus(req: { containerId: string; verbose?: boolean }): Promise<{ status: ContainerStatus; info: VerboseInfo }>;
  updateContainerResources(req: { containerId: string; linux?: LinuxContainerResources; annotations?: Record<string, string> }): Promise<void>;
  reopenContainerLog(req: { containerId: string }): Promise<void>;
  /** `timeout` in seconds, 0 = none. */
  execSync(req: { containerId: string; cmd: string[]; timeout: number }, call?: CriCall): Promise<ExecSyncResponse>;
  exec(req: { containerId: string; cmd: string[]; tty: boolean; stdin: boolean; stdout: boolean; stderr: boolean }): Promise<{ url: string }>;
  attach(req: { containerId: string; stdin: boolean; tty: boolean; stdout: boolean; stderr: boolean }): Promise<{ url: string }>;
  containerStats(req: { containerId: string }): Promise<{ stats: ContainerStats }>;
  listContainerStats(req: { filter?: ContainerStatsFilter }): Promise<{ stats: ContainerStats[] }>;
}

export interface RuntimeInfoRpcs {
  version(req: { version?: string }): Promise<VersionResponse>;
  status(req: { verbose?: boolean }): Promise<StatusResponse>;
  updateRuntimeConfig(req: { runtimeConfig: { networkConfig?: { podCidr: string } } }): Promise<void>;
}

/** CheckpointContainer (runtime.v1 since k8s 1.25): containerd 1.6 answers it Unimplemented. */
export interface CheckpointRpcs {
  checkpointContainer(req: { containerId: string; location: string; timeout: number }): Promise<void>;
}

export type RuntimeService = SandboxRpcs & ContainerRpcs & RuntimeInfoRpcs & CheckpointRpcs;

export interface ImageService {
  listImages(req: { filter?: ImageFilter }): Promise<{ images: Image[] }>;
  /** An image that is not there resolves to `{ info: {} }` without `image`, as the real RPC. */
  imageStatus(req: { image: ImageSpec; verbose?: boolean }): Promise<{ image?: Image; info: VerboseInfo }>;
  pullImage(req: { image: ImageSpec; auth?: AuthConfig; sandboxConfig?: PodSandboxConfig }, call?: CriCall): Promise<{ imageRef: string }>;
  removeImage(req: { image: ImageSpec }): Promise<void>;
  imageFsInfo(req: Record<string, never>): Promise<{ imageFilesystems: FilesystemUsage[] }>;
}
